"""The Treatment record tab: sessions planned beside those delivered, side effects, MT history, findings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.messages import render_finding, translator_for
from tmsplanner.core.record_view import RecordView, ScaleTrend
from tmsplanner.core.vocab import (
    Severity,
)
from tmsplanner.gui.fields import (
    MARK,
    escape,
    make_note,
    vocab,
    words,
)
from tmsplanner.gui.findings_panel import COLOURS, readable, severity_icon
from tmsplanner.gui.treatment.chart import OutcomeChart
from tmsplanner.gui.treatment.common import (
    _SESSION_FIELD,
    ARROW,
    CORRECTED_MARK,
    StoreNote,
    _ShowsRecord,
    clock,
    count,
    date_text,
    number,
)

if TYPE_CHECKING:
    from tmsplanner.gui.treatment.view import TreatmentView


# -- the record panel -------------------------------------------------------------------------------------

def _fit_height(table: QTableWidget, most_rows: int) -> None:
    """Give a table the height of its rows (at most ``most_rows``; it scrolls beyond)."""
    header = table.horizontalHeader().sizeHint().height() if table.horizontalHeader().isVisible() else 0
    rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), most_rows)))
    if table.rowCount() == 0:
        rows = table.verticalHeader().defaultSectionSize()
    scroll = 0 if table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff else \
        table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # room for a horizontal scroll bar
    table.setFixedHeight(header + rows + 2 * table.frameWidth() + scroll)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 8)  # compact: many sessions
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return table


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    return item


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class RecordPanel(_ShowsRecord, QWidget):
    """The course as delivered: findings, sessions planned beside delivered, scores, side effects, MT history."""

    SESSION, CORRECTED, PLANNED, STATUS, BLOCKS = range(5)  # BLOCKS: the first block's %MSO

    def __init__(self, controller: TreatmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("record_panel")
        self.view: RecordView | None = None
        self.translator = translator_for(QLocale().name(), controller.kb)
        layout = QVBoxLayout(self)
        self.store_note = StoreNote(controller)
        layout.addWidget(self.store_note)
        self.summary = QLabel()
        self.summary.setObjectName("record_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.findings = _table("record_findings", [self.tr("Severity"), self.tr("Rule"), self.tr("Finding")])
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(self.tr("Findings on the delivered course"))
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.findings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.findings.itemSelectionChanged.connect(self._finding_chosen)
        self.findings_title = self._heading(layout, self.tr("Findings on the delivered course"), self.findings)
        self.no_findings = make_note(QLabel(self.tr("No findings on what was recorded.")))
        layout.addWidget(self.no_findings)
        layout.addWidget(self.findings)

        self.sessions = _table("record_sessions", [])
        self.sessions.setAccessibleName(self.tr("Sessions planned and delivered"))
        self._heading(layout, self.tr("Sessions: planned → delivered"), self.sessions)
        legend = make_note(QLabel(self.tr("Each block shows the planned value → the value delivered; %1 marks a "
                                          "corrected entry.").replace("%1", CORRECTED_MARK)))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        layout.addWidget(self.sessions)

        self.chart = OutcomeChart()
        self.chart.setObjectName("outcome_chart")
        self.chart.setAccessibleName(self.tr("Outcome scores"))
        self._heading(layout, self.tr("Outcome scores"), self.chart)
        layout.addWidget(self.chart)
        self.trends = QLabel()
        self.trends.setObjectName("record_trends")
        self.trends.setWordWrap(True)
        self.trends.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.trends)

        self.effects = _table("record_side_effects", [self.tr("Session"), self.tr("Date"), self.tr("Side effect"),
                                                      self.tr("Severity"), self.tr("Note")])
        self.effects.setAccessibleName(self.tr("Side effects"))
        self._heading(layout, self.tr("Side effects"), self.effects)
        self.no_effects = make_note(QLabel(self.tr("None recorded.")))
        layout.addWidget(self.no_effects)
        layout.addWidget(self.effects)

        self.mt = _table("record_mt_history", [self.tr("Date"), self.tr("Motor threshold"), self.tr("Kind"),
                                               self.tr("Method"), self.tr("Muscle"), self.tr("By"), self.tr("Reason")])
        self.mt.setAccessibleName(self.tr("Motor threshold history"))
        self._heading(layout, self.tr("Motor threshold"), self.mt)
        layout.addWidget(self.mt)
        layout.addStretch(1)

    def _heading(self, layout: QVBoxLayout, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(f"<b>{escape(text)}</b>")
        label.setBuddy(buddy)
        layout.addSpacing(label.fontMetrics().height() // 2)
        layout.addWidget(label)
        return label

    # -- words -----------------------------------------------------------------------------------------
    def status_words(self, status: str) -> str:
        """A session's status in the interface language."""
        return {"delivered": self.tr("delivered"), "shortened": self.tr("shortened"), "stopped": self.tr("stopped"),
                "missed": self.tr("missed"), "pending": self.tr("pending")}.get(status, status)

    def severity_word(self, severity: Severity) -> str:
        return {Severity.BLOCK: self.tr("BLOCK"), Severity.WARN: self.tr("WARN"),
                Severity.INFO: self.tr("INFO")}[severity]

    def message(self, finding: Finding) -> str:
        """A finding's message, rendered as the findings panel renders it."""
        return render_finding(finding, self.controller.kb.rules, self.translator)

    def show_store_problem(self, problem: str | None) -> None:
        self.store_note.show_problem(problem)

    # -- showing the record -------------------------------------------------------------------------------
    def show_view(self, view: RecordView) -> None:
        """Show the record view."""
        self.view = view
        self._show_summary(view)
        self._show_findings(view)
        self._show_sessions(view)
        self.chart.set_view(view)
        self.chart.setVisible(bool(self.chart.series()))  # without scores the words below say so
        self._show_trends(view)
        self._show_side_effects(view)
        self._show_mt(view)

    def _show_summary(self, view: RecordView) -> None:
        text = self.tr("%1 of %2 sessions delivered · %3 of %4 pulses").replace("%1", count(view.delivered_sessions)) \
            .replace("%2", count(view.planned_sessions)).replace("%3", count(view.delivered_pulses)) \
            .replace("%4", count(view.planned_pulses))
        if view.last_recorded is not None:
            text += " · " + self.tr("last recorded %1").replace("%1", date_text(view.last_recorded))
        if view.corrections:
            text += " · " + self.tr("%n correction(s)", "", len(view.corrections))
        if self.controller.doc.plan.plan_id is None:
            text += "\n" + self.tr("Nothing is recorded for this plan yet.")
        self.summary.setText(text)

    def _show_findings(self, view: RecordView) -> None:
        table = self.findings
        table.setRowCount(len(view.findings))
        for r, finding in enumerate(view.findings):
            severity = QTableWidgetItem(severity_icon(finding.severity), self.severity_word(finding.severity))
            colour = readable(COLOURS[finding.severity], table.palette().color(QPalette.ColorRole.Base))
            severity.setForeground(QBrush(colour))
            font = severity.font()
            font.setBold(True)
            severity.setFont(font)
            severity.setData(Qt.ItemDataRole.UserRole, finding.field)
            message = self.message(finding)
            table.setItem(r, 0, severity)
            table.setItem(r, 1, _item(finding.rule, self._rule_title(finding.rule)))
            table.setItem(r, 2, _item(message, message))
        self.no_findings.setVisible(not view.findings)
        table.setVisible(bool(view.findings))
        table.resizeRowsToContents()
        _fit_height(table, 6)

    def _rule_title(self, rule_id: str) -> str:
        rule = self.controller.kb.rules.get(rule_id)
        return words().gettext(rule.title, f"rule title {rule_id}") if rule is not None else rule_id

    def finding_lines(self) -> list[str]:
        """Each finding as shown: 'WARN · DLV-001 · message'."""
        return [" · ".join(_cell(self.findings, r, c) for c in range(3)) for r in range(self.findings.rowCount())]

    def _finding_chosen(self) -> None:
        """Choosing a finding selects the session it is about."""
        rows = {index.row() for index in self.findings.selectedIndexes()}
        if not rows or self.view is None:
            return
        item = self.findings.item(min(rows), 0)
        match = _SESSION_FIELD.match(str(item.data(Qt.ItemDataRole.UserRole) or "")) if item is not None else None
        if match is None:
            return
        number = int(match.group(1))
        for r, session in enumerate(self.view.sessions):
            if session.session == number:
                self.sessions.selectRow(r)
                self.sessions.scrollToItem(self.sessions.item(r, 0))
                break

    def session_columns(self, blocks: int) -> dict[str, int]:
        """Where each column of the session table is: the block values first after the status (a narrow panel
        shows them without scrolling), then when it was delivered and by whom."""
        columns = {"session": self.SESSION, "corrected": self.CORRECTED, "planned": self.PLANNED,
                   "status": self.STATUS}
        for k in range(blocks):
            columns[f"mso{k}"] = self.BLOCKS + 2 * k
            columns[f"pulses{k}"] = self.BLOCKS + 2 * k + 1
        columns["delivered"] = self.BLOCKS + 2 * blocks
        columns["operator"] = self.BLOCKS + 2 * blocks + 1
        return columns

    def _show_sessions(self, view: RecordView) -> None:
        table = self.sessions
        blocks = max((len(s.blocks) for s in view.sessions), default=0)
        columns = self.session_columns(blocks)
        headers = [self.tr("No."), CORRECTED_MARK, self.tr("Planned"), self.tr("Status")]
        for k in range(1, blocks + 1):
            headers += [self.tr("Block %1 % MSO").replace("%1", str(k)),
                        self.tr("Block %1 pulses").replace("%1", str(k))]
        headers += [self.tr("Delivered"), self.tr("Operator")]
        if table.columnCount() != len(headers):
            table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        corrected_header = table.horizontalHeaderItem(self.CORRECTED)
        if corrected_header is not None:
            corrected_header.setToolTip(self.tr("Corrected entry"))
            corrected_header.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Corrected entry"))
        marks = self._marks(view, columns)
        table.setRowCount(len(view.sessions))
        for r, s in enumerate(view.sessions):
            held = s.held_against  # as planned by the version the session was delivered under
            planned = f"{date_text(held.date, 'ddd d MMM')} {clock(held.start)}" if held else "—"
            delivered, tip = "", ""
            if s.record is not None:
                delivered = date_text(s.record.date, "ddd d MMM")
                if s.record.start is not None and s.record.end is not None:
                    delivered += f" {clock(s.record.start)}–{clock(s.record.end)}"
                if s.pause_before_min is not None:
                    tip = self.tr("%1 min after the previous session").replace("%1", str(s.pause_before_min))
            elif s.deviation is not None:
                delivered = date_text(s.deviation.date, "ddd d MMM")
            status = self.status_words(s.status)
            status_tip = ""
            if s.deviation is not None and s.deviation.reason:
                status_tip = s.deviation.reason
            if s.record is not None and s.record.side_effects:
                status += f" · {MARK}"
                status_tip = "\n".join(filter(None, [status_tip, self.tr("Side effects: %1").replace(
                    "%1", ", ".join(vocab(e.kind) for e in s.record.side_effects))]))
            reason = s.entry.correction_reason if s.corrected and s.entry is not None else None
            mark = _item(CORRECTED_MARK if s.corrected else "",
                         self.tr("Corrected: %1").replace("%1", reason or "") if s.corrected else "")
            if s.corrected:
                mark.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("corrected"))
            cells = {"session": _item(str(s.session)), "corrected": mark, "planned": _item(planned),
                     "status": _item(status, status_tip), "delivered": _item(delivered, tip),
                     "operator": _item(s.record.operator if s.record is not None else "")}
            for k in range(blocks):
                b = s.blocks[k] if k < len(s.blocks) else None
                if b is None:
                    cells[f"mso{k}"], cells[f"pulses{k}"] = _item(""), _item("")
                    continue
                cells[f"mso{k}"] = _item(self._planned_delivered(b.planned_pct_mso, b.delivered_pct_mso, number),
                                         self.tr("Interrupted") if b.interrupted else "")
                pulses = self._planned_delivered(b.planned_pulses, b.delivered_pulses, count)
                cells[f"pulses{k}"] = _item(pulses + (" · " + self.tr("interrupted") if b.interrupted else ""))
            for key, cell in cells.items():
                c = columns[key]
                if key in ("session", "corrected"):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                found = marks.get((s.session, c))
                if found is not None:
                    severity, why = found
                    cell.setIcon(severity_icon(severity))
                    cell.setForeground(QBrush(readable(COLOURS[severity],
                                                       table.palette().color(QPalette.ColorRole.Base))))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                    cell.setToolTip("\n".join(filter(None, [why, cell.toolTip()])))
                table.setItem(r, c, cell)
        table.resizeColumnsToContents()
        _fit_height(table, 8)

    def _planned_delivered(self, planned: float | None, delivered: float | None,
                           text: Callable[[Any], str]) -> str:
        if delivered is None:
            return text(planned) if planned is not None else ""
        return f"{text(planned) if planned is not None else '—'} {ARROW} {text(delivered)}"

    def _marks(self, view: RecordView, columns: dict[str, int]) -> dict[tuple[int, int], tuple[Severity, str]]:
        """The cells a finding names: (session, column) → the most severe finding's severity and the messages."""
        found: dict[tuple[int, int], tuple[Severity, str]] = {}
        for finding in view.findings:
            match = _SESSION_FIELD.match(finding.field)
            if match is None:
                continue
            session, block, what, tail = match.groups()
            if block is not None:
                column = columns.get(f"{'pulses' if what == 'pulses' else 'mso'}{block}", self.STATUS)
            elif tail in ("start", "end"):
                column = columns["delivered"]
            elif tail is not None:
                column = self.STATUS
            else:
                column = self.SESSION
            key = (int(session), column)
            message = f"{finding.rule}: {self.message(finding)}"
            if key in found:
                severity, text = found[key]
                found[key] = (min(severity, finding.severity, key=lambda s: s.rank), f"{text}\n{message}")
            else:
                found[key] = (finding.severity, message)
        return found

    def session_cells(self, row: int) -> list[str]:
        """The texts of one row of the session table."""
        return [_cell(self.sessions, row, c) for c in range(self.sessions.columnCount())]

    def _show_trends(self, view: RecordView) -> None:
        lines = [self.trend_words(t) for t in view.trends if t.points]
        if not lines:
            lines = [self.tr("No scores recorded yet.")]
        self.trends.setText("\n".join(lines))

    def trend_words(self, trend: ScaleTrend) -> str:
        """A scale's course in words: baseline, latest, change, response and remission."""
        scale = words().evidence(trend.scale, "short")
        if trend.baseline is None:
            return scale
        text = self.tr("%1: baseline %2 (%3)").replace("%1", scale).replace("%2", number(trend.baseline.value)) \
            .replace("%3", date_text(trend.baseline.date, "d MMM yyyy"))
        if trend.latest is not None:
            text += ", " + self.tr("latest %1 (%2)").replace("%1", number(trend.latest.value)) \
                .replace("%2", date_text(trend.latest.date, "d MMM yyyy"))
        if trend.change_pct is not None:
            change = QLocale().toString(float(trend.change_pct), "f", 1)
            text += ", " + self.tr("%1% lower than baseline").replace("%1", change)
        text += ". "
        criteria = trend.scale.response
        if criteria is None or (criteria.response_reduction_pct is None and criteria.remission_at_most is None):
            return text + self.tr("The evidence base gives no response or remission threshold for this scale.")
        parts = []
        if criteria.response_reduction_pct is not None:
            parts.append(self._verdict_words(self.tr("Response"), trend.responder))
        if criteria.remission_at_most is not None:
            parts.append(self._verdict_words(self.tr("Remission"), trend.remitter))
        return text + " ".join(parts)

    def _verdict_words(self, what: str, state: bool | None) -> str:
        if state is None:
            return self.tr("%1: not yet known (no score after baseline).").replace("%1", what)
        return (self.tr("%1: yes.") if state else self.tr("%1: no.")).replace("%1", what)

    def _show_side_effects(self, view: RecordView) -> None:
        table = self.effects
        table.setRowCount(len(view.side_effects))
        for r, note in enumerate(view.side_effects):
            for c, text in enumerate((str(note.session), date_text(note.date, "d MMM yyyy"), vocab(note.effect.kind),
                                      vocab(note.effect.severity), note.effect.note or "")):
                table.setItem(r, c, _item(text))
        self.no_effects.setVisible(not view.side_effects)
        table.setVisible(bool(view.side_effects))
        table.resizeColumnsToContents()
        _fit_height(table, 6)

    def _show_mt(self, view: RecordView) -> None:
        table = self.mt
        table.setRowCount(len(view.mt_history))
        for r, point in enumerate(view.mt_history):
            who = point.operator or ("" if point.retest else self.tr("plan"))
            for c, text in enumerate((date_text(point.date, "d MMM yyyy"),
                                      f"{number(point.value_pct_mso)}% MSO", vocab(point.kind), vocab(point.method),
                                      vocab(point.muscle), who, point.reason or "")):
                table.setItem(r, c, _item(text))
        table.resizeColumnsToContents()
        _fit_height(table, 6)
