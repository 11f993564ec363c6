"""Autosave: unsaved work kept per open document until it is saved or deliberately discarded.

Every running instance (one window, one document) has an :class:`AutosaveSession`
with its own random id. It writes the open document's unsaved plan to
``<autosave folder>/<document key>.<instance id>.autosave``: the key is a hash of
the plan file's path, or ``new-<id>`` for a plan never saved. Two instances
never write, offer or delete each other's files: an instance holds a lock on
``<instance id>.lock`` while it runs, and only the files of an instance whose
lock is free (it closed or was killed) are offered back, by :func:`orphans`.
A recovered autosave is adopted: the recovering instance writes its own copy
first and deletes the old file only then.

Each autosave is one JSON document (written atomically, readable by its owner
only) holding the plan, the file it belongs to, what that file held when it
was read (to detect a change on disk before the recovered work is saved) and
the time it was written.

Qt-free: the window drives it from a timer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from tmsplanner.app.plans import FileStamp, parse_plan
from tmsplanner.core import planio
from tmsplanner.core.errors import FileWriteError, PlanFileError, os_reason
from tmsplanner.core.fileio import open_regular, process_alive, remove_stale_temp_files, write_atomic
from tmsplanner.core.plan import Plan
from tmsplanner.core.settings import autosave_dir

try:  # POSIX: a lock the kernel drops when the process dies, however it dies
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

AUTOSAVE_FORMAT = "tmsplanner-autosave"
AUTOSAVE_SUFFIX = ".autosave"
LOCK_SUFFIX = ".lock"


def document_key(path: Path | None, new_id: str) -> str:
    """The part of an autosave's name that names its document: the file's path hashed, or the new plan's id."""
    if path is None:
        return f"new-{new_id}"
    return hashlib.sha256(str(_absolute(path)).encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _absolute(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


@dataclass(frozen=True)
class Autosave:
    """One autosaved plan found on disk, as offered back to the user."""

    file: Path  # the autosave file itself
    source: Path | None  # the plan file it belongs to (None: a plan never saved)
    source_stamp: FileStamp | None  # what that file held when it was read
    saved_at: dt.datetime  # when the autosave was written (local time)
    patient_identifier: str | None  # None if the autosaved plan cannot be read
    plan: Plan | None
    problem: str | None  # why the plan cannot be read

    def belongs_to(self, path: Path) -> bool:
        """Whether this autosave holds unsaved changes to the plan file ``path``."""
        return self.source is not None and _absolute(self.source) == _absolute(path)


def _read(file: Path) -> Autosave | None:
    try:
        with open_regular(file) as handle:
            data = handle.read()
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != AUTOSAVE_FORMAT:
            return None
    except (OSError, ValueError, RecursionError):
        return None
    source = document.get("source")
    stamp_data = document.get("source_stamp")
    stamp = None
    if isinstance(stamp_data, dict):
        try:
            stamp = FileStamp(str(stamp_data["sha256"]), int(stamp_data["mtime_ns"]))
        except (KeyError, TypeError, ValueError):
            stamp = None
    try:
        saved_at = dt.datetime.fromisoformat(str(document.get("saved_at"))).astimezone().replace(tzinfo=None)
    except (TypeError, ValueError, OverflowError):
        saved_at = dt.datetime.fromtimestamp(file.stat().st_mtime)
    plan: Plan | None = None
    problem: str | None = None
    try:
        plan = parse_plan(json.dumps(document.get("plan")).encode("utf-8"), str(file))
    except PlanFileError as exc:
        problem = exc.line  # English; its words(c) in the window's language
    except Exception as exc:  # a damaged autosave must never stop the window from starting
        problem = f"{file}: {type(exc).__name__}"
    return Autosave(file=file, source=Path(source) if isinstance(source, str) else None, source_stamp=stamp,
                    saved_at=saved_at, patient_identifier=plan.patient.identifier if plan else None,
                    plan=plan, problem=problem)


def _instance_of(file: Path) -> str:
    """The instance id in an autosave's name ``<key>.<instance>.autosave``."""
    return file.name[: -len(AUTOSAVE_SUFFIX)].rsplit(".", 1)[-1]


def _instance_running(folder: Path, instance: str) -> bool:
    """Whether the instance that wrote an autosave still runs (holds its lock)."""
    lock = folder / f"{instance}{LOCK_SUFFIX}"
    if fcntl is None:  # pragma: no cover - Windows: the process id in the lock file
        try:
            return process_alive(int(lock.read_text(encoding="ascii").split()[0]))
        except (OSError, ValueError, IndexError):
            return False
    try:
        handle = open(lock, "rb")
    except OSError:
        return False
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return False


def orphans(folder: Path | None = None) -> list[Autosave]:
    """Autosaves left by instances that are no longer running (closed uncleanly), newest first."""
    folder = folder or autosave_dir()
    try:
        files = sorted(folder.glob(f"*{AUTOSAVE_SUFFIX}"))
    except OSError:
        return []
    running: dict[str, bool] = {}
    found = []
    for file in files:
        instance = _instance_of(file)
        if instance not in running:
            running[instance] = _instance_running(folder, instance)
        if running[instance]:
            continue
        autosave = _read(file)
        if autosave is not None:
            found.append(autosave)
    return sorted(found, key=lambda a: a.saved_at, reverse=True)


def discard(autosave: Autosave) -> None:
    """Delete an autosave the user chose not to recover (and its instance's lock file, if it was the last)."""
    autosave.file.unlink(missing_ok=True)
    _remove_lock_if_unused(autosave.file.parent, _instance_of(autosave.file))


def _remove_lock_if_unused(folder: Path, instance: str) -> None:
    try:
        if any(folder.glob(f"*.{instance}{AUTOSAVE_SUFFIX}")) or _instance_running(folder, instance):
            return
        (folder / f"{instance}{LOCK_SUFFIX}").unlink(missing_ok=True)
    except OSError:
        pass


class AutosaveSession:
    """This instance's autosave: one file for the open document, under this instance's lock.

    The lock is taken when the first autosave is written and released by
    :meth:`close`.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or autosave_dir()
        self.instance = secrets.token_hex(8)
        self._lock: IO[bytes] | None = None
        self._file: Path | None = None

    @property
    def file(self) -> Path | None:
        """The autosave written last (None if there is none)."""
        return self._file

    def _take_lock(self) -> None:
        if self._lock is not None:
            return
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle = open(self.folder / f"{self.instance}{LOCK_SUFFIX}", "ab")
        try:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                handle.write(f"{os.getpid()}\n".encode("ascii"))
                handle.flush()
        except OSError:
            handle.close()
            raise
        self._lock = handle

    def write(self, plan: Plan, source: Path | None, source_stamp: FileStamp | None, new_id: str) -> Path:
        """Write the open document's unsaved plan; return the autosave file.

        Raises
        ------
        FileWriteError
            If the autosave folder cannot be written (the previous autosave, if
            any, is left as it was).
        """
        try:
            self._take_lock()
        except OSError as exc:
            raise FileWriteError(str(self.folder), "cannot be written: {why}", why=os_reason(exc)) from None
        target = self.folder / f"{document_key(source, new_id)}.{self.instance}{AUTOSAVE_SUFFIX}"
        document: dict[str, Any] = {
            "format": AUTOSAVE_FORMAT,
            "version": 1,
            "source": str(_absolute(source)) if source is not None else None,
            "source_stamp": {"sha256": source_stamp.sha256, "mtime_ns": source_stamp.mtime_ns}
            if source_stamp is not None else None,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(),
            "pid": os.getpid(),
            "plan": json.loads(planio.dump_plan(plan)),
        }
        # unsaved patient data: readable by its owner only, whatever the umask
        write_atomic(target, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"), mode=0o600)
        if self._file is not None and self._file != target:
            self._file.unlink(missing_ok=True)
        self._file = target
        return target

    def adopt(self, autosave: Autosave, plan: Plan, source: Path | None, new_id: str) -> None:
        """Take over a recovered autosave: write this instance's copy first, then delete the old file."""
        self.write(plan, source, autosave.source_stamp, new_id)
        discard(autosave)

    def clear(self) -> None:
        """The work was saved or deliberately discarded: delete this instance's autosave."""
        if self._file is not None:
            try:
                self._file.unlink(missing_ok=True)
            except OSError:
                return
            self._file = None

    def close(self) -> None:
        """Release this instance's lock (its autosave, if any, becomes an orphan to offer back)."""
        if self._lock is None:
            return
        self._lock.close()
        self._lock = None
        if self._file is None:
            (self.folder / f"{self.instance}{LOCK_SUFFIX}").unlink(missing_ok=True)


def cleanup_at_start(folders: list[Path]) -> None:
    """Remove temporary files killed instances left in the autosave folder and the given folders."""
    for folder in {autosave_dir(), *folders}:
        remove_stale_temp_files(folder)
