"""Derived data kept between runs, keyed by everything it is derived from.

Two things are slow to derive and never change between runs unless their
sources do: the validated evidence base (16 TOML files parsed and validated)
and a country's public holidays (computed by the ``holidays`` package). Each
is kept in the user's cache folder under a **key**: a SHA-256 over every input
it depends on (file contents, package versions, the code that reads them).
An entry is served only when its stored key equals the key computed now, so a
changed evidence file, a new release or a new ``holidays`` package makes a new
entry, never a stale answer. An unreadable, foreign or damaged entry is a
miss; a write that fails is ignored; an entry is written whole (a temporary
file renamed into place) or not at all. Nothing patient-related is cached.

``TMSPLANNER_NO_CACHE=1`` turns the cache off; ``XDG_CACHE_HOME`` moves it.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")

APP_DIR_NAME = "tmsplanner"
DISABLE_VARIABLE = "TMSPLANNER_NO_CACHE"
_FORMAT = b"tmsplanner-cache-1\n"
_VERSION = re.compile(r"""^__version__\s*(?::\s*str\s*)?=\s*["']([^"']+)["']""", re.MULTILINE)


def cache_dir() -> Path | None:
    """The folder derived data is kept in (it may not exist yet), or None when caching is off.

    ``$XDG_CACHE_HOME/tmsplanner`` when that variable holds an absolute path (any
    platform); otherwise ``%LOCALAPPDATA%\\tmsplanner\\cache`` on Windows,
    ``~/Library/Caches/tmsplanner`` on macOS and ``~/.cache/tmsplanner`` elsewhere.
    """
    if os.environ.get(DISABLE_VARIABLE, "") not in ("", "0"):
        return None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec says to ignore an empty or relative value
        return Path(xdg) / APP_DIR_NAME
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return (Path(base) if base else Path.home() / "AppData" / "Local") / APP_DIR_NAME / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_DIR_NAME
    return Path.home() / ".cache" / APP_DIR_NAME


class NoKey(Exception):
    """An input cannot be read to key an entry on (then nothing is cached on it)."""


class Key:
    """A SHA-256 over named inputs, fed in order."""

    def __init__(self, kind: str) -> None:
        self._hash = hashlib.sha256(_FORMAT + kind.encode() + b"\0")

    def add(self, name: str, value: bytes | str | None) -> Key:
        data = value.encode() if isinstance(value, str) else (b"\1none" if value is None else value)
        self._hash.update(name.encode() + b"\0" + len(data).to_bytes(8, "big"))
        self._hash.update(data)  # the same hash as of the two joined, without copying a large input
        return self

    def add_files(self, root: Path, paths: Iterable[Path]) -> Key:
        """Each file's path below ``root`` and its whole content."""
        for path in paths:
            self.add(path.relative_to(root).as_posix(), path.read_bytes())
        return self

    def add_version(self, package: str, version: str | None) -> Key:
        """A package's version (see :func:`package_version`); :class:`NoKey` when it could not be told."""
        if version is None:
            raise NoKey(f"{package}: no version")
        return self.add(package, version)

    def add_modules(self, names: Iterable[str]) -> Key:
        """The code of each module: its source where there is a file, else its compiled code."""
        for name in names:
            self.add(name, module_stamp(name))
        return self

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def module_stamp(name: str) -> bytes:
    """Bytes that change whenever a module's code does (its source, or its code object in a bundle).

    Raises :class:`NoKey` for a module with neither.
    """
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise NoKey(f"{name}: not found")
    origin = Path(spec.origin) if spec.origin else None
    if origin is not None and origin.is_file():
        return origin.read_bytes()
    import marshal

    get_code = getattr(spec.loader, "get_code", None)
    code = get_code(name) if get_code is not None else None
    if code is None:
        raise NoKey(f"{name}: no source or code to key a cache entry on")
    return marshal.dumps(code)


def package_version(name: str, version_file: str = "__init__.py") -> str | None:
    """An installed package's version without importing it: ``__version__`` in its ``version_file``, else the
    ``Version`` of the one ``NAME-*.dist-info`` beside the package, else what ``importlib.metadata`` finds;
    None when none tells (then nothing is cached on it)."""
    spec = importlib.util.find_spec(name)
    for location in (spec.submodule_search_locations or ()) if spec is not None else ():
        try:
            text = (Path(location) / version_file).read_text("utf-8")
        except OSError:
            continue
        match = _VERSION.search(text)
        if match:
            return match.group(1)
        found = _dist_info_version(Path(location).parent, name)
        if found:
            return found
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:
        return None


def _dist_info_version(site: Path, name: str) -> str | None:
    """The ``Version:`` header of ``NAME-*.dist-info/METADATA`` in ``site``, when exactly one such folder is there
    (the installer's record of the package beside it; reading it is a fraction of a metadata lookup)."""
    folders = list(site.glob(f"{name}-*.dist-info"))
    if len(folders) != 1:
        return None
    try:
        with open(folders[0] / "METADATA", encoding="utf-8") as metadata:
            for line in metadata:
                if not line.strip():
                    break  # the headers end at the first blank line
                key, _, value = line.partition(":")
                if key.strip().lower() == "version" and value.strip():
                    return value.strip()
    except OSError:
        return None
    return None


def _path(kind: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{kind}.pickle"


def load(kind: str, key: str) -> Any | None:
    """The value kept for ``kind`` under exactly ``key``, or None (a miss)."""
    path = _path(kind)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            if handle.read(len(_FORMAT)) != _FORMAT or handle.read(64).decode("ascii") != key:
                return None
            return pickle.load(handle)
    except Exception:
        return None


def load_or_make(kind: str, key: Callable[[], str], make: Callable[[], T], kept: Callable[[object], bool]) -> T:
    """The value kept for ``kind`` under the key ``key()`` computes, when ``kept`` accepts it; else ``make()``,
    kept for the next run. When no key can be computed (an input cannot be read or has no version),
    ``make()`` every time and nothing is kept."""
    if cache_dir() is None:
        return make()  # nothing is kept: no key to compute
    try:
        exact = key()
    except (NoKey, OSError):
        return make()
    found = load(kind, exact)
    if found is not None and kept(found):
        return cast(T, found)  # what ``kept`` accepts is a T
    made = make()
    store(kind, exact, made)
    return made


def store(kind: str, key: str, value: Any) -> None:
    """Keep ``value`` for ``kind`` under ``key``, replacing the entry before it (best effort)."""
    path = _path(kind)
    if path is None:
        return
    import tempfile  # only when an entry is written: a start that finds its entries never loads it

    with contextlib.suppress(Exception):  # a cache that cannot be written only costs time
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(_FORMAT + key.encode("ascii"))
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
