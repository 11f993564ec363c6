"""PDF export in process against a bare reportlab document of the same page count, in the same run.

Prints, for the standard 30-session course and the 50-session accelerated course,
the build time of `render_pdf` next to the bare document's (medians), in an
installed copy of the package. The whole `tmsplanner export` process beside the
bare stack is bench_paths.py's; its growth with sessions, bench_scaling.py's.

Run: python benchmarks/bench_export.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bare_reportlab_doc import build as build_bare
from installed import rerun_installed

DAY = dt.date(2026, 11, 23)


def median_time(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    code = rerun_installed(__file__, sys.argv[1:])
    if code is not None:
        sys.exit(code)
    from pypdf import PdfReader

    from tmsplanner.core.checks import CheckSettings, run_checks
    from tmsplanner.core.evidence.kb import bundled_knowledge_base
    from tmsplanner.core.presets import plan_from_protocol
    from tmsplanner.report import ReportOptions, render_pdf

    kb = bundled_knowledge_base()
    settings = CheckSettings(today=DAY)
    options = ReportOptions(export_date=DAY)
    for preset, title in (("neurostar-10hz-ldlpfc", "standard 30-session course"),
                          ("snt-accelerated-itbs", "50-session accelerated course")):
        plan = plan_from_protocol(kb.protocols[preset], patient_id="B-1", mt_pct_mso=50.0,
                                  mt_measured_on=DAY, start_date=DAY)
        findings = run_checks(plan, kb, settings)
        pages = len(PdfReader(io.BytesIO(render_pdf(plan, kb, findings, options))).pages)
        ours = median_time(functools.partial(render_pdf, plan, kb, findings, options), args.runs)
        bare = median_time(functools.partial(build_bare, pages), args.runs)
        print(f"{title}: {pages} pages; build in process: render_pdf {ours * 1e3:.0f} ms, "
              f"bare reportlab {bare * 1e3:.0f} ms, ratio {ours / bare:.2f}")


if __name__ == "__main__":
    main()
