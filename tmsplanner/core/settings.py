"""Application settings: a typed model stored as JSON in the user's config folder.

A missing file means defaults. A bad file (unreadable, not JSON, invalid) also
means defaults, plus a one-line message for the user; the bad file is left in
place so the user can inspect it, and the next save replaces it atomically.
Nothing here runs at import time: the config folder is found when asked for.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from tmsplanner.core.errors import FileWriteError
from tmsplanner.core.fileio import write_atomic
from tmsplanner.core.planio import describe_validation_error

logger = logging.getLogger(__name__)

APP_DIR_NAME = "tmsplanner"
SETTINGS_FILE_NAME = "settings.json"
MAX_RECENT_FILES = 10
# A settings file is a few hundred bytes; anything far larger is not one.
MAX_SETTINGS_BYTES = 1024 * 1024

_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{1,8})*")


def _check_language_code(code: str) -> str:
    if len(code) > 35 or not _LANGUAGE_CODE.fullmatch(code):
        raise ValueError("must be a language code such as 'ru', 'uk' or 'pt_BR'")
    return code


LanguageCode = Annotated[str, AfterValidator(_check_language_code)]


def _unit(unit: str) -> dict[str, str]:
    return {"unit": unit}


class AppSettings(BaseModel):
    """What the user sets once and the app remembers between runs.

    Field titles and descriptions feed the settings dialog; bounds are checked on
    load and on every assignment.
    """

    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False, validate_assignment=True)

    clinic_name: str | None = Field(
        default=None, max_length=200, title="Clinic name",
        description="Printed in the header of every PDF page; leave empty for none",
    )
    paper: Literal["a4", "letter"] = Field(
        default="a4", title="Paper size", description="Page size of exported PDFs (A4 or US Letter)",
    )
    mt_max_age_days: int = Field(
        default=7, ge=1, le=365, title="Maximum motor threshold age",
        description="A motor threshold older than this is flagged; a clinic policy, not a published limit",
        json_schema_extra=_unit("days"),
    )
    export_folder: str | None = Field(
        default=None, title="Export folder",
        description="Folder the PDF export dialog opens in; empty for the plan's own folder",
    )
    recent_files: list[str] = Field(
        default_factory=list, max_length=MAX_RECENT_FILES, title="Recent files",
        description=f"Plans opened or saved lately, newest first (at most {MAX_RECENT_FILES})",
    )
    autosave_interval_s: int = Field(
        default=60, ge=10, le=3600, title="Autosave interval",
        description="How often an unsaved plan is copied to the autosave folder",
        json_schema_extra=_unit("s"),
    )
    language: LanguageCode | None = Field(
        default=None, title="Language",
        description='Language of the interface, e.g. "ru" or "uk"; empty to follow the system',
    )


def config_dir() -> Path:
    """Return the folder tmsplanner keeps its settings in (it may not exist yet).

    ``$XDG_CONFIG_HOME/tmsplanner`` when that variable holds an absolute path (any
    platform); otherwise ``%APPDATA%\\tmsplanner`` on Windows,
    ``~/Library/Application Support/tmsplanner`` on macOS and
    ``~/.config/tmsplanner`` elsewhere.
    """
    xdg = os.environ.get("XDG_CONFIG_HOME")
    # The XDG spec says to ignore an empty or relative value.
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / APP_DIR_NAME
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
        return base / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    return Path.home() / ".config" / APP_DIR_NAME


def settings_path() -> Path:
    """Return the path of the settings file."""
    return config_dir() / SETTINGS_FILE_NAME


def autosave_dir() -> Path:
    """Return the folder unsaved plans are autosaved to (it may not exist yet)."""
    return config_dir() / "autosave"


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a valid setting value")


_PLAN_WORDING = "unknown field (not part of the plan format)"
_SETTINGS_WORDING = "unknown setting (not part of the settings file)"


def _describe(error: ValidationError) -> str:
    # describe_validation_error speaks of "the plan format" for unknown keys;
    # if its wording ever changes the replace is a no-op and the field is still named.
    return describe_validation_error(error).replace(_PLAN_WORDING, _SETTINGS_WORDING)


def _read(path: Path) -> tuple[bytes | None, str | None]:
    """Return the file's bytes, or None and no problem if it is missing, or None and the problem."""
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_SETTINGS_BYTES + 1), None
    except FileNotFoundError:
        return None, None
    except IsADirectoryError:
        return None, "is a folder, not a settings file"
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror or exc}"


def _parse(data: bytes) -> tuple[AppSettings | None, str | None]:
    """Return validated settings, or None and one line naming the problem."""
    if len(data) > MAX_SETTINGS_BYTES:
        return None, f"file is larger than {MAX_SETTINGS_BYTES // 1024} KiB; not a settings file"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text (byte {exc.start}); a settings file is UTF-8 JSON"
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
    except (ValueError, RecursionError) as exc:
        return None, f"not valid settings JSON: {exc}"
    if not isinstance(document, dict):
        return None, "not a settings file (the document must be a JSON object)"
    try:
        return AppSettings.model_validate_json(text), None
    except ValidationError as exc:
        return None, _describe(exc)


def load_settings(path: Path | None = None) -> tuple[AppSettings, str | None]:
    """Read the settings file; never raises for a missing or bad file.

    Parameters
    ----------
    path : Path, optional
        The settings file; default :func:`settings_path`.

    Returns
    -------
    settings : AppSettings
        The stored settings, or the defaults if the file is missing or bad.
    problem : str or None
        None if the file was read or does not exist; otherwise one line
        ``"<file>: <problem>"`` naming the field where there is one. A bad file
        is left untouched; the next :func:`save_settings` replaces it.
    """
    source = settings_path() if path is None else Path(path)
    data, problem = _read(source)
    if data is not None:
        settings, problem = _parse(data)
        if settings is not None:
            return settings, None
    if problem is None:
        return AppSettings(), None
    message = f"{source}: {problem}"
    logger.warning("settings ignored, defaults used: %s", message)
    return AppSettings(), message


def dump_settings(settings: AppSettings) -> bytes:
    """Serialise settings to the bytes of a settings file (pretty UTF-8 JSON)."""
    return settings.model_dump_json(indent=2).encode("utf-8") + b"\n"


def save_settings(settings: AppSettings, path: Path | None = None) -> None:
    """Write the settings file atomically, creating its folder if needed.

    Raises
    ------
    FileWriteError
        If the folder or the file cannot be written; the previous file is untouched.
    """
    target = settings_path() if path is None else Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(str(target), f"folder cannot be created: {exc.strerror or exc}") from None
    write_atomic(target, dump_settings(settings))


def _same_file_key(path: str) -> str:
    try:
        resolved = str(Path(path).resolve())
    except (OSError, RuntimeError, ValueError):  # symlink loop, odd path: compare as written
        resolved = os.path.abspath(path)
    return os.path.normcase(resolved)


def add_recent(settings: AppSettings, path: str | os.PathLike[str]) -> AppSettings:
    """Return a copy of ``settings`` with ``path`` first in the recent files.

    The path is stored absolute (symlinks kept as the user chose them); an entry
    naming the same file (compared by resolved absolute path) is removed; the
    list is cut to :data:`MAX_RECENT_FILES`. ``settings`` itself is unchanged.
    """
    entry = os.path.abspath(os.fspath(path))
    key = _same_file_key(entry)
    kept = [p for p in settings.recent_files if _same_file_key(p) != key]
    return settings.model_copy(update={"recent_files": [entry, *kept][:MAX_RECENT_FILES]})
