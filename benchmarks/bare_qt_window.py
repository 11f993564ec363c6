"""The bare Qt stack doing the least of `tmsplanner gui PLAN`: the plan file validated
with the small pydantic model (bare_plan.py, when a file is given), then a plain
PySide6 main window with about as many widgets as the real one (60 inputs, a
findings list, a session table): no evidence base, no checks.

On its first paint it prints `first-paint <ms since process start> rss-kb <peak RSS KiB>`
and quits, the same contract `tmsplanner gui` follows with
TMSPLANNER_EXIT_AFTER_FIRST_PAINT=1. Run by benchmarks/bench_paths.py.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bare_qt_window.py [PLAN]
"""

import time

SCRIPT_START = time.perf_counter()  # fallback origin where /proc is unavailable; keep this first

import sys  # noqa: E402

from PySide6.QtCore import QDate, QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from tmsplanner.proctime import first_paint_line, leave_at_first_paint  # noqa: E402

TABS = ("Patient", "Motor threshold", "Blocks", "Schedule", "Screening", "Notes")
FIELDS_PER_TAB = 10  # 6 x 10 = 60 input widgets
TABLE_ROWS = 50
TABLE_COLUMNS = ("Day", "Date", "Session", "Block", "Pulses", "Status")
MENUS = {
    "&File": ("&New", "&Open...", "&Save", "Save &as...", "&Export PDF...", "&Quit"),
    "&Edit": ("&Undo", "&Redo", "&Settings..."),
    "&Plan": ("&Check", "Apply &preset...", "&Duplicate block"),
    "&Help": ("&Manual", "&Evidence sources", "&About"),
}  # 15 actions


def _input(index: int) -> QWidget:
    kind = index % 4
    if kind == 0:
        return QLineEdit()
    if kind == 1:
        spin = QDoubleSpinBox()
        spin.setRange(0, 1000)
        spin.setSuffix(" %")
        return spin
    if kind == 2:
        combo = QComboBox()
        combo.addItems(["first option", "second option", "third option", "fourth option"])
        return combo
    date = QDateEdit(QDate(2026, 11, 23))
    date.setCalendarPopup(True)
    return date


def _form_tabs() -> QTabWidget:
    tabs = QTabWidget()
    for t, title in enumerate(TABS):
        page = QWidget()
        form = QFormLayout(page)
        for f in range(FIELDS_PER_TAB):
            form.addRow(f"{title} field {f + 1}", _input(t * FIELDS_PER_TAB + f))
        tabs.addTab(page, title)
    return tabs


def _findings_list() -> QListWidget:
    findings = QListWidget()
    findings.addItems([f"Finding {i + 1}: a rule message of ordinary length for the list" for i in range(12)])
    return findings


def _schedule_table() -> QTableWidget:
    table = QTableWidget(TABLE_ROWS, len(TABLE_COLUMNS))
    table.setHorizontalHeaderLabels(list(TABLE_COLUMNS))
    for row in range(TABLE_ROWS):
        date = QDate(2026, 11, 23).addDays(row)
        values = (str(row + 1), date.toString("yyyy-MM-dd"), "1", "10 Hz L-DLPFC", "3000", "planned")
        for col, value in enumerate(values):
            table.setItem(row, col, QTableWidgetItem(value))
    return table


def build_window() -> QMainWindow:
    """Build the bare main window: form tabs, findings list, schedule table, menus."""
    window = QMainWindow()
    window.setWindowTitle("bare Qt window")
    for menu_title, actions in MENUS.items():
        menu = window.menuBar().addMenu(menu_title)
        for text in actions:
            menu.addAction(text)
    left = QSplitter()
    left.addWidget(_form_tabs())
    left.addWidget(_findings_list())
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(_schedule_table())
    window.setCentralWidget(splitter)
    window.statusBar().showMessage("Ready")
    window.resize(1280, 800)
    return window


class FirstPaintReporter(QObject):
    """Print the first-paint line on the watched window's first paint, then quit."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            print(first_paint_line(SCRIPT_START), flush=True)
            leave_at_first_paint()
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    if len(sys.argv) > 1:
        from bare_plan import load

        load(sys.argv[1])
    app = QApplication(sys.argv[:1])
    window = build_window()
    reporter = FirstPaintReporter(app)
    window.installEventFilter(reporter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
