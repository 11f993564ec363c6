"""Benchmark PDF export against a bare reportlab document of the same page count, in the same run.

Prints, for the standard 30-session course and the 50-session accelerated course:
* in-process build time of `render_pdf` next to the bare document's build time;
* wall time of a `tmsplanner export` process next to a process that imports
  reportlab and builds the bare document; medians of interleaved runs.

Run: python benchmarks/bench_export.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bare_reportlab_doc import build as build_bare  # noqa: E402

from tmsplanner.core.checks import CheckSettings, run_checks  # noqa: E402
from tmsplanner.core.evidence.kb import bundled_knowledge_base  # noqa: E402
from tmsplanner.core.planio import save_plan  # noqa: E402
from tmsplanner.core.presets import plan_from_protocol  # noqa: E402
from tmsplanner.report import ReportOptions, render_pdf  # noqa: E402

DAY = dt.date(2026, 11, 23)


def median_time(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def wall(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    kb = bundled_knowledge_base()
    settings = CheckSettings(today=DAY)
    options = ReportOptions(export_date=DAY)
    with tempfile.TemporaryDirectory() as tmp:
        for preset, title in (("neurostar-10hz-ldlpfc", "standard 30-session course"),
                              ("snt-accelerated-itbs", "50-session accelerated course")):
            plan = plan_from_protocol(kb.protocols[preset], patient_id="B-1", mt_pct_mso=50.0,
                                      mt_measured_on=DAY, start_date=DAY)
            findings = run_checks(plan, kb, settings)
            pdf = render_pdf(plan, kb, findings, options)
            pages = len(PdfReader(io.BytesIO(pdf)).pages)
            ours = median_time(functools.partial(render_pdf, plan, kb, findings, options), args.runs)
            bare = median_time(functools.partial(build_bare, pages), args.runs)
            path = Path(tmp) / f"{preset}.tmsplan"
            save_plan(plan, path)
            cmd_ours = [sys.executable, "-m", "tmsplanner", "export", str(path), "-o", str(Path(tmp) / "o.pdf"),
                        "--export-date", DAY.isoformat(), "--today", DAY.isoformat()]
            cmd_bare = [sys.executable, str(HERE / "bare_reportlab_doc.py"), str(pages)]
            walls: dict[str, list[float]] = {"ours": [], "bare": []}
            for _ in range(args.runs):
                walls["ours"].append(wall(cmd_ours))
                walls["bare"].append(wall(cmd_bare))
            p_ours, p_bare = statistics.median(walls["ours"]), statistics.median(walls["bare"])
            print(f"{title}: {pages} pages")
            print(f"  build in process: render_pdf {ours * 1e3:.0f} ms, bare reportlab {bare * 1e3:.0f} ms, "
                  f"ratio {ours / bare:.2f}")
            print(f"  whole process:   tmsplanner export {p_ours * 1e3:.0f} ms, bare reportlab {p_bare * 1e3:.0f} ms, "
                  f"ratio {p_ours / p_bare:.2f}")


if __name__ == "__main__":
    main()
