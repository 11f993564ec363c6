"""Benchmark GUI start-up against a bare Qt window, in the same run.

Launches `python benchmarks/bare_qt_window.py` and `python -m tmsplanner gui`
alternately (interleaved, order swapped every run, one discarded warm-up launch
each). Both print `first-paint <ms since process start> rss-kb <peak RSS KiB>`
on their first paint and quit (tmsplanner does so when
TMSPLANNER_EXIT_AFTER_FIRST_PAINT=1). Prints the medians of the first-paint time,
the peak RSS and the whole-process wall time of each, and the ratios
tmsplanner / bare.

Every launch gets QT_QPA_PLATFORM=offscreen (or --platform) and a fresh, empty
XDG_CONFIG_HOME, so no launch sees the user's settings or an earlier launch's.
XDG_CACHE_HOME is one temporary folder for the whole run (tmsplanner keeps no
cache there; Qt may), so every launch after the warm-up starts as on a user's
second and later runs.

This script imports only the standard library and stays small: on Linux a
child's ru_maxrss starts at the parent's RSS at the moment of the launch.

Run: python benchmarks/bench_gui.py [--runs N] [--platform xcb] [--bare-only]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
LINE = re.compile(r"^first-paint (\d+(?:\.\d+)?) rss-kb (\d+)\s*$", re.MULTILINE)

BARE = "bare Qt window"
APP = "tmsplanner gui"
COMMANDS = {
    BARE: [sys.executable, str(HERE / "bare_qt_window.py")],
    APP: [sys.executable, "-m", "tmsplanner", "gui"],
}


@dataclass(frozen=True)
class Launch:
    """One measured launch."""

    first_paint_ms: float
    rss_kib: int
    wall_ms: float


class LaunchFailed(Exception):
    """A launch did not print the first-paint line; the message says why."""


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def launch(cmd: list[str], platform: str, cache_dir: str, timeout_s: float) -> Launch:
    """Run one launch in a fresh config folder and parse its first-paint line."""
    with tempfile.TemporaryDirectory(prefix="bench-gui-config-") as config_dir:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM=platform,
            TMSPLANNER_EXIT_AFTER_FIRST_PAINT="1",
            XDG_CONFIG_HOME=config_dir,
            XDG_CACHE_HOME=cache_dir,
        )
        start = time.perf_counter()
        try:
            done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, encoding="utf-8",
                                  timeout=timeout_s)
        except subprocess.TimeoutExpired:
            raise LaunchFailed(f"no first-paint line within {timeout_s:.0f} s (killed)") from None
        wall_ms = (time.perf_counter() - start) * 1000.0
    match = LINE.search(done.stdout)
    if done.returncode != 0 or match is None:
        detail = _last_line(done.stderr or done.stdout)
        raise LaunchFailed(f"exit code {done.returncode}, no first-paint line; last output: {detail}")
    return Launch(float(match.group(1)), int(match.group(2)), wall_ms)


def measure(runs: int, platform: str, timeout_s: float,
            names: list[str]) -> tuple[dict[str, list[Launch]], dict[str, str]]:
    """Warm up, then launch the commands interleaved; a command that fails once is dropped."""
    results: dict[str, list[Launch]] = {name: [] for name in names}
    failures: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-gui-cache-") as cache_dir:
        for i in range(runs + 1):  # launch 0 is the warm-up
            order = names if i % 2 == 0 else names[::-1]
            for name in order:
                if name in failures:
                    continue
                try:
                    result = launch(COMMANDS[name], platform, cache_dir, timeout_s)
                except LaunchFailed as exc:
                    failures[name] = str(exc)
                    continue
                if i > 0:
                    results[name].append(result)
    return results, failures


def _medians(launches: list[Launch]) -> tuple[float, float, float]:
    return (
        statistics.median(x.first_paint_ms for x in launches),
        statistics.median(x.rss_kib for x in launches) / 1024.0,
        statistics.median(x.wall_ms for x in launches),
    )


def report(results: dict[str, list[Launch]], platform: str, runs: int) -> None:
    """Print the table of medians and, when both were measured, the ratios."""
    print(f"GUI start-up, QT_QPA_PLATFORM={platform}: medians of {runs} interleaved launches (after a warm-up)")
    print(f"{'':24}{'first paint':>14}{'peak RSS':>14}{'process wall':>16}")
    medians = {name: _medians(v) for name, v in results.items() if v}
    for name, (paint, rss, wall) in medians.items():
        spread = f"  (first paint {min(x.first_paint_ms for x in results[name]):.0f}"
        spread += f"-{max(x.first_paint_ms for x in results[name]):.0f} ms)"
        print(f"{name:24}{paint:11.0f} ms{rss:10.1f} MiB{wall:13.0f} ms{spread}")
    if BARE in medians and APP in medians:
        ratios = [a / b for a, b in zip(medians[APP], medians[BARE], strict=True)]
        print(f"{'ratio tmsplanner / bare':24}{ratios[0]:14.2f}{ratios[1]:14.2f}{ratios[2]:16.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured launches of each (default 7)")
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform plugin, e.g. offscreen (default) or xcb (needs a display)")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="S",
                        help="seconds one launch may take to paint (default 60)")
    parser.add_argument("--bare-only", action="store_true", help="measure the bare window only")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    names = [BARE] if args.bare_only else [BARE, APP]
    results, failures = measure(args.runs, args.platform, args.timeout, names)
    if BARE in failures:
        print(f"error: the bare Qt window failed ({failures[BARE]}); nothing to compare against", file=sys.stderr)
        return 1
    report(results, args.platform, args.runs)
    sys.stdout.flush()
    if APP in failures:
        done = len(results[APP])
        what = f"stopped after {done} measured launches" if done else "was not measured"
        print(
            f"\ntmsplanner gui {what}: {failures[APP]}\n"
            "  (the GUI must exist and, with TMSPLANNER_EXIT_AFTER_FIRST_PAINT=1, print the\n"
            "  first-paint line after its first paint and quit; see tmsplanner/proctime.py)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
