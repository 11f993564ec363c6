"""Derived figures, live: the %MSO to set, pulses, durations, dates, the day timetable and the session list.

What cannot be delivered as planned (a %MSO above the device's maximum, a
session ending after the clinic closes) is flagged by the core
(:mod:`tmsplanner.core.delivery_flags`) and marked here by colour, icon and
words together.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.course_view import CourseView, DayTimetable, NotDelivered, SessionRow
from tmsplanner.core.delivery_flags import BlockFlags, DeliveryFlags, delivery_flags
from tmsplanner.core.labels import duration_words, phase_words, rater_words, time_point_words
from tmsplanner.core.outcomes import Assessment
from tmsplanner.core.schedule import ACUTE, RetestKind, RetestReason, SkipReason
from tmsplanner.core.vocab import Severity
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.fields import ERROR_COLOUR, MARK, escape, make_note, number_text, vocab, words
from tmsplanner.gui.findings_panel import COLOURS, severity_icon

LATE_COLOUR = COLOURS[Severity.WARN]  # SCHED-002 is a warning; 5:1 on a table's white
BLOCK_COLOUR = ERROR_COLOUR
DISPLAY = Qt.ItemDataRole.DisplayRole


def clock(moment: dt.datetime) -> str:
    """A clock time as the window shows every time: hours and minutes (the core's times, never seconds).

    Not ``strftime``: it imports a module on every call, which under Qt's import hook costs more than
    the formatting of a whole row.
    """
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _marked(text: str) -> str:
    """Rich text in the error colour, bold, after a ⚠ (never colour alone)."""
    return f"<span style='color:{BLOCK_COLOUR}'><b>{MARK} {text}</b></span>"


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
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = value
            heading = QLabel(f"<b>{title}</b>")
            heading.setBuddy(value)
            value.setAccessibleName(title)
            self.form.addRow(heading, value)

    def _mso_text(self, pct_mso: int, flags: BlockFlags, max_output: float) -> str:
        """The %MSO to set, marked with why it cannot be set as planned (in words, with ⚠ and colour)."""
        reasons = []
        if flags.above_max_output:
            reasons.append(self.tr("above the device's maximum (%1% MSO)").replace("%1", number_text(max_output)))
        if flags.blocked_by:
            reasons.append(self.tr("not to be set as planned (%1)").replace("%1", ", ".join(flags.blocked_by)))
        return _marked(self.tr("%1% MSO — %2").replace("%1", str(pct_mso)).replace("%2", "; ".join(reasons)))

    def show_figures(self, view: CourseView, flags: DeliveryFlags | None = None) -> None:
        """Show the figures of the current plan (numbers and dates in the interface language).

        With ``flags``, a %MSO the device cannot deliver (or that a blocking
        finding names) is marked by colour, ⚠ and words.
        """
        locale, figures = QLocale(), view.figures
        mso, flagged = [], False
        for k, b in enumerate(view.blocks):
            block_flags = flags.blocks[k] if flags is not None and k < len(flags.blocks) else None
            max_output = flags.max_output_pct_mso if flags is not None else 0.0
            corrected = (self.tr(", depth-corrected; %1% MSO without depth correction (Stokes 2007)")
                         .replace("%1", str(b.uncorrected_intensity_pct_mso_to_set)) if b.depth_corrected else "")
            target = escape(b.block.custom_target or vocab(b.block.target))
            exact = locale.toString(b.intensity_pct_mso, "f", 1)
            if block_flags is not None and (block_flags.above_max_output or block_flags.blocked_by):
                flagged = True
                line = (self.tr("%1: %2 (%3% MSO exact%4)").replace("%1", target)
                        .replace("%2", self._mso_text(b.intensity_pct_mso_to_set, block_flags, max_output))
                        .replace("%3", exact).replace("%4", corrected))
            else:
                line = (self.tr("%1: <b>%2% MSO</b> (%3% MSO exact%4)")
                        .replace("%1", target).replace("%2", str(b.intensity_pct_mso_to_set))
                        .replace("%3", exact).replace("%4", corrected))
            if b.titration:
                above = block_flags.titration_above_max_output if block_flags is not None else ()
                steps = " / ".join(_marked(str(t.intensity_pct_mso_to_set)) if j < len(above) and above[j]
                                   else str(t.intensity_pct_mso_to_set) for j, t in enumerate(b.titration))
                line += "; " + self.tr("titration over the first %n day(s): %1% MSO", "",
                                       len(b.titration)).replace("%1", steps)
                if block_flags is not None and any(above) and not block_flags.above_max_output:
                    flagged = True
                    line += " — " + _marked(self.tr("above the device's maximum (%1% MSO)")
                                            .replace("%1", number_text(max_output)))
            mso.append(line)
        self.labels["mso"].setText("<br/>".join(mso))
        self.labels["mso"].setProperty("flagged", flagged)
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
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Give each wrapped figure the height its lines need at its width (a scroll area asks only for
        the size hint, so a second line would otherwise overlap the next figure)."""
        for label in self.labels.values():
            if label.width() > 0:
                label.setMinimumHeight(label.heightForWidth(label.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_heights()


class SessionModel(QAbstractTableModel):
    """The session list as a table model (fast for courses of hundreds of sessions).

    A session ending after the clinic closes shows ⚠, the warning colour and
    'after closing time' in its end; a %MSO above the device's maximum shows
    ⚠, the error colour and a tooltip naming the maximum.
    """

    END, MSO = 4, 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions: tuple[SessionRow, ...] = ()
        self._flags: DeliveryFlags | None = None
        self._weekdays: dict[int, str] = {}
        self._rows: dict[int, tuple[str, ...]] = {}  # the rows shown so far, made when first asked for
        self._marks: dict[tuple[int, int], tuple[Severity, str]] = {}  # (row, column): severity and why
        self.headers = [self.tr("No."), self.tr("Date"), self.tr("Weekday"), self.tr("Start"), self.tr("End"),
                        self.tr("Pause before"), self.tr("Phase"), self.tr("% MSO to set"), self.tr("MT re-test")]

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._sessions)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return len(self.headers)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> object:
        # Called for every role of every cell a view measures or draws: the common answers come first.
        if role == DISPLAY:
            return self.row(index.row())[index.column()] if index.isValid() else None
        if not self._marks or not index.isValid():
            return None
        mark = self._marks.get((index.row(), index.column()))
        if mark is None:
            return None
        severity, why = mark
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(COLOURS[severity]))
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(severity)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return why
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def row(self, r: int) -> tuple[str, ...]:
        """The cells of row ``r`` (worded on first use: a long course shows only the rows in view)."""
        texts = self._rows.get(r)
        if texts is None:
            texts = self._rows[r] = self.row_texts(self._sessions[r], self._weekdays, self._flags)
        return texts

    def mark(self, row: int, column: int) -> tuple[Severity, str] | None:
        """The severity and the reason a cell is marked, or None."""
        return self._marks.get((row, column))

    def retest_words(self, reason: RetestReason) -> str:
        """Why an MT re-test is due, in the interface language."""
        if reason.kind == RetestKind.INTERVAL:
            return self.tr("every %n day(s)", "", reason.every_days or 0)
        return self.tr("after %1 changed").replace("%1", reason.medication or "")

    def late_words(self, session: SessionRow, flags: DeliveryFlags) -> tuple[str, str]:
        """The end cell of a session that ends after closing time, and why (in the interface language)."""
        closing = flags.clinic_closing_time
        closes = clock(closing) if closing is not None else ""
        return (self.tr("%1 ⚠ after closing time").replace("%1", clock(session.end)),
                self.tr("Ends after the clinic's closing time (%1)").replace("%1", closes))

    def row_texts(self, session: SessionRow, weekdays: dict[int, str],
                  flags: DeliveryFlags | None = None) -> tuple[str, ...]:
        """The cells of one session's row."""
        pause = "" if session.pause_before_min is None else self.tr("%s min") % session.pause_before_min
        phase = self.tr("acute") if session.phase == ACUTE else session.phase_name or session.phase.value
        end = clock(session.end)
        if flags is not None and flags.is_late(session.index):
            end = self.late_words(session, flags)[0]
        mso = " / ".join(f"{MARK} {b.intensity_pct_mso_to_set}"
                         if flags is not None and flags.is_above_max_output(session.index, k)
                         else str(b.intensity_pct_mso_to_set) for k, b in enumerate(session.blocks))
        return (str(session.index), session.start.date().isoformat(), weekdays[session.date.isoweekday()],
                clock(session.start), end, pause, phase, mso,
                "; ".join(self.retest_words(r) for r in session.mt_retest))

    def set_view(self, view: CourseView, flags: DeliveryFlags | None = None) -> None:
        """Show the course view's sessions, marking what the flags say cannot be delivered.

        A row's words are made when a view first asks for them (:meth:`row`), so an edit of a course of
        thousands of sessions words only the rows on screen.
        """
        locale = QLocale()
        weekdays = {d: locale.dayName(d) for d in range(1, 8)}
        marks: dict[tuple[int, int], tuple[Severity, str]] = {}
        if flags is not None and (flags.late_sessions or flags.session_blocks_above_max_output):
            above = self.tr("Above the device's maximum (%1% MSO): cannot be delivered") \
                .replace("%1", number_text(flags.max_output_pct_mso))
            for r, session in enumerate(view.sessions):
                if flags.is_late(session.index):
                    marks[(r, self.END)] = (Severity.WARN, self.late_words(session, flags)[1])
                if any(flags.is_above_max_output(session.index, k) for k in range(len(session.blocks))):
                    marks[(r, self.MSO)] = (Severity.BLOCK, above)
        self.beginResetModel()
        self._sessions, self._flags, self._weekdays = view.sessions, flags, weekdays
        self._rows = {}
        self._marks = marks
        self.endResetModel()


class SessionTable(QTableView):
    """Every planned session with its date, weekday, start and end, phase and MT re-tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessions")
        self.setAccessibleName(self.tr("Sessions"))
        self.sessions = SessionModel(self)
        self.setModel(self.sessions)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self._sized = False

    def show_view(self, view: CourseView, flags: DeliveryFlags | None = None) -> None:
        """Show the session list; columns are sized once, from the first rows (marked cells get room)."""
        self.sessions.set_view(view, flags)
        if not self._sized and self.sessions.rowCount():
            self.resizeColumnsToContents()
            self._sized = True
        if flags is not None:
            self._fit_marks(view, flags)

    def _fit_marks(self, view: CourseView, flags: DeliveryFlags) -> None:
        """Widen the end and %MSO columns for a marked cell (its words and icon are never cut off)."""
        if not flags.late_sessions and not flags.session_blocks_above_max_output:
            return  # nothing marked (the style's metrics are not asked for: Qt's style types are made on first use)
        icon = self.iconSize().width() if self.iconSize().isValid() else self.style().pixelMetric(
            self.style().PixelMetric.PM_SmallIconSize)
        bold = QFont(self.font())
        bold.setBold(True)  # marked cells are bold
        metrics = QFontMetrics(bold)
        # A row's index is its 1-based position: the first flagged row is found without walking the course.
        late = view.sessions[min(flags.late_sessions) - 1] if flags.late_sessions else None
        if late is not None:
            text = self.sessions.late_words(late, flags)[0]
            self.setColumnWidth(SessionModel.END, max(self.columnWidth(SessionModel.END),
                                                      metrics.horizontalAdvance(text) * 11 // 10 + icon + 16))
        if flags.session_blocks_above_max_output:
            row = min(flags.session_blocks_above_max_output)[0] - 1
            text = self.cell_text(row, SessionModel.MSO)
            self.setColumnWidth(SessionModel.MSO, max(self.columnWidth(SessionModel.MSO),
                                                      metrics.horizontalAdvance(text) * 11 // 10 + icon + 16))

    def rowCount(self) -> int:
        """Number of sessions shown."""
        return self.sessions.rowCount()

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        return str(self.sessions.data(self.sessions.index(row, column)) or "")

    def currentRow(self) -> int:
        """The selected row, or -1."""
        index = self.currentIndex()
        return index.row() if index.isValid() else -1


class DayTimetableView(QWidget):
    """The accelerated day: treatment days × sessions of the day, the longer side down the page (ten sessions
    a day for five days: a column per day, a row per session), so a whole course fits the panel's width.

    Each cell shows the session's start and end of stimulation (HH:mm) and the
    pause before it; a session ending after the clinic's closing time shows
    ⚠, the warning colour and 'after closing time'; a missed session says so.
    Shown only for courses of several sessions a day.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_timetable_view")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(f"<b>{self.tr('Day timetable')}</b>")
        self.note = make_note(QLabel(self.tr("Start–end of stimulation of each session and the pause before it.")))
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("day_timetable")
        self.table.setAccessibleName(self.tr("Day timetable"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self._transposed = False
        self._pending: tuple[CourseView, DeliveryFlags | None] | None = None  # shown when the tab is
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.title.setBuddy(self.table)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self.setVisible(False)

    @property
    def transposed(self) -> bool:
        """Whether days are columns (more sessions a day than days)."""
        self._fill_pending()
        return self._transposed

    def _place(self, day: int, session: int) -> tuple[int, int]:
        """The table cell (row, column) of a day's session (both 0-based)."""
        return (session, day) if self._transposed else (day, session)

    def day_count(self) -> int:
        """Number of days shown."""
        self._fill_pending()
        return self.table.columnCount() if self._transposed else self.table.rowCount()

    def session_count(self) -> int:
        """Number of sessions of the day shown (the most in any day)."""
        self._fill_pending()
        return self.table.rowCount() if self._transposed else self.table.columnCount()

    def item_at(self, day: int, session: int) -> QTableWidgetItem | None:
        """The cell of a day's session (0-based), None if empty."""
        self._fill_pending()
        return self.table.item(*self._place(day, session))

    def cell_text(self, day: int, session: int) -> str:
        """The text of a day's session (lines joined by newlines); '' for an empty cell."""
        item = self.item_at(day, session)
        return item.text() if item else ""

    def day_text(self, day: int) -> str:
        """The heading of a day, on one line ("Day 1 · Mon 21 Dec")."""
        self._fill_pending()
        item = (self.table.horizontalHeaderItem(day) if self._transposed else self.table.verticalHeaderItem(day))
        return item.text().replace("\n", " · ", 1) if item else ""

    def is_late(self, day: int, session: int) -> bool:
        """Whether a day's session is marked as ending after closing time."""
        item = self.item_at(day, session)
        return bool(item and item.data(Qt.ItemDataRole.UserRole) == "late")

    def _day_heading(self, day: DayTimetable) -> str:
        when = QLocale().toString(QDate(day.date.year, day.date.month, day.date.day), "ddd d MMM")
        text = self.tr("Day %1 · %2").replace("%1", str(day.day_number)).replace("%2", when) if day.day_number \
            else when
        if self._transposed:  # a column heading: the day above its date
            text = text.replace(" · ", "\n", 1)
        if day.phase != ACUTE:
            text += f" · {phase_words(day.phase, day.phase_name, words())}"
        if day.missed:
            text += " · " + self.tr("%n missed", "", day.missed)
        return text

    def _cell(self, session: SessionRow, flags: DeliveryFlags | None) -> QTableWidgetItem:
        lines = [f"{clock(session.start)}–{clock(session.end)}"]
        if session.pause_before_min is not None:
            lines.append(self.tr("pause %1 min").replace("%1", str(session.pause_before_min)))
        item = QTableWidgetItem()
        tip = self.tr("Session %1 of the day: stimulation %2–%3").replace("%1", str(session.index_in_day)) \
            .replace("%2", clock(session.start)).replace("%3", clock(session.end))
        if flags is not None and flags.is_late(session.index):
            closing = flags.clinic_closing_time
            lines[0] += f" {MARK}"  # the note above the table says what the mark means
            tip += "\n" + self.tr("Ends after the clinic's closing time (%1)").replace(
                "%1", closing.strftime("%H:%M") if closing is not None else "")
            item.setIcon(severity_icon(Severity.WARN))
            item.setForeground(QBrush(QColor(LATE_COLOUR)))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, "late")
        item.setText("\n".join(lines))
        item.setToolTip(tip)
        return item

    def _missed_cell(self, missed: NotDelivered) -> QTableWidgetItem:
        start = clock(missed.start) if missed.start is not None else ""
        item = QTableWidgetItem(self.tr("%1 missed").replace("%1", start).strip())
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        return item

    def show_view(self, view: CourseView, flags: DeliveryFlags | None = None) -> None:
        """Show the days of a course of several sessions a day; hide for one session a day.

        The table is filled when it is on screen, or when asked about: an edit
        of a long accelerated course made while another tab is open costs
        nothing here.
        """
        accelerated = view.sessions_per_day > 1
        self.setVisible(accelerated)
        if not accelerated:
            self._pending = None
            if self.table.rowCount():
                self.table.setRowCount(0)
            return
        self._pending = (view, flags)
        if self.isVisible():
            self._fill_pending()

    def showEvent(self, event: QShowEvent) -> None:
        self._fill_pending()
        super().showEvent(event)

    def _fill_pending(self) -> None:
        if self._pending is not None:
            view, flags = self._pending
            self._pending = None
            self._fill(view, flags)

    def _fill(self, view: CourseView, flags: DeliveryFlags | None) -> None:
        """Fill the table. Rows and columns share one height and one width, measured from the words
        shown, so a long accelerated course costs no per-cell sizing."""
        table = self.table
        closing = flags.clinic_closing_time if flags is not None else None
        late = flags is not None and any(flags.is_late(s.index) for d in view.days for s in d.sessions)
        legend = self.tr("%1 ends after the clinic's closing time (%2).").replace("%1", MARK).replace(
            "%2", clock(closing) if closing is not None else "") if late else ""
        self.note.setText(" ".join(filter(None, (self.tr("Start–end of stimulation of each session and the pause "
                                                         "before it."), legend))))
        missed: dict[dt.date, list[NotDelivered]] = {}
        for item in view.missed:
            missed.setdefault(item.date, []).append(item)
        columns = max([view.most_sessions_in_a_day, view.sessions_per_day,
                       *(s.index_in_day for d in view.days for s in d.sessions),
                       *(m.index_in_day or 0 for m in view.missed)])
        self._transposed = columns > len(view.days)  # more sessions a day than days: a column per day
        table.clear()
        rows, cols = self._place(len(view.days), columns)
        table.setRowCount(rows)
        table.setColumnCount(cols)
        for k in range(columns):
            number = QTableWidgetItem(str(k + 1))
            number.setToolTip(self.tr("Session %1 of the day").replace("%1", str(k + 1)))
            if self._transposed:
                table.setVerticalHeaderItem(k, number)
            else:
                table.setHorizontalHeaderItem(k, number)
        lines, texts = 1, set()
        for index, day in enumerate(view.days):
            heading = QTableWidgetItem(self._day_heading(day))
            if self._transposed:
                table.setHorizontalHeaderItem(index, heading)
                texts.update(heading.text().split("\n"))
            else:
                table.setVerticalHeaderItem(index, heading)
            cells = [(session.index_in_day, self._cell(session, flags)) for session in day.sessions]
            cells += [(item.index_in_day, self._missed_cell(item)) for item in missed.get(day.date, [])
                      if item.index_in_day is not None]
            for index_in_day, cell in cells:
                if table.item(*self._place(index, index_in_day - 1)) is None:
                    table.setItem(*self._place(index, index_in_day - 1), cell)
                    text = cell.text().split("\n")
                    lines = max(lines, len(text))
                    texts.update(text)
        self._size(cols, lines, texts, rows)

    def _size(self, columns: int, lines: int, texts: set[str], rows: int) -> None:
        table = self.table
        bold = QFont(table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        style = table.style()
        icon = style.pixelMetric(style.PixelMetric.PM_SmallIconSize)
        margin = 2 * style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin) + 12
        width = max(metrics.horizontalAdvance(text) for text in texts) + icon + margin
        for k in range(columns):
            table.setColumnWidth(k, width)
        row_height = metrics.lineSpacing() * lines + margin
        table.verticalHeader().setDefaultSectionSize(row_height)
        header = table.horizontalHeader().sizeHint().height()
        scroll_bar = style.pixelMetric(style.PixelMetric.PM_ScrollBarExtent)
        table.setFixedHeight(header + row_height * min(rows, 12) + 2 * table.frameWidth() + scroll_bar)


class DerivedPanel(QWidget):
    """Figures above the day timetable (several sessions a day) and the session list; a session can be
    marked as missed.

    ``doc`` is the plan's document: the panel reads the plan and the findings of
    the view it shows from it, to mark what cannot be delivered. Without one, the
    document of the window the panel is in is used.
    """

    missRequested = Signal(int, bool)  # row, whole day

    def __init__(self, doc: PlanDocument | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.figures = FiguresWidget()
        # The figures keep their full height (wrapped text never overlaps); the session list gives way.
        self.figures.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.day_view = DayTimetableView()
        self.sessions = SessionTable()
        self.sessions.setMinimumHeight(120)
        self.skipped = QLabel()
        self.skipped.setObjectName("skipped_dates")
        self.skipped.setWordWrap(True)
        layout.addWidget(self.figures)
        layout.addWidget(self.day_view)
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

    def _document(self) -> PlanDocument | None:
        if self.doc is None:
            found = self.window().findChild(PlanDocument)
            self.doc = found if isinstance(found, PlanDocument) else None
        return self.doc

    def flags_for(self, view: CourseView) -> DeliveryFlags | None:
        """The core's delivery flags of the view the document holds (None for any other view)."""
        doc = self._document()
        if doc is None or doc.results.view is not view:
            return None
        return delivery_flags(doc.plan, view, doc.results.findings)

    def show_results(self, view: CourseView, flags: DeliveryFlags | None = None) -> None:
        """Show the figures, the day timetable and the session list, marking what the flags say."""
        flags = flags if flags is not None else self.flags_for(view)
        self.figures.show_figures(view, flags)
        self.day_view.show_view(view, flags)
        self.sessions.show_view(view, flags)
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
        self._shown: tuple[Assessment, ...] | None = None

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        item = self.item(row, column)
        return item.text() if item else ""

    def show_assessments(self, due: tuple[Assessment, ...]) -> None:
        """Fill the table from the course view's outcome-measure dates (an edit that leaves them as they
        are, such as an intensity, leaves the table as it is)."""
        if due == self._shown:
            return
        self._shown = due
        self.setRowCount(len(due))
        c = words()
        for row, item in enumerate(due):
            weekday = QLocale().dayName(item.date.isoweekday(), QLocale.FormatType.ShortFormat)
            for col, value in enumerate((f"{item.date.isoformat()} {weekday}", c.evidence(item.scale, "short"),
                                         time_point_words(item.kind, item.weeks, c), rater_words(item.scale.rater, c))):
                cell = QTableWidgetItem(value)
                cell.setToolTip(c.evidence(item.scale, "name"))
                self.setItem(row, col, cell)
        self.resizeColumnsToContents()  # once per fill; a per-cell resize mode would be quadratic
