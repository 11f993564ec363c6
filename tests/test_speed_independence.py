"""No test depends on how fast the machine is: no hypothesis deadline, no clock in an assertion.

Durations are measured in benchmarks/, next to a bare baseline in the same run;
the tests check the work done structurally (how often something runs), which
a slow or busy machine cannot change.
"""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import settings

TESTS = Path(__file__).resolve().parent
CLOCKS = {("time", "perf_counter"), ("time", "perf_counter_ns"), ("time", "time"), ("time", "time_ns"),
          ("time", "monotonic"), ("time", "monotonic_ns"), ("time", "process_time"), ("time", "thread_time")}
QT_WAITS = {"waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive"}
MIN_WAIT_MS = 5000  # pytest-qt's timeouts are in milliseconds
ALLOWED: dict[str, int] = {}  # a test module allowed a number of clock reads (none is)


def test_hypothesis_has_no_deadline() -> None:
    assert settings.default.deadline is None


def clock_uses(source: str) -> list[str]:
    """Clocks read, per-test deadlines set and short Qt waits in one test module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module in ("time", "timeit"):
            found += [f"{node.lineno}: from {node.module} import {a.name}" for a in node.names
                      if node.module == "timeit" or ("time", a.name) in CLOCKS]
        elif isinstance(node, ast.Import) and any(a.name == "timeit" for a in node.names):
            found.append(f"{node.lineno}: import timeit")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                (node.value.id, node.attr) in CLOCKS:
            found.append(f"{node.lineno}: {node.value.id}.{node.attr}")
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            for keyword in node.keywords:
                if keyword.arg == "deadline" and not (isinstance(keyword.value, ast.Constant)
                                                      and keyword.value.value is None):
                    found.append(f"{node.lineno}: {name}(deadline=...)")
                if name in QT_WAITS and keyword.arg == "timeout" and isinstance(keyword.value, ast.Constant) \
                        and keyword.value.value < MIN_WAIT_MS:
                    found.append(f"{node.lineno}: {name}(timeout={keyword.value.value})")
    return sorted(found, key=lambda line: int(line.split(":")[0]))


def test_no_test_reads_a_clock_or_sets_a_deadline() -> None:
    """Test modules and fixtures (helpers may time a build to print it, never to assert on it)."""
    files = [p for p in sorted(TESTS.rglob("*.py"))
             if (p.name.startswith("test_") or p.name == "conftest.py") and p != Path(__file__).resolve()]
    assert len(files) > 20
    found = {p.relative_to(TESTS).as_posix(): uses for p in files
             if (uses := clock_uses(p.read_text(encoding="utf-8")))}
    assert {name: uses for name, uses in found.items() if len(uses) != ALLOWED.get(name)} == {}


def test_the_clock_scan_finds_what_it_looks_for() -> None:
    source = (
        "import time\n"
        "from time import perf_counter\n"
        "start = time.perf_counter()\n"
        "@settings(deadline=500)\n"
        "def f(): pass\n"
        "qtbot.waitUntil(done, timeout=1000)\n"
        "qtbot.waitUntil(done, timeout=10_000)\n"
        "process.wait(timeout=60)\n"
        "@settings(deadline=None)\n"
        "def g(): time.sleep(0)\n"
    )
    assert [int(x.split(":")[0]) for x in clock_uses(source)] == [2, 3, 4, 6]
    assert clock_uses("import time\ntime.sleep(1)\n") == []
