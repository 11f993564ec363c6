"""Benchmark one edit of a 365-session course against a bare Qt table model, in the same run.

* tmsplanner: the real main window with a 365-session course (German holidays);
  one edit is ``doc.apply`` of a block's intensity (validate, derive the figures
  and the calendar, run every check, refresh every view) plus the repaint.
* bare: a plain PySide6 window with a QTableView on a QAbstractTableModel of the
  same 365 x 8 cells; one edit rebuilds the rows from dates and times and resets
  the model, plus the repaint. This is the least any session list can do.

The two are measured interleaved (one warm-up edit each, then alternating), so a
busy machine slows both. Prints the median and p95 per edit and the ratio
tmsplanner / bare; the tests check the work per edit structurally
(tests/gui/test_schedule_gui.py), never its duration.

With --sessions 10000 the course is the acute phase of 365 days of 20 sessions
and four maintenance phases of 104 weeks (10,140 sessions); the bare model then
holds as many rows. Runs against an installed copy of the package
(benchmarks/installed.py), not the source tree.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_edit.py [--edits N] [--sessions 365|10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from installed import rerun_installed

SESSIONS = 365
COLUMNS = ("No.", "Date", "Weekday", "Start", "End", "Pause before", "Phase", "MT re-test")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=40, help="measured edits of each (default 40)")
    parser.add_argument("--sessions", type=int, choices=(365, 10000), default=365)
    parser.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the checkout to install and measure (default this one; an earlier commit's worktree "
                             "gives the figures before a change)")
    args = parser.parse_args()
    code = rerun_installed(__file__, sys.argv[1:], args.checkout)
    if code is not None:
        sys.exit(code)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Never the user's settings or cache.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tmsplanner-bench-config-")
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="tmsplanner-bench-cache-")

    from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    from tmsplanner.core.evidence.kb import bundled_knowledge_base
    from tmsplanner.core.settings import AppSettings
    from tmsplanner.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    QLocale.setDefault(QLocale("en"))

    class BareModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[str, ...]] = []

        def rowCount(self, parent: QModelIndex | None = None) -> int:
            return len(self.rows)

        def columnCount(self, parent: QModelIndex | None = None) -> int:
            return len(COLUMNS)

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
            return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

        def headerData(self, section: int, orientation: Qt.Orientation,
                       role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
            horizontal = orientation == Qt.Orientation.Horizontal
            return COLUMNS[section] if horizontal and role == Qt.ItemDataRole.DisplayRole else None

        def rebuild(self, minutes: int) -> None:
            start = dt.datetime(2026, 12, 21, 9, 0)
            rows = []
            for k in range(sessions):
                begin = start + dt.timedelta(days=k)
                end = begin + dt.timedelta(minutes=minutes)
                rows.append((str(k + 1), f"{begin:%Y-%m-%d}", DAYS[begin.weekday()], f"{begin:%H:%M}",
                             f"{end:%H:%M:%S}", "", "acute", ""))
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    bare_model = BareModel()

    window = MainWindow(bundled_knowledge_base(), AppSettings(language="en"))
    window.doc.apply("schedule.holiday_country", "DE")
    window.doc.apply("schedule.days_per_week", 7)
    if args.sessions > SESSIONS:
        window.doc.apply("schedule.first_session_time", dt.time(6, 0))
        window.doc.apply("schedule.intersession_interval_min", 50.0)
        window.doc.apply("schedule.sessions_per_day", 20)
        window.doc.apply("schedule.phases", [{"name": f"M{k}", "weeks": 104, "sessions_per_week": 7}
                                             for k in range(4)])
    window.doc.apply("schedule.treatment_days", SESSIONS)
    window.show()
    app.processEvents()
    sessions = window.derived.sessions.rowCount()

    bare_window = QMainWindow()
    bare_view = QTableView()
    bare_view.setModel(bare_model)
    bare_window.setCentralWidget(bare_view)
    bare_window.resize(1400, 900)
    bare_window.show()
    bare_model.rebuild(19)
    bare_view.resizeColumnsToContents()

    def app_edit(k: int) -> None:
        window.doc.apply("blocks.0.intensity_pct_mt", 100.0 + k % 20)
        app.processEvents()

    def bare_edit(k: int) -> None:
        bare_model.rebuild(19 + k % 20)
        bare_view.viewport().update()
        app.processEvents()

    samples: dict[str, list[float]] = {"tmsplanner": [], "bare": []}
    edits = {"tmsplanner": app_edit, "bare": bare_edit}
    for edit in edits.values():  # warm-up
        edit(-1)
    for k in range(args.edits):
        order = list(edits.items()) if k % 2 == 0 else list(reversed(edits.items()))
        for name, edit in order:
            started = time.perf_counter()
            edit(k)
            samples[name].append(time.perf_counter() - started)

    for name, values in samples.items():
        ordered = sorted(values)
        print(f"{name:10} one edit of a {sessions}-session course: "
              f"median {statistics.median(values) * 1e3:7.2f} ms, "
              f"p95 {ordered[int(len(ordered) * 0.95) - 1] * 1e3:7.2f} ms")
    ratio = statistics.median(samples["tmsplanner"]) / statistics.median(samples["bare"])
    print(f"ratio tmsplanner edit / bare table model edit: {ratio:.1f}")
    window.doc.undo_stack.setClean()
    window.close()
    bare_window.close()


if __name__ == "__main__":
    main()
