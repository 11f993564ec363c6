"""Start-up measurements of the running process: time since it started, peak memory.

A tool for the benchmarks, not part of the core: the start-up benchmark
(``benchmarks/bench_paths.py``) launches the bare Qt window
(``benchmarks/bare_qt_window.py``) and ``tmsplanner gui`` with
``TMSPLANNER_EXIT_AFTER_FIRST_PAINT=1``; both print :func:`first_paint_line` on
their first paint (the GUI through its first-paint probe in ``gui/app.py``), so
the two are measured the same way. Standard library only; no Qt.
"""

from __future__ import annotations

import os
import sys
import time

# Fallback origin when the OS does not tell us when the process started: the
# moment this module was imported. Callers that can stamp earlier pass their own.
_IMPORT_STAMP = time.perf_counter()

FIRST_PAINT_ENV = "TMSPLANNER_EXIT_AFTER_FIRST_PAINT"


def _linux_start_seconds_ago() -> float | None:
    """Seconds since this process was created (fork), from /proc; None if unavailable.

    ``starttime`` in /proc/self/stat counts clock ticks (usually 100 Hz) since
    boot, truncated, so the result may read up to one tick (10 ms) high.
    """
    try:
        with open("/proc/self/stat", "rb") as handle:
            stat = handle.read()
        # Field 2 (comm) is in parentheses and may hold spaces; count after its last ')'.
        fields = stat[stat.rindex(b")") + 2 :].split()
        start_ticks = int(fields[19])  # field 22 overall
        ticks_per_s = os.sysconf("SC_CLK_TCK")
        if hasattr(time, "CLOCK_BOOTTIME"):
            now_since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
        else:
            with open("/proc/uptime", "rb") as handle:
                now_since_boot = float(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return now_since_boot - start_ticks / ticks_per_s


def ms_since_process_start(fallback_start: float | None = None) -> float:
    """Milliseconds since this process started.

    Parameters
    ----------
    fallback_start : float, optional
        A :func:`time.perf_counter` stamp taken as early as possible (first line
        of the script), used where the OS start time cannot be read. Without
        it, the time this module was imported is used.

    Returns
    -------
    float
        On Linux, from the kernel's process start time (includes interpreter
        start-up; resolution one clock tick). Elsewhere, from the fallback stamp
        (excludes interpreter start-up).
    """
    if sys.platform.startswith("linux"):
        seconds = _linux_start_seconds_ago()
        if seconds is not None:
            return seconds * 1000.0
    origin = _IMPORT_STAMP if fallback_start is None else fallback_start
    return (time.perf_counter() - origin) * 1000.0


def _windows_peak_rss_kib() -> int:
    import ctypes
    from ctypes import wintypes

    class ProcessMemoryCounters(ctypes.Structure):
        _fields_ = [
            ("cb", wintypes.DWORD),
            ("PageFaultCount", wintypes.DWORD),
            ("PeakWorkingSetSize", ctypes.c_size_t),
            ("WorkingSetSize", ctypes.c_size_t),
            ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
            ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
            ("PagefileUsage", ctypes.c_size_t),
            ("PeakPagefileUsage", ctypes.c_size_t),
        ]

    counters = ProcessMemoryCounters()
    counters.cb = ctypes.sizeof(counters)
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    ok = kernel32.K32GetProcessMemoryInfo(
        kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb
    )
    return int(counters.PeakWorkingSetSize // 1024) if ok else 0


def max_rss_kib() -> int:
    """Peak resident memory of this process so far, in KiB (0 if it cannot be read).

    ``getrusage(RUSAGE_SELF).ru_maxrss`` (KiB on Linux, bytes on macOS); the peak
    working set on Windows. On Linux the figure includes the parent's memory at
    the moment it spawned this process if that was larger, so launch from a
    small parent.
    """
    try:
        import resource
    except ImportError:
        if sys.platform == "win32":
            try:
                return _windows_peak_rss_kib()
            except (OSError, AttributeError):
                return 0
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak // 1024) if sys.platform == "darwin" else int(peak)


def first_paint_line(fallback_start: float | None = None) -> str:
    """The line a GUI prints on its first paint: ``first-paint <ms> rss-kb <KiB>``."""
    return f"first-paint {ms_since_process_start(fallback_start):.1f} rss-kb {max_rss_kib()}"


def exit_after_first_paint_requested() -> bool:
    """True when ``TMSPLANNER_EXIT_AFTER_FIRST_PAINT`` asks for the benchmark contract: ``1`` (quit through
    the event loop after the first paint) or ``at-once`` (leave the process as soon as the line is printed)."""
    return os.environ.get(FIRST_PAINT_ENV) in ("1", "at-once")


def leave_at_first_paint() -> None:
    """With ``TMSPLANNER_EXIT_AFTER_FIRST_PAINT=at-once``, end the process now (after the first-paint line),
    so that what a process does up to its first paint can be counted alone (the benchmark's instruction
    counts). Otherwise nothing happens."""
    if os.environ.get(FIRST_PAINT_ENV) == "at-once":
        sys.stdout.flush()
        os._exit(0)
