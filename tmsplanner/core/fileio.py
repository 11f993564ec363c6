"""Atomic file writes: a crash leaves the old file or the new one, never half of one."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from tmsplanner.core.errors import FileWriteError


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


def _new_file_mode(target: Path, mode: int | None) -> int:
    """The mode the written file gets: ``mode`` if given, the replaced file's, or 0o666 less the umask."""
    if mode is not None:
        return mode
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def write_atomic(path: str | os.PathLike[str], data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to a temporary file in the target's folder, flush it to disk, then rename it.

    The file gets the permissions an ordinary new file would get (0o666 less the
    umask) or, when it replaces a file, that file's permissions; ``mode`` overrides
    both (for example 0o600 for a file only its owner may read).

    Raises
    ------
    FileWriteError
        If the folder cannot be written; the previous file is left as it was.
    """
    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise FileWriteError(str(target), f"cannot be written: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if hasattr(os, "fchmod"):  # mkstemp creates the file 0o600
                os.fchmod(handle.fileno(), _new_file_mode(target, mode))
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise FileWriteError(str(target), f"cannot be written: {exc.strerror}") from None
