"""The garbage collector at start-up and exit of a tmsplanner process.

Starting the window or a command creates a few hundred thousand long-lived
objects (modules, models, Qt wrappers). With the collector's default
thresholds every 700 of them trigger a collection and every few dozen of those
walk the whole heap, finding nothing to free. :func:`quiet_collector` raises
the thresholds for the start; :func:`settle_collector` then moves what was
built out of the collector's sight (``gc.freeze``) and restores the defaults,
so the running window collects as any Python program does. The launcher calls
both (the command line settles only at exit); a window started by other code
(tests) keeps the defaults throughout.

:func:`without_pydantic_plugins` tells pydantic, before its first validator
is built, that no plugins are to be looked for. Standard library only.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys
import types
from importlib.machinery import ModuleSpec
from typing import Any, cast

_START_THRESHOLDS = (100_000, 50, 1000)
_saved: tuple[int, int, int] | None = None


def quiet_collector() -> None:
    """Collect rarely until :func:`settle_collector` (cyclic garbage waits at most 100,000 allocations)."""
    global _saved
    if _saved is None:
        _saved = gc.get_threshold()
        gc.set_threshold(*_START_THRESHOLDS)


def settle_collector() -> None:
    """Freeze what start-up built and restore the default thresholds; nothing if the start was not quieted."""
    global _saved
    if _saved is not None:
        gc.freeze()
        gc.set_threshold(*_saved)
        _saved = None


def exit_process(code: int) -> None:
    """Exit with ``code``; the heap is frozen first, as the interpreter's last collection could free nothing."""
    gc.freeze()
    sys.exit(code)


PLUGIN_LOADER = "pydantic.plugin._loader"


class _NoPluginLoader(types.ModuleType):
    """Stands in for pydantic's plugin loader: no plugins; any other name asked of it loads pydantic's own
    loader in its place and answers from that."""

    @staticmethod
    def get_plugins() -> tuple[()]:
        return ()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)  # the import system asks for __path__ and the like: a plain module
        _STAND_IN.withdraw()
        if sys.modules.get(PLUGIN_LOADER) is self:
            sys.modules.pop(PLUGIN_LOADER, None)
        return getattr(importlib.import_module(PLUGIN_LOADER), name)


class _StandIn:
    """Finds the stand-in when pydantic's plugin loader is imported, through the import system (so the
    module has its spec and is an attribute of ``pydantic.plugin``, as pydantic's own would be)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        return ModuleSpec(name, cast(Any, self)) if name == PLUGIN_LOADER else None

    def create_module(self, spec: ModuleSpec) -> types.ModuleType:
        return _NoPluginLoader(spec.name, _NoPluginLoader.__doc__)

    def exec_module(self, module: types.ModuleType) -> None:
        pass

    def withdraw(self) -> None:
        """Let pydantic's own loader be found from now on."""
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(cast(Any, self))


_STAND_IN = _StandIn()


def without_pydantic_plugins() -> None:
    """No third-party pydantic plugin sees what tmsplanner validates, and none is looked for.

    A pydantic plugin is handed every value its models validate, patient data included; tmsplanner uses
    none, and ``PYDANTIC_DISABLE_PLUGINS`` tells pydantic so (which also spares the start a scan of every
    installed package). Pydantic's loader still imports ``importlib.metadata`` (and with it ``email``,
    ``socket`` and ``zipfile``, some 25 ms) to define the search it then does not make, so when pydantic
    imports its loader, a stand-in is imported in its place: it answers the one question pydantic's
    validators ask of it (``get_plugins``: none), and loads pydantic's own for any other. Nothing is
    replaced once pydantic's own loader is loaded. tests/test_startup.py sees pydantic validate through it.
    """
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    if PLUGIN_LOADER not in sys.modules and _STAND_IN not in sys.meta_path:
        sys.meta_path.insert(0, cast(Any, _STAND_IN))
