"""The live check: the overall verdict and every finding, with severity shown by icon, word and colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from tmsplanner.core.course_view import VerdictSummary
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.messages import Translator, render_finding, translator_for
from tmsplanner.core.vocab import Severity
from tmsplanner.gui.document import Results

COLOURS = {Severity.BLOCK: "#b00020", Severity.WARN: "#9a6400", Severity.INFO: "#1f5f99"}
OK_COLOUR = "#2e7d32"


@cache
def severity_icon(severity: Severity | None, size: int = 32) -> QIcon:
    """A shape per severity (octagon, triangle, circle; a ticked square for OK) so colour is not the only cue."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[severity] if severity else OK_COLOUR)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    s = float(size)
    if severity == Severity.BLOCK:
        k = s * 0.29
        points = [(k, 0), (s - k, 0), (s, k), (s, s - k), (s - k, s), (k, s), (0, s - k), (0, k)]
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    elif severity == Severity.WARN:
        painter.drawPolygon(QPolygonF([QPointF(s / 2, 1), QPointF(s - 1, s - 2), QPointF(1, s - 2)]))
    elif severity == Severity.INFO:
        painter.drawEllipse(1, 1, size - 2, size - 2)
    else:
        painter.drawRoundedRect(2, 2, size - 4, size - 4, 4, 4)
    if severity is None:  # a drawn tick: the font may lack the tick glyph
        pen = painter.pen()
        pen.setColor(QColor("white"))
        pen.setWidthF(s * 0.12)
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawPolyline(QPolygonF([QPointF(s * 0.25, s * 0.52), QPointF(s * 0.43, s * 0.7),
                                        QPointF(s * 0.75, s * 0.3)]))
        painter.end()
        return QIcon(pixmap)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(int(s * 0.6))
    painter.setFont(font)
    mark = {Severity.BLOCK: "!", Severity.WARN: "!", Severity.INFO: "i"}[severity]
    painter.drawText(pixmap.rect().adjusted(0, int(s * 0.08) if severity == Severity.WARN else 0, 0, 0),
                     Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)


def short_citation(kb: KnowledgeBase, ref_id: str) -> str:
    """'O'Reardon 2007' from a reference id."""
    ref = kb.references.get(ref_id)
    if ref is None:
        return ref_id
    if not ref.authors_seen:  # never "Authors not seen" on screen: the reference's id names it
        return f"{ref_id.replace('-', ' ')} {ref.year or 'n.d.'}"
    first = ref.authors.split(",")[0].split(" et al")[0].strip()
    if len(first.split()) > 3:  # an organisation, not "Surname AB"
        return ref_id.replace("-", " ").upper()
    surname = first.split(" ")[0] if " " in first else first
    return f"{surname} {ref.year or 'n.d.'}"


class FindingsPanel(QWidget):
    """Verdict banner and the list of findings; activating a finding asks to focus its field."""

    fieldRequested = Signal(str)

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.translator: Translator = translator_for(language, kb)  # finding messages in the interface language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        banner = QWidget()
        banner.setObjectName("verdict_banner")
        row = QHBoxLayout(banner)
        self.verdict_icon = QLabel()
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.setWordWrap(True)
        row.addWidget(self.verdict_icon)
        row.addWidget(self.verdict, 1)
        self.banner = banner
        layout.addWidget(banner)
        self.list = QListWidget()
        self.list.setObjectName("findings")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        layout.addWidget(self.list, 1)

    def verdict_words(self, summary: VerdictSummary) -> tuple[str, Severity | None]:
        """The verdict sentence for the course view's counts, and the severity that sets its icon and colour."""
        blocks, warns = summary.blocking, summary.warnings
        if blocks:
            return self.tr("BLOCKED: %n blocking finding(s) — must not be delivered as planned", "", blocks), \
                Severity.BLOCK
        if warns:
            return self.tr("No blocking findings · %n warning(s) to review", "", warns), Severity.WARN
        return self.tr("No blocking findings"), None

    def show_results(self, results: Results) -> None:
        """Show the verdict and findings of the current plan."""
        assert results.view.verdict is not None  # the document builds the view with its findings
        words, severity = self.verdict_words(results.view.verdict)
        self.verdict.setText(words)
        self.verdict_icon.setPixmap(severity_icon(severity, 28).pixmap(28, 28))
        colour = COLOURS[severity] if severity else OK_COLOUR
        self.banner.setStyleSheet(f"#verdict_banner {{ border: 2px solid {colour}; border-radius: 4px; }}"
                                  f"#verdict {{ color: {colour}; }}")
        self.list.clear()
        names = {Severity.BLOCK: self.tr("BLOCK"), Severity.WARN: self.tr("WARN"), Severity.INFO: self.tr("INFO")}
        for finding in results.findings:
            cites = ", ".join(short_citation(self.kb, c) for c in finding.citations)
            lines = [f"{names[finding.severity]} · {finding.rule}",
                     render_finding(finding, self.kb.rules, self.translator)]
            if cites:
                lines.append(f"[{cites}]")
            if finding.unverified:
                lines.append(self.tr("Rests on UNVERIFIED data."))
            item = QListWidgetItem(severity_icon(finding.severity), "\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, finding.field)
            item.setToolTip(self.tr("Field: %s — click to go to it") % finding.field)
            self.list.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        self.fieldRequested.emit(item.data(Qt.ItemDataRole.UserRole))
