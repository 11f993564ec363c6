"""Reportlab's platypus, imported without the work the printed plan never needs.

Patterns. When ``reportlab.platypus.paragraph`` is imported it compiles about a
dozen regular expressions. One of them, the pattern that recognises a URI for
``uriWasteReduce``, is case-insensitive over the range U+00A1 to U+FFFF, and
Python takes 30 to 50 ms to compile it: more than the rest of reportlab's
platypus together. ``reportlab.lib.textsplit`` likewise compiles a pattern over
the CJK ranges (about 6 ms) that only its CJK word splitting uses. The printed
plan uses neither (no style of it sets ``uriWasteReduce``, hyphenation or CJK
wrapping). While :func:`import_platypus` imports ``reportlab.platypus``, every
pattern these two modules compile is compiled when it is first used instead:
the module gets a :class:`WhenUsed` that compiles its pattern, with its flags,
at the first attribute asked of it (a ``match``, ``split``, ``sub``...), and
answers from the compiled pattern from then on. A pattern the module uses at
once (``re.compile(...).split``, say) is thus compiled at once, as before. Only
calls made from those two modules' own code are deferred; any other code
(another thread included) compiling meanwhile gets ``re.compile``'s own answer,
and ``re.compile`` is itself again once the import is done.

Imaging. ``reportlab.lib.utils`` imports Pillow's ``PIL.Image`` (about 9 ms)
for the bitmaps a document may draw; the printed plan draws none (its pictures
are vector drawings). While platypus is imported, ``PIL.Image`` is found as a
:class:`ImagingWhenUsed` module: the first attribute asked of it imports
Pillow's own module, which answers from then on (and is ``PIL.Image`` in
``sys.modules`` from then on). When Pillow is already imported, its module is
used as it is.

Nothing is done when reportlab's platypus is already imported.
tests/report/test_reportlab_import.py holds both against reportlab's own.
"""

from __future__ import annotations

import contextlib
import importlib
import re
import sys
import threading
import types
from importlib.machinery import ModuleSpec
from typing import Any, cast

DEFERRING_MODULES = frozenset({"reportlab.platypus.paragraph", "reportlab.lib.textsplit"})
IMAGING = "PIL.Image"
_LOCK = threading.RLock()  # reentrant: the stand-in may be asked while platypus is imported


class WhenUsed:
    """A pattern compiled when first used: stands where ``re.compile(pattern, flags)`` was asked for."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[Any] | None = None

    @property
    def compiled(self) -> re.Pattern[Any]:
        """The pattern, compiled (once)."""
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not yet compiled"
        return f"<WhenUsed {self._pattern!r} ({state})>"


class ImagingWhenUsed(types.ModuleType):
    """Stands in for ``PIL.Image`` until an attribute is asked of it; then Pillow's own module is imported (and
    put in its place in ``sys.modules``) and answers."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)  # the import system asks for __path__ and the like: a plain module
        return getattr(_imaging(), name)


def _imaging() -> types.ModuleType:
    """Pillow's own ``PIL.Image``, imported now if only the stand-in was (even while platypus is still being
    imported: the stand-in's finder is withdrawn first)."""
    module = sys.modules.get(IMAGING)
    if isinstance(module, ImagingWhenUsed):
        with _LOCK:
            _withdraw(_FINDER)
            if sys.modules.get(IMAGING) is module:
                del sys.modules[IMAGING]
    return importlib.import_module(IMAGING)


def _withdraw(finder: object) -> None:
    with contextlib.suppress(ValueError):
        sys.meta_path.remove(cast(Any, finder))


class _ImagingFinder:
    """Finds the stand-in when ``PIL.Image`` is imported (only while platypus is being imported)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        return ModuleSpec(name, cast(Any, self)) if name == IMAGING else None

    def create_module(self, spec: ModuleSpec) -> types.ModuleType:
        return ImagingWhenUsed(spec.name, ImagingWhenUsed.__doc__)

    def exec_module(self, module: types.ModuleType) -> None:
        pass


_FINDER = _ImagingFinder()


def import_platypus() -> None:
    """Import ``reportlab.platypus`` with the two modules' patterns compiled when first used and Pillow's image
    module imported when first used (see the module's text)."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _LOCK:
        compile_now = re.compile

        def compile_when_used(pattern: Any, flags: int = 0) -> Any:
            caller = sys._getframe(1).f_globals.get("__name__")
            if caller in DEFERRING_MODULES and isinstance(pattern, (str, bytes)):
                return WhenUsed(pattern, flags)
            return compile_now(pattern, flags)

        re.compile = compile_when_used
        sys.meta_path.insert(0, cast(Any, _FINDER))
        try:
            importlib.import_module("reportlab.platypus")
        finally:
            re.compile = compile_now
            _withdraw(_FINDER)
