"""Benchmark the check path against the bare stack, in the same run.

Prints:
* the in-process time to derive figures and evaluate every rule on one plan;
* the wall time of a `tmsplanner check PLAN` process next to a bare pydantic
  script validating the same file (benchmarks/bare_pydantic_check.py), with
  `python -c pass` as the interpreter floor; medians of interleaved runs.

Run: python benchmarks/bench_check.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def in_process(runs: int) -> dict[str, float]:
    import datetime as dt

    from tmsplanner.core.checks import CheckSettings, run_checks
    from tmsplanner.core.evidence.kb import bundled_knowledge_base, load_knowledge_base
    from tmsplanner.core.planio import load_plan
    from tmsplanner.core.resources import resource_path

    t0 = time.perf_counter()
    load_knowledge_base()
    kb_load = time.perf_counter() - t0
    kb = bundled_knowledge_base()
    plan = load_plan(resource_path("examples", "standard-10hz-ldlpfc.tmsplan"))
    settings = CheckSettings(today=dt.date(2026, 11, 27))
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        run_checks(plan, kb, settings)
        samples.append(time.perf_counter() - t)
    return {"check_median_us": statistics.median(samples) * 1e6,
            "check_p95_us": sorted(samples)[int(runs * 0.95)] * 1e6, "kb_load_ms": kb_load * 1e3}


def wall(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def processes(runs: int) -> dict[str, float]:
    from tmsplanner.core.resources import resource_path

    plan = str(resource_path("examples", "standard-10hz-ldlpfc.tmsplan"))
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "bare pydantic script": [sys.executable, str(HERE / "bare_pydantic_check.py"), plan],
        "tmsplanner check": [sys.executable, "-m", "tmsplanner", "check", plan, "--json"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():  # warm the file cache once
        wall(cmd)
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(wall(cmd))
    return {name: statistics.median(v) * 1e3 for name, v in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    inproc = in_process(2000)
    print(f"in-process: run_checks median {inproc['check_median_us']:.0f} us, p95 {inproc['check_p95_us']:.0f} us "
          f"(evidence base load, once per process: {inproc['kb_load_ms']:.0f} ms)")
    proc = processes(args.runs)
    for name, ms in proc.items():
        print(f"process: {name:22} median {ms:6.0f} ms")
    ratio = proc["tmsplanner check"] / proc["bare pydantic script"]
    print(f"ratio tmsplanner check / bare pydantic script: {ratio:.2f}")


if __name__ == "__main__":
    main()
