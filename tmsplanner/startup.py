"""The garbage collector at start-up and exit of a tmsplanner process.

Starting the window or a command creates a few hundred thousand long-lived
objects (modules, models, Qt wrappers). With the collector's default
thresholds every 700 of them trigger a collection and every few dozen of those
walk the whole heap, finding nothing to free. :func:`quiet_collector` raises
the thresholds for the start; :func:`settle_collector` then moves what was
built out of the collector's sight (``gc.freeze``) and restores the defaults,
so the running window collects as any Python program does. The launcher calls
both (the command line settles only at exit); a window started by other code
(tests) keeps the defaults throughout. Standard library only.
"""

from __future__ import annotations

import gc
import sys

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
