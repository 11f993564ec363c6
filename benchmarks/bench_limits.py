"""The longest courses the plan schema allows, through check, ics and export, as whole processes.

For each plan: the wall time of `tmsplanner check`, `ics` and `export` next to
a process that builds the bare reportlab document of the same page count
(bare_reportlab_doc.py); medians of interleaved runs. These are the plans at
the schema's limits (365 days x 20 sessions a day; ten 104-week phases of 7
sessions a week), whose export must stay well under 10 s.

Run: python benchmarks/bench_limits.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from installed import rerun_installed  # noqa: E402

from tmsplanner.core.resources import resource_path  # noqa: E402

DAY = dt.date(2026, 11, 23).isoformat()


def limit_plans() -> dict[str, dict]:
    base = json.loads(resource_path("examples", "standard-10hz-ldlpfc.tmsplan").read_text(encoding="utf-8"))
    accelerated = json.loads(json.dumps(base))
    accelerated["schedule"].update(treatment_days=365, sessions_per_day=20, intersession_interval_min=50,
                                   first_session_time="06:00")
    phases = json.loads(json.dumps(base))
    phases["schedule"]["phases"] = [{"name": f"M{k}", "weeks": 104, "sessions_per_week": 7} for k in range(10)]
    return {"365 days x 20 sessions": accelerated, "10 phases x 104 weeks x 7": phases}


def wall(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    code = rerun_installed(__file__, sys.argv[1:])  # the installed tmsplanner, not the source tree
    if code is not None:
        sys.exit(code)
    exe = [sys.executable, "-m", "tmsplanner"]
    with tempfile.TemporaryDirectory() as tmp:
        for title, data in limit_plans().items():
            path = Path(tmp) / "limit.tmsplan"
            path.write_text(json.dumps(data), encoding="utf-8")
            pdf, ics = Path(tmp) / "o.pdf", Path(tmp) / "o.ics"
            common = ["--today", DAY, "--export-date", DAY, "--draft", "--force"]
            commands = {
                "check": [*exe, "check", str(path), "--today", DAY],
                "ics": [*exe, "ics", str(path), "-o", str(ics), *common],
                "export": [*exe, "export", str(path), "-o", str(pdf), *common],
            }
            subprocess.run(commands["export"], check=False, capture_output=True)
            pages = len(PdfReader(pdf).pages)
            bare = [sys.executable, str(HERE / "bare_reportlab_doc.py"), str(pages)]
            times: dict[str, list[float]] = {name: [] for name in (*commands, "bare")}
            for _ in range(args.runs):
                for name, cmd in commands.items():
                    times[name].append(wall(cmd))
                times["bare"].append(wall(bare))
            median = {name: statistics.median(t) for name, t in times.items()}
            print(f"{title}: {pages} pages")
            print("  " + ", ".join(f"{name} {median[name]:.2f} s" for name in commands)
                  + f"; bare reportlab document of {pages} pages {median['bare']:.2f} s, "
                  f"export ratio {median['export'] / median['bare']:.2f}")


if __name__ == "__main__":
    main()
