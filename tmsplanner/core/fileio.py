"""Atomic file writes: a crash leaves the old file or the new one, never half of one.

The temporary file sits next to the target and is named
``.<name>.tmsplanner-tmp-<pid>-<host>-<random>``: the writing process and
machine are in the name, so :func:`remove_stale_temp_files` can remove the ones
a killed process left behind (they hold a whole plan or PDF) without touching a
write still in progress in another process.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import time
from pathlib import Path
from typing import BinaryIO

from tmsplanner.core.errors import FileWriteError, Phrase, os_reason

TEMP_MARK = ".tmsplanner-tmp-"
# Temporary files of older versions (``tempfile.mkstemp``: eight random characters).
_LEGACY_TEMP = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")
_OURS = re.compile(r"^\.(?P<name>.+)" + re.escape(TEMP_MARK) + r"(?P<pid>\d+)-(?P<host>[0-9a-f]{8})-[0-9a-f]+$")
# A legacy temporary file this old is no write in progress (a write takes milliseconds).
LEGACY_TEMP_AGE_S = 600


def current_umask() -> int:
    """Return the process's file-mode creation mask.

    Read from ``/proc/self/status`` on Linux, which leaves the mask alone; elsewhere
    the mask can only be read by setting it, so it is set and restored at once (a
    thread creating a file in between would see a mask of 0o077, never a looser one).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def host_tag() -> str:
    """Eight hex digits naming this machine (a folder may be shared by several)."""
    import socket

    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (an unknown answer counts as alive)."""
    if pid <= 0:
        return True
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


class NotARegularFile(OSError):
    """A pipe, device or socket where a file was expected (reading it could block for ever)."""


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading without ever blocking on a pipe or device in its place.

    Raises
    ------
    NotARegularFile
        If ``path`` is not a regular file (a folder gives IsADirectoryError).
    OSError, ValueError
        As :func:`open` does.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
                 | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, Phrase("is a folder"), str(path))
        if not stat.S_ISREG(mode):
            raise NotARegularFile(errno.EINVAL, Phrase("is not a regular file (a pipe or a device?)"), str(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def temp_name(target: Path) -> Path:
    """A fresh temporary file name next to ``target``, marked with this process and machine."""
    return target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}-{host_tag()}-{os.urandom(4).hex()}")


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` must replace: symbolic links followed, so the link stays a link.

    Raises
    ------
    FileWriteError
        If the path cannot be looked at (a folder that may not be entered, a
        name too long) or is a loop of symbolic links; nothing is written.
    """
    target = Path(path)
    try:
        if not target.is_symlink():
            return target
        try:
            return Path(os.path.realpath(target, strict=True))
        except FileNotFoundError:  # a link to a file not written yet: write that file
            return Path(os.path.realpath(target))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FileWriteError(str(path), "is a loop of symbolic links; nothing was written") from None
        raise FileWriteError(str(path), "cannot be written: {why}", why=os_reason(exc)) from None
    except ValueError as exc:  # a NUL in the name
        why = Phrase("embedded null byte") if "null" in str(exc) else str(exc)
        raise FileWriteError(str(path), "cannot be written: {why}", why=why) from None


def check_writable(target: Path, shown: str | os.PathLike[str]) -> None:
    """Refuse to replace a file its permissions say is read-only (the owner made it so on purpose).

    Raises
    ------
    FileWriteError
        If ``target`` exists and may not be written by this user.
    """
    try:
        exists = target.exists()
    except OSError as exc:
        raise FileWriteError(str(shown), "cannot be written: {why}", why=os_reason(exc)) from None
    if exists and not os.access(target, os.W_OK):
        raise FileWriteError(str(shown), "is read-only; nothing was written (make it writable or choose "
                                         "another name)")


def remove_stale_temp_files(folder: str | os.PathLike[str], name: str | None = None) -> list[Path]:
    """Remove temporary files a killed tmsplanner left in ``folder``; return the ones removed.

    Only files named by :func:`temp_name` whose process is no longer running on
    this machine are removed, and older versions' ``.<name>.XXXXXXXX.tmp`` files
    older than :data:`LEGACY_TEMP_AGE_S`; with ``name``, only those for that
    target file. Errors are ignored (a folder that cannot be listed has nothing
    to remove).
    """
    removed: list[Path] = []
    here = host_tag()
    try:
        entries = list(os.scandir(folder))
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return removed
    now = time.time()
    for entry in entries:
        if not entry.name.startswith("."):
            continue
        ours = _OURS.match(entry.name)
        if ours is not None:
            if (name is not None and ours["name"] != name) or ours["host"] != here \
                    or process_alive(int(ours["pid"])):
                continue
        else:
            legacy = _LEGACY_TEMP.match(entry.name)
            if legacy is None or (name is not None and legacy["name"] != name):
                continue
            try:
                if now - entry.stat(follow_symlinks=False).st_mtime < LEGACY_TEMP_AGE_S:
                    continue
            except OSError:
                continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _new_file_mode(target: Path, mode: int | None) -> int:
    """The mode the written file gets: ``mode`` if given, the replaced file's, or 0o666 less the umask."""
    if mode is not None:
        return mode
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk (where the system allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: str | os.PathLike[str], data: bytes, mode: int | None = None) -> Path:
    """Write ``data`` to a temporary file in the target's folder, flush it to disk, then rename it.

    A symbolic link is followed: the file it points to is replaced and the link
    stays a link. The file gets the permissions an ordinary new file would get
    (0o666 less the umask) or, when it replaces a file, that file's permissions;
    ``mode`` overrides both (for example 0o600 for a file only its owner may
    read). The temporary file is removed on every failure, and temporary files
    a killed process left for the same target are removed first. Returns the
    file written (the link's target for a link).

    Raises
    ------
    FileWriteError
        If the folder cannot be written; the previous file is left as it was.
    """
    target = resolve_target(path)
    check_writable(target, path)
    remove_stale_temp_files(target.parent, target.name)
    tmp = temp_name(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        raise FileWriteError(str(path), "cannot be written: {why}", why=os_reason(exc)) from None
    try:
        try:
            handle = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            raise
        with handle:
            handle.write(data)
            handle.flush()
            if hasattr(os, "fchmod"):  # created 0o600 until complete
                os.fchmod(handle.fileno(), _new_file_mode(target, mode))
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise FileWriteError(str(path), "cannot be written: {why}", why=os_reason(exc)) from None
        raise
    _sync_folder(target.parent)
    return target
