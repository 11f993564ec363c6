"""Derived figures, live: the %MSO to set, pulses, durations, dates and the session list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.course_view import CourseView, NotDelivered, SessionRow
from tmsplanner.core.labels import duration_words, rater_words, time_point_words
from tmsplanner.core.outcomes import Assessment
from tmsplanner.core.schedule import ACUTE, RetestKind, RetestReason, SkipReason
from tmsplanner.gui.fields import vocab, words


class FiguresWidget(QWidget):
    """The numbers the treatment room needs, recomputed on every change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        for key, title in (
            ("mso", self.tr("Set on the device")),
            ("session", self.tr("Per session")),
            ("course", self.tr("Course")),
            ("dates", self.tr("Dates")),
        ):
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            value.setWordWrap(True)
            self.labels[key] = value
            self.form.addRow(QLabel(f"<b>{title}</b>"), value)

    def show_figures(self, view: CourseView) -> None:
        """Show the figures of the current plan (numbers and dates in the interface language)."""
        locale, figures = QLocale(), view.figures
        mso = []
        for b in view.blocks:
            corrected = (self.tr(", depth-corrected; %1% MSO without depth correction (Stokes 2007)")
                         .replace("%1", str(b.uncorrected_intensity_pct_mso_to_set)) if b.depth_corrected else "")
            target = b.block.custom_target or vocab(b.block.target)
            line = (self.tr("%1: <b>%2% MSO</b> (%3% MSO exact%4)")
                    .replace("%1", target).replace("%2", str(b.intensity_pct_mso_to_set))
                    .replace("%3", locale.toString(b.intensity_pct_mso, "f", 1))
                    .replace("%4", corrected))
            if b.titration:
                steps = " / ".join(str(t.intensity_pct_mso_to_set) for t in b.titration)
                line += "; " + self.tr("titration over the first %n day(s): %1% MSO", "",
                                       len(b.titration)).replace("%1", steps)
            mso.append(line)
        self.labels["mso"].setText("<br/>".join(mso))
        self.labels["session"].setText(
            self.tr("%1 pulses, %2 of stimulation (final pause not counted)")
            .replace("%1", str(figures.pulses_per_session))
            .replace("%2", duration_words(figures.session_duration_s, words())))
        self.labels["course"].setText(
            self.tr("%1 sessions (%2 a day), %3 pulses")
            .replace("%1", str(figures.total_sessions)).replace("%2", str(view.sessions_per_day))
            .replace("%3", locale.toString(figures.total_pulses)))
        self.labels["dates"].setText(" – ".join(
            locale.toString(QDate(d.year, d.month, d.day), "ddd d MMM yyyy") for d in (figures.start_date,
                                                                                    figures.end_date)))


class SessionModel(QAbstractTableModel):
    """The session list as a table model (fast for courses of hundreds of sessions)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self.headers = [self.tr("No."), self.tr("Date"), self.tr("Weekday"), self.tr("Start"), self.tr("End"),
                        self.tr("Pause before"), self.tr("Phase"), self.tr("% MSO to set"), self.tr("MT re-test")]

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def retest_words(self, reason: RetestReason) -> str:
        """Why an MT re-test is due, in the interface language."""
        if reason.kind == RetestKind.INTERVAL:
            return self.tr("every %n day(s)", "", reason.every_days or 0)
        return self.tr("after %1 changed").replace("%1", reason.medication or "")

    def row_texts(self, session: SessionRow, weekdays: dict[int, str]) -> tuple[str, ...]:
        """The cells of one session's row."""
        pause = "" if session.pause_before_min is None else self.tr("%s min") % session.pause_before_min
        phase = self.tr("acute") if session.phase == ACUTE else session.phase_name or session.phase.value
        return (str(session.index), session.start.strftime("%Y-%m-%d"), weekdays[session.date.isoweekday()],
                session.start.strftime("%H:%M"), session.end.strftime("%H:%M:%S"), pause, phase,
                " / ".join(str(b.intensity_pct_mso_to_set) for b in session.blocks),
                "; ".join(self.retest_words(r) for r in session.mt_retest))

    def set_view(self, view: CourseView) -> None:
        """Rebuild the rows from the course view (with the day timetable of accelerated days)."""
        locale = QLocale()
        weekdays = {d: locale.dayName(d) for d in range(1, 8)}
        rows = [self.row_texts(session, weekdays) for session in view.sessions]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


class SessionTable(QTableView):
    """Every planned session with its date, weekday, start and end, phase and MT re-tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessions")
        self.sessions = SessionModel(self)
        self.setModel(self.sessions)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self._sized = False

    def show_view(self, view: CourseView) -> None:
        """Show the session list; columns are sized once, from the first rows."""
        self.sessions.set_view(view)
        if not self._sized and self.sessions.rowCount():
            self.resizeColumnsToContents()
            self._sized = True

    def rowCount(self) -> int:
        """Number of sessions shown."""
        return self.sessions.rowCount()

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        return self.sessions.data(self.sessions.index(row, column)) or ""

    def currentRow(self) -> int:
        """The selected row, or -1."""
        index = self.currentIndex()
        return index.row() if index.isValid() else -1


class DerivedPanel(QWidget):
    """Figures above the session list; a session can be marked as missed."""

    missRequested = Signal(int, bool)  # row, whole day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.figures = FiguresWidget()
        # The figures keep their full height (wrapped text never overlaps); the session list gives way.
        self.figures.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.sessions = SessionTable()
        self.sessions.setMinimumHeight(120)
        self.skipped = QLabel()
        self.skipped.setObjectName("skipped_dates")
        self.skipped.setWordWrap(True)
        layout.addWidget(self.figures)
        layout.addWidget(self.sessions, 1)
        buttons = QHBoxLayout()
        self.miss_session = QPushButton(self.tr("Mark session missed"))
        self.miss_day = QPushButton(self.tr("Mark day missed"))
        self.miss_session.clicked.connect(lambda: self.missRequested.emit(self.sessions.currentRow(), False))
        self.miss_day.clicked.connect(lambda: self.missRequested.emit(self.sessions.currentRow(), True))
        buttons.addWidget(self.miss_session)
        buttons.addWidget(self.miss_day)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.skipped)

    def show_results(self, view: CourseView) -> None:
        """Show the figures and the session list."""
        self.figures.show_figures(view)
        self.sessions.show_view(view)
        skipped = [self._skipped_text(d) for d in view.skipped]
        self.skipped.setText(self.tr("Skipped: %s") % "; ".join(skipped) if skipped else "")

    def _skipped_text(self, skipped: NotDelivered) -> str:
        """'Fri 25 Dec: public holiday: Christmas Day' in the interface language (never the C library's)."""
        when = QLocale().toString(QDate(skipped.date.year, skipped.date.month, skipped.date.day), "ddd d MMM")
        if skipped.reason == SkipReason.HOLIDAY:
            why = self.tr("public holiday: %s") % (skipped.holiday or "")
        else:
            why = self.tr("clinic closure")
        return f"{when}: {why}"


class OutcomesTable(QTableWidget):
    """Which rating scale is due on which date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("outcomes")
        self.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Scale"), self.tr("Time point"), self.tr("Rated by")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        item = self.item(row, column)
        return item.text() if item else ""

    def show_assessments(self, due: tuple[Assessment, ...]) -> None:
        """Fill the table from the course view's outcome-measure dates."""
        self.setRowCount(len(due))
        c = words()
        for row, item in enumerate(due):
            weekday = QLocale().dayName(item.date.isoweekday(), QLocale.FormatType.ShortFormat)
            for col, value in enumerate((f"{item.date:%Y-%m-%d} {weekday}", item.scale.short,
                                         time_point_words(item.kind, item.weeks, c), rater_words(item.scale.rater, c))):
                cell = QTableWidgetItem(value)
                cell.setToolTip(c.evidence(item.scale, "name"))
                self.setItem(row, col, cell)
        self.resizeColumnsToContents()  # once per fill; a per-cell resize mode would be quadratic
