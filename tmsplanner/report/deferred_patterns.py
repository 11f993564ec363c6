"""Reportlab's paragraph module, imported without compiling the patterns the report never uses.

When ``reportlab.platypus.paragraph`` is imported it compiles about a dozen
regular expressions. One of them, the pattern that recognises a URI for
``uriWasteReduce``, is case-insensitive over the range U+00A1 to U+FFFF, and
Python takes 30 to 50 ms to compile it: more than the rest of reportlab's
platypus together. ``reportlab.lib.textsplit`` likewise compiles a pattern over
the CJK ranges (about 6 ms) that only its CJK word splitting uses. The printed
plan uses neither (no style of it sets ``uriWasteReduce``, hyphenation or CJK
wrapping).

:func:`import_platypus` imports ``reportlab.platypus`` so that every pattern
these two modules compile while they are imported is compiled when it is
first used instead: the module gets a :class:`WhenUsed` that compiles its
pattern, with its flags, at the first attribute asked of it (a ``match``,
``split``, ``sub``...), and answers from the compiled pattern from then on. A
pattern the module uses at once (``re.compile(...).split``, say) is thus
compiled at once, as before. Only calls made from those two modules' own code
are deferred; any other code (another thread included) compiling meanwhile
gets ``re.compile``'s own answer, and ``re.compile`` is itself again once the
import is done. When reportlab is already imported, nothing is done.
tests/report/test_deferred_patterns.py holds a deferred pattern against the
compiled one.
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from typing import Any

DEFERRING_MODULES = frozenset({"reportlab.platypus.paragraph", "reportlab.lib.textsplit"})
_LOCK = threading.Lock()


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


def import_platypus() -> None:
    """Import ``reportlab.platypus`` with the two modules' patterns compiled when first used (see the module's
    text)."""
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
        try:
            importlib.import_module("reportlab.platypus")
        finally:
            re.compile = compile_now
