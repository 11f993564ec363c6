"""Start, check and export of the installed package next to the bare stack, in one run.

Every row is a pair of whole processes launched alternately (the order swapped
every round, one discarded warm-up round), measured in CPU time (user + system
of the child, from the kernel's accounting, so a busy machine slows neither
more than the other), with peak memory and, for the window, the time to its
first paint. tmsplanner runs from a copy of this checkout installed into a
temporary folder (benchmarks/installed.py), never from the source tree.

* check: `tmsplanner check PLAN --json` against bare_pydantic_check.py,
  pydantic validating the same file with a small model;
* check, holidays: the same plan with `schedule.holiday_country` DE-BY, against
  the same comparator; check, Ukrainian: that plan with `--lang uk`;
* export: `tmsplanner export PLAN -o OUT.pdf` against bare_reportlab_doc.py,
  the same validation plus a reportlab document of the same page count with an
  embedded TrueType font (about 1,000 characters a page);
* export, same text: the same, the bare document carrying as many characters
  as tmsplanner's (about 2,500 a page);
* window: `tmsplanner gui PLAN` to its first paint against bare_qt_window.py,
  the same validation plus a Qt main window with 60 inputs, a findings list and
  a session table.

Prints one line per row: medians, the ratio and the target it is held to. The
ratio is the median of each round's own ratio (tmsplanner's process over the
comparator's, run one right after the other): this machine's speed drifts by
tens of percent over minutes, and a drift slows both processes of a round
alike, where the ratio of the two columns' medians mixes rounds measured at
different speeds (it is printed too, as "of medians").
The one-edit and long-course figures are bench_edit.py's and bench_scaling.py's.

Run: python benchmarks/bench_paths.py [--runs N] [--only check,export,...] [--baseline CHECKOUT] [--instructions]

With --instructions, each row's two commands are also run once under valgrind's
callgrind, which counts the instructions they execute: a figure that does not
drift with the machine's speed (the window's is counted to its first paint, the
process leaving there). The targets are held to the CPU-time ratio, not to this.

With --baseline (say a `git worktree` of an earlier commit), that checkout is
installed too and measured in the same rounds, as the "before" column.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from installed import Site, installed_package  # noqa: E402

DAY = dt.date(2026, 11, 23).isoformat()
PAINT = re.compile(r"^first-paint (\d+(?:\.\d+)?) rss-kb (\d+)\s*$", re.MULTILINE)
TARGETS = {"check": 1.25, "check, holidays": 1.25, "check, Ukrainian": 1.25, "export": 1.10,
           "export, same text": 1.10, "window": 1.30}
WINDOW_MEMORY = 1.15


@dataclass
class Sample:
    cpu_ms: float
    wall_ms: float
    rss_mib: float
    paint_ms: float | None = None


@dataclass
class Row:
    name: str
    ours: list[str]
    bare: list[str]
    samples: dict[str, list[Sample]] = field(default_factory=lambda: {"ours": [], "bare": [], "before": []})


def paired(ours: list[Sample], bare: list[Sample], key: str) -> float:
    """The median of each round's ratio of one side's ``key`` to the comparator's."""
    return statistics.median(getattr(o, key) / getattr(b, key) for o, b in zip(ours, bare, strict=True))


def launch(cmd: list[str], site: Site, extra_env: dict[str, str]) -> Sample:
    """Run one child to its end (check exits 1 when a finding blocks; anything else but 0 is a failure)."""
    run = site.run(cmd, extra_env, ok=(0, 1))
    paint = PAINT.search(run.stdout)
    return Sample(run.cpu_ms, run.wall_ms, run.rss_mib, float(paint.group(1)) if paint else None)


COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(cmd: list[str], site: Site, extra_env: dict[str, str]) -> int:
    """Instructions one run of ``cmd`` executes, counted by valgrind's callgrind (no profile file is kept)."""
    run = site.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd], extra_env, ok=(0, 1))
    found = COLLECTED.search(run.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no instruction count for {' '.join(cmd)}: {run.stderr.strip()[-400:]}")
    return int(found.group(1))


def count_instructions(table: list[Row], site: Site, extra: dict[str, str]) -> list[str]:
    """One counted run of each row's two commands: a line each with the counts and their ratio."""
    if shutil.which("valgrind") is None:
        return ["instructions: valgrind is not installed"]
    counted = extra | {"TMSPLANNER_EXIT_AFTER_FIRST_PAINT": "at-once"}  # the window: up to its first paint
    lines = ["instructions (valgrind callgrind, one run each; the window's to its first paint)"]
    for row in table:
        ours, bare = instructions(row.ours, site, counted), instructions(row.bare, site, counted)
        lines.append(f"{row.name:20}{ours / 1e6:11,.0f} M{bare / 1e6:12,.0f} M{ours / bare:8.2f}")
    return lines


def plans(tmp: Path) -> dict[str, Path]:
    """The standard example and the same plan with a public-holiday calendar."""
    from tmsplanner.core.resources import resource_path

    base = json.loads(resource_path("examples", "standard-10hz-ldlpfc.tmsplan").read_text(encoding="utf-8"))
    holidays = json.loads(json.dumps(base))
    holidays["schedule"]["holiday_country"] = "DE-BY"
    out = {}
    for name, data in (("standard", base), ("holidays", holidays)):
        out[name] = tmp / f"{name}.tmsplan"
        out[name].write_text(json.dumps(data), encoding="utf-8")
    return out


def pages_and_characters(pdf: Path) -> tuple[int, int]:
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    return len(reader.pages), sum(len(page.extract_text()) for page in reader.pages)


def rows(site: Site, tmp: Path, only: set[str]) -> list[Row]:
    exe = [str(site.script("tmsplanner"))]
    files = plans(tmp)
    bare_check = [sys.executable, str(HERE / "bare_pydantic_check.py")]
    out = [
        Row("check", [*exe, "check", str(files["standard"]), "--json", "--today", DAY],
            [*bare_check, str(files["standard"])]),
        Row("check, holidays", [*exe, "check", str(files["holidays"]), "--json", "--today", DAY],
            [*bare_check, str(files["holidays"])]),
        Row("check, Ukrainian", [*exe, "check", str(files["holidays"]), "--json", "--today", DAY, "--lang", "uk"],
            [*bare_check, str(files["holidays"])]),
    ]
    if "export" in only:
        pdf = tmp / "out.pdf"
        export = [*exe, "export", str(files["standard"]), "-o", str(pdf), "--today", DAY, "--export-date", DAY,
                  "--force"]
        launch(export, site, {})
        pages, characters = pages_and_characters(pdf)
        bare = [sys.executable, str(HERE / "bare_reportlab_doc.py"), str(pages), str(files["standard"]),
                "-o", str(tmp / "bare.pdf")]
        out.append(Row("export", export, bare))
        out.append(Row("export, same text", export, [*bare, "--chars", str(characters)]))
    out.append(Row("window", [*exe, "gui", str(files["standard"])],
                   [sys.executable, str(HERE / "bare_qt_window.py"), str(files["standard"])]))
    return [row for row in out if row.name.split(",")[0] in only]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="measured rounds (default 11)")
    parser.add_argument("--only", default="check,export,window", help="rows to measure (default all)")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                        help="another checkout (an earlier commit) to install and measure beside, as 'before'")
    parser.add_argument("--instructions", action="store_true",
                        help="also count each command's instructions once under valgrind (a steady figure)")
    args = parser.parse_args()
    only = set(args.only.split(","))
    with contextlib.ExitStack() as stack:
        tmp_name = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-paths-"))
        site = stack.enter_context(installed_package())
        before = stack.enter_context(installed_package(args.baseline)) if args.baseline else None
        tmp = Path(tmp_name)
        config, cache = tmp / "config", tmp / "cache"
        before_cache = tmp / "cache-before"
        for folder in (config, cache, before_cache):
            folder.mkdir()
        extra = {"QT_QPA_PLATFORM": "offscreen", "TMSPLANNER_EXIT_AFTER_FIRST_PAINT": "1",
                 "XDG_CONFIG_HOME": str(config), "XDG_CACHE_HOME": str(cache),
                 "XDG_DATA_HOME": str(tmp / "data"), "LANG": os.environ.get("LANG", "C.UTF-8")}
        table = rows(site, tmp, only)
        for k in range(args.runs + 1):
            for row in table:
                order = [("ours", row.ours, site), ("bare", row.bare, site)]
                if before is not None:
                    order.append(("before", [str(before.script("tmsplanner")), *row.ours[1:]], before))
                for side, cmd, where in order if k % 2 else order[::-1]:
                    # each installed copy keeps its own cache: the two would otherwise replace each other's entries
                    own = {"XDG_CACHE_HOME": str(before_cache)} if side == "before" else {}
                    sample = launch(cmd, where, extra | own)
                    if k:
                        row.samples[side].append(sample)
        counts = count_instructions(table, site, extra) if args.instructions else []
    print(f"medians of {args.runs} interleaved rounds; CPU = user + system time of the whole process")
    print(f"{'row':20}{'tmsplanner':>14}{'comparator':>14}{'ratio':>8}{'target':>8}{'of medians':>12}   memory (MiB)"
          + ("   before: time, ratio, memory" if args.baseline else ""))
    failed = False
    for row in table:
        ours, bare = row.samples["ours"], row.samples["bare"]
        key = "paint_ms" if row.name == "window" else "cpu_ms"
        m_ours = statistics.median(getattr(s, key) for s in ours)
        m_bare = statistics.median(getattr(s, key) for s in bare)
        rss_ours = statistics.median(s.rss_mib for s in ours)
        rss_bare = statistics.median(s.rss_mib for s in bare)
        ratio = paired(ours, bare, key)
        target = TARGETS[row.name]
        failed |= ratio > target
        label = row.name + (" (paint)" if key == "paint_ms" else "")
        was = ""
        if row.samples["before"]:
            m_was = statistics.median(getattr(s, key) for s in row.samples["before"])
            rss_was = statistics.median(s.rss_mib for s in row.samples["before"])
            was = (f"   {m_was:6.0f} ms {paired(row.samples['before'], bare, key):5.2f} {rss_was:5.0f} MiB "
                   f"(x{rss_was / rss_bare:.2f})")
        print(f"{label:20}{m_ours:11.0f} ms{m_bare:11.0f} ms{ratio:8.2f}{target:8.2f}{m_ours / m_bare:12.2f}   "
              f"{rss_ours:.0f} vs {rss_bare:.0f} (x{rss_ours / rss_bare:.2f})" + was)
        if row.name == "window":
            failed |= rss_ours / rss_bare > WINDOW_MEMORY
            c_ours = statistics.median(s.cpu_ms for s in ours)
            c_bare = statistics.median(s.cpu_ms for s in bare)
            was = ""
            if row.samples["before"]:
                c_was = statistics.median(s.cpu_ms for s in row.samples["before"])
                was = f"{'':39}{c_was:6.0f} ms {paired(row.samples['before'], bare, 'cpu_ms'):5.2f}"
            print(f"{'window (CPU)':20}{c_ours:11.0f} ms{c_bare:11.0f} ms{paired(ours, bare, 'cpu_ms'):8.2f}{'':8}"
                  f"{c_ours / c_bare:12.2f}" + was)
    for line in counts:
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
