"""How `tmsplanner export` grows with the course: sessions and blocks, as whole processes of the installed package.

For once-a-day courses of 365, 729 and 1,457 sessions (365 acute days, then a
maintenance phase of 0, 52 or 156 weeks of 7 sessions; one block) and
365-session courses of 1, 2 and 4 blocks: the CPU time of `tmsplanner export` (user + system,
medians of interleaved runs) and the page count. Prints the cost of each step in
milliseconds per added session (or block-session), which stays about constant
when the cost is linear, and whether the 365-session course is exported within
0.8 s of CPU time.

Run: python benchmarks/bench_scaling.py [--runs N]
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from installed import installed_package  # noqa: E402

DAY = "2026-11-23"
LIMIT_365_S = 0.8


WEEKS = {365: 0, 729: 52, 1457: 156}  # sessions: maintenance weeks after 365 acute days


def course(base: dict, sessions: int, blocks: int) -> dict:
    plan = copy.deepcopy(base)
    plan["schedule"].update(treatment_days=365, days_per_week=7)
    weeks = WEEKS[sessions]  # in phases of at most 104 weeks, as the schema allows
    plan["schedule"]["phases"] = [{"name": f"maintenance {k + 1}", "weeks": min(52, weeks - 52 * k),
                                   "sessions_per_week": 7} for k in range((weeks + 51) // 52)]
    plan["blocks"] = [copy.deepcopy(base["blocks"][0]) for _ in range(blocks)]
    return plan


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--checkout", type=Path, default=HERE.parent,
                        help="the checkout to install and measure (default this one)")
    args = parser.parse_args()
    from pypdf import PdfReader

    from tmsplanner.core.resources import resource_path

    base = json.loads(resource_path("examples", "standard-10hz-ldlpfc.tmsplan").read_text(encoding="utf-8"))
    shapes = [(365, 1), (729, 1), (1457, 1), (365, 2), (365, 4)]
    with tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp_name, installed_package(args.checkout) as site:
        tmp = Path(tmp_name)
        env = {"XDG_CACHE_HOME": str(tmp / "cache"), "XDG_CONFIG_HOME": str(tmp / "config")}
        commands, pages = {}, {}
        for sessions, blocks in shapes:
            path = tmp / f"c{sessions}x{blocks}.tmsplan"
            path.write_text(json.dumps(course(base, sessions, blocks)), encoding="utf-8")
            out = tmp / f"c{sessions}x{blocks}.pdf"
            commands[(sessions, blocks)] = [str(site.script("tmsplanner")), "export", str(path), "-o", str(out),
                                            "--force", "--draft", "--today", DAY, "--export-date", DAY]
            site.run(commands[(sessions, blocks)], env)  # warm-up, and the page count
            pages[(sessions, blocks)] = len(PdfReader(out).pages)
        times: dict[tuple[int, int], list[float]] = {shape: [] for shape in shapes}
        for k in range(args.runs):
            for shape in shapes if k % 2 else shapes[::-1]:
                times[shape].append(site.run(commands[shape], env).cpu_ms)
    median = {shape: statistics.median(v) for shape, v in times.items()}
    print(f"tmsplanner export, CPU time, medians of {args.runs} interleaved runs")
    for (sessions, blocks), ms in median.items():
        print(f"  {sessions:5} sessions x {blocks} block(s): {ms:7.0f} ms, {pages[(sessions, blocks)]:4} pages")
    per_session = [(median[(b, 1)] - median[(a, 1)]) / (b - a) for a, b in ((365, 729), (729, 1457))]
    per_block = [(median[(365, b)] - median[(365, a)]) / (365 * (b - a)) for a, b in ((1, 2), (2, 4))]
    print("  added cost per session: " + ", ".join(f"{v:.2f} ms" for v in per_session)
          + " (365→729, 729→1,457); per block-session: " + ", ".join(f"{v:.2f} ms" for v in per_block)
          + " (1→2, 2→4 blocks)")
    within = median[(365, 1)] / 1e3 <= LIMIT_365_S
    print(f"  365-session course: {median[(365, 1)] / 1e3:.2f} s "
          f"({'within' if within else 'over'} {LIMIT_365_S} s)")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
