"""The log of unexpected errors: where the command line and the window put a traceback.

An unexpected error (a bug) is shown as one line or one dialog naming this
file; the file holds the full traceback for a bug report. It lives in the
user's state folder: ``$XDG_STATE_HOME/tmsplanner`` when that variable holds an
absolute path, ``%LOCALAPPDATA%\\tmsplanner`` on Windows,
``~/Library/Logs/tmsplanner`` on macOS and ``~/.local/state/tmsplanner``
elsewhere. The file is readable by its owner only.

The log holds where the error happened (files, lines, functions, the source
lines of the program) and the kind of each exception, never an exception's
message or the command's arguments: either may quote a patient's name or a
plan's file name. A user who wants the messages in a bug report sets
``TMSPLANNER_LOG_DETAILS=1``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path

APP_DIR_NAME = "tmsplanner"
LOG_NAME = "errors.log"
DETAILS_VARIABLE = "TMSPLANNER_LOG_DETAILS"
MAX_LOG_BYTES = 1024 * 1024  # an older log is started afresh above this size


def state_dir() -> Path:
    """Return the folder the error log is kept in (it may not exist yet)."""
    xdg = os.environ.get("XDG_STATE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec says to ignore an empty or relative value
        return Path(xdg) / APP_DIR_NAME
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / APP_DIR_NAME
    return Path.home() / ".local" / "state" / APP_DIR_NAME


def error_log_path() -> Path:
    """Return the path of the error log."""
    return state_dir() / LOG_NAME


def log_exception(error: BaseException, context: str) -> Path | None:
    """Append where ``error`` happened to the error log; return the log's path, None if it cannot be written.

    ``context`` names what was being done, without arguments (``"tmsplanner check"``).
    """
    return log_text(describe(error), context)


def describe(error: BaseException) -> str:
    """The traceback of ``error`` and the exceptions before it, messages withheld unless the user asked."""
    if os.environ.get(DETAILS_VARIABLE) == "1":
        return "".join(traceback.format_exception(type(error), error, error.__traceback__))
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts = []
    for item in reversed(chain):
        kind = type(item)
        name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
        parts.append("Traceback (most recent call last):\n" + "".join(traceback.format_tb(item.__traceback__))
                     + f"{name} (message withheld; {DETAILS_VARIABLE}=1 logs it)\n")
    return "\nThe above exception led to the following one:\n\n".join(parts)


def log_text(details: str, context: str) -> Path | None:
    """Append a formatted traceback to the error log; return the log's path, None if it cannot be written."""
    path = error_log_path()
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    entry = f"--- {stamp} {context}\n{details.rstrip()}\n\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            flags |= os.O_TRUNC
        fd = os.open(path, flags, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(entry)
    except (OSError, ValueError):
        return None
    return path
