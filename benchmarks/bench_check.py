"""The check path in process, in an installed copy: the time to derive figures and evaluate every rule on
one plan, and to load the evidence base once from its files. The whole `tmsplanner check` process beside
the bare stack is bench_paths.py's.

Run: python benchmarks/bench_check.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from installed import rerun_installed


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


def main() -> None:
    code = rerun_installed(__file__, sys.argv[1:])  # against an installed copy, not the source tree
    if code is not None:
        sys.exit(code)
    inproc = in_process(2000)
    print(f"in-process: run_checks median {inproc['check_median_us']:.0f} us, p95 {inproc['check_p95_us']:.0f} us "
          f"(evidence base load, once per process: {inproc['kb_load_ms']:.0f} ms)")


if __name__ == "__main__":
    main()
