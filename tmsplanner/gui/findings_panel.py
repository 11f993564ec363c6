"""The live check: the overall verdict and every finding, one line each, with the full text on demand.

Each finding is one line: a severity icon (its shape differs per severity) and
the severity word, the rule id, the rule's title in the interface language and
the short part that is this finding's own (the block, the drug...), elided to
the width. Findings of the same rule form one group line that opens to them.
The full message, the citations and the unverified note of the current line are
shown in the details area below the list. That the bundled safety table is
unverified (SAFE-TABLE-001) is said once, on a line under the verdict; each
finding that rests on unverified data carries a small † marker instead.

Keyboard: arrow keys move (right/left open and close a group), Enter opens a
group or goes to the finding's field, Tab reaches the table line and the
details. A click on a finding goes to its field, as Enter does.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QMouseEvent, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.course_view import VerdictSummary
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.fieldnames import field_words
from tmsplanner.core.i18n import Catalogue, catalogue
from tmsplanner.core.messages import Translator, render_finding, translator_for
from tmsplanner.core.vocab import Severity
from tmsplanner.gui.document import Results
from tmsplanner.gui.fields import escape

# Base colours of the severities. Each passes WCAG AA (4.5:1) as text on white and on the usual light window
# grey, and keeps a white glyph on the icon at 4.5:1 or more; on screen the text colour is derived from these for
# the actual background (see readable()).
COLOURS = {Severity.BLOCK: "#b00020", Severity.WARN: "#855600", Severity.INFO: "#1f5f99"}
OK_COLOUR = "#276a2b"
TABLE_RULE = "SAFE-TABLE-001"  # said once, under the verdict, not as a line of the list
UNVERIFIED_MARK = "†"
AA_NORMAL_TEXT = 4.5  # WCAG 2 AA, normal text
FIELD_ROLE = Qt.ItemDataRole.UserRole  # a finding line: the plan path of its field
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # a finding line: its index in the shown findings; a group: its rule id


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


def _luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor | str, background: QColor, minimum: float = AA_NORMAL_TEXT) -> QColor:
    """``colour``, darkened on a light background or lightened on a dark one until it reaches ``minimum``.

    The hue stays, so a severity keeps its colour on any palette; black or white is the last resort.
    """
    base = QColor(colour)
    if contrast_ratio(base, background) >= minimum:
        return base
    dark_background = _luminance(background) < 0.18
    hue, saturation, lightness = max(base.hslHueF(), 0.0), base.hslSaturationF(), base.lightnessF()  # -1: grey
    for step in range(1, 21):
        target = lightness + (1 - lightness) * step / 20 if dark_background else lightness * (1 - step / 20)
        candidate = QColor.fromHslF(hue, saturation, target)
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return QColor("white" if dark_background else "black")


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


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ElidedLabel(QLabel):
    """A one-line label that elides its text to the width it is given (it never widens the panel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def elided_text(self) -> str:
        """The text as drawn at the current width."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.elided_text())
        painter.end()


class TableNote(QFrame):
    """The one line saying that the safety table in force is unverified; Enter, Space or a click shows it in full."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unverified_table")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("#unverified_table { border: 1px solid transparent; border-radius: 3px; }"
                           "#unverified_table:focus { border: 1px solid palette(highlight); }")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.icon = QLabel()
        self.icon.setPixmap(severity_icon(Severity.INFO, 16).pixmap(16, 16))
        self.label = ElidedLabel()
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)

    def text(self) -> str:
        """The whole line (it is elided on screen)."""
        return self.label.text()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.activated.emit()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.activated.emit()  # reaching the line shows it in full, as moving to a finding does


class FindingTree(QTreeWidget):
    """The findings, one line each; Enter is the panel's to handle (open a group, go to a field)."""

    enterPressed = Signal(QTreeWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.enterPressed.emit(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)


class FindingsPanel(QWidget):
    """Verdict banner, the unverified-table line and the findings; activating a finding asks to focus its field."""

    fieldRequested = Signal(str)

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        language = language or QLocale().name()  # the interface language (the application set Qt's default)
        self.translator: Translator = translator_for(language, kb)  # finding messages in the interface language
        self.words: Catalogue = catalogue(language)  # rule titles and field names, in the same language
        self._shown: list[Finding] = []
        self._table: Finding | None = None
        self._note_current = False
        self._banner_severity: Severity | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        banner = QWidget()
        banner.setObjectName("verdict_banner")
        banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
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
        self.table_note = TableNote()
        self.table_note.activated.connect(self._show_table_note)
        self.table_note.hide()
        layout.addWidget(self.table_note)
        self.list = FindingTree()
        self.list.setObjectName("findings")
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.setAccessibleDescription(
            self.tr("Arrow keys move between findings; Enter opens a group or goes to the finding's field."))
        self.list.setColumnCount(2)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(True)
        self.list.setUniformRowHeights(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setExpandsOnDoubleClick(False)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.list.fontMetrics().horizontalAdvance(UNVERIFIED_MARK * 3) + 6)
        self.list.itemClicked.connect(self._clicked)
        self.list.enterPressed.connect(self._entered)
        self.list.currentItemChanged.connect(self._current_changed)
        self.details = QTextBrowser()
        self.details.setObjectName("finding_details")
        self.details.setAccessibleName(self.tr("Finding in full"))
        self.details.setOpenLinks(False)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details.setPlaceholderText(self.tr("Select a finding to read it in full."))
        self.details.hide()  # shown while a finding is chosen
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.split = split
        layout.addWidget(split, 1)
        self.setTabOrder(self.table_note, self.list)
        self.setTabOrder(self.list, self.details)

    # -- words ---------------------------------------------------------------------------------------------
    def verdict_words(self, summary: VerdictSummary) -> tuple[str, Severity | None]:
        """The verdict sentence for the course view's counts, and the severity that sets its icon and colour."""
        blocks, warns = summary.blocking, summary.warnings
        if blocks:
            return self.tr("BLOCKED: %n blocking finding(s) — must not be delivered as planned", "", blocks), \
                Severity.BLOCK
        if warns:
            return self.tr("No blocking findings · %n warning(s) to review", "", warns), Severity.WARN
        return self.tr("No blocking findings"), None

    def severity_word(self, severity: Severity) -> str:
        """BLOCK, WARN or INFO in the interface language."""
        return {Severity.BLOCK: self.tr("BLOCK"), Severity.WARN: self.tr("WARN"), Severity.INFO: self.tr("INFO")}[
            severity]

    def rule_title(self, rule_id: str) -> str:
        """A rule's title from the catalogue, in the interface language."""
        rule = self.kb.rules.get(rule_id)
        return self.words.gettext(rule.title, f"rule title {rule_id}") if rule is not None else rule_id

    def specific(self, finding: Finding) -> str:
        """The short part that is this finding's own: the medication, the block or the screening item ('' if none)."""
        params = finding.params
        if "name" in params:
            name = str(params["name"])
            if "drug" in params:
                drug = self.translator.label("medication", str(params["drug"]))
                if drug.casefold() != name.casefold():
                    return f"{name} ({drug})"
            return name
        block = params.get("block")
        if isinstance(block, int) and not isinstance(block, bool) and block > 0:
            return field_words(f"blocks[{block - 1}]", self.words)
        if "question" in params and finding.field.startswith("screening."):
            return self.translator.label("screening_item", finding.field.split(".")[1])
        return ""

    def message(self, finding: Finding) -> str:
        """The finding's full message in the interface language."""
        return render_finding(finding, self.kb.rules, self.translator)

    def headline(self, finding: Finding) -> str:
        """'WARN · MED-002 · Medication: relative seizure-threshold hazard — sertraline'."""
        line = f"{self.severity_word(finding.severity)} · {finding.rule} · {self.rule_title(finding.rule)}"
        specific = self.specific(finding)
        return f"{line} — {specific}" if specific else line

    def _cites(self, finding: Finding) -> str:
        return ", ".join(short_citation(self.kb, c) for c in finding.citations)

    # -- showing the results ---------------------------------------------------------------------------------
    def show_results(self, results: Results) -> None:
        """Show the verdict and findings of the current plan, keeping the open groups and the current line."""
        assert results.view.verdict is not None  # the document builds the view with its findings
        words, severity = self.verdict_words(results.view.verdict)
        self.verdict.setText(words)
        self.verdict_icon.setPixmap(severity_icon(severity, 28).pixmap(28, 28))
        self.verdict_icon.setAccessibleName(self.severity_word(severity) if severity else words)
        self._banner_severity = severity
        self._style_banner()

        tree = self.list
        current_item = tree.currentItem()
        current = self._key_of(current_item) if current_item is not None else None
        opened = {item.data(0, KEY_ROLE) for item in self.top_items() if item.isExpanded()}
        scroll = tree.verticalScrollBar().value()

        findings = list(results.findings)
        self._table = next((f for f in findings if f.rule == TABLE_RULE), None)
        self._shown = [f for f in findings if f is not self._table]
        groups: dict[str, list[int]] = {}
        for index, finding in enumerate(self._shown):  # in the order given: most severe first
            groups.setdefault(finding.rule, []).append(index)

        tree.blockSignals(True)
        try:
            tree.clear()
            by_key: dict[object, QTreeWidgetItem] = {}
            for rule_id, members in groups.items():
                if len(members) == 1:
                    item = self._finding_item(members[0], child=False)
                    tree.addTopLevelItem(item)
                else:
                    item = self._group_item(rule_id, members)
                    tree.addTopLevelItem(item)
                    for index in members:
                        child = self._finding_item(index, child=True)
                        item.addChild(child)
                        by_key[self._key_of(child)] = child
                    item.setExpanded(rule_id in opened)
                by_key[self._key_of(item)] = item
            restored = by_key.get(current) if current is not None else None
            if restored is not None:
                tree.setCurrentItem(restored)
        finally:
            tree.blockSignals(False)
        tree.verticalScrollBar().setValue(scroll)

        if self._table is not None:
            table = self._table
            self.table_note.label.setText(f"{UNVERIFIED_MARK} {self.headline(table)}: {table.params.get('table', '')}")
            self.table_note.setToolTip(self._tooltip(table, with_field=False))
            self.table_note.setAccessibleName(self.table_note.text())
            self.table_note.setAccessibleDescription(self.message(table))
            self.table_note.show()
        else:
            self.table_note.hide()
            self._note_current = False
        if self._note_current:
            self._show_table_note()
        else:
            self._show_details(tree.currentItem())

    def _finding_item(self, index: int, child: bool) -> QTreeWidgetItem:
        finding = self._shown[index]
        headline = self.headline(finding)
        if child:  # the group line above says the rule and its title
            specific = self.specific(finding) or _one_line(self.message(finding))
            text = f"{self.severity_word(finding.severity)} · {specific}"
        else:
            text = headline
        item = QTreeWidgetItem([text, UNVERIFIED_MARK if finding.unverified else ""])
        item.setIcon(0, severity_icon(finding.severity))
        item.setData(0, FIELD_ROLE, finding.field)
        item.setData(0, KEY_ROLE, index)
        item.setToolTip(0, self._tooltip(finding))
        unverified = self.tr("Rests on UNVERIFIED data.")
        accessible = headline + (f" · {unverified}" if finding.unverified else "")
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, accessible)
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self.message(finding))
        if finding.unverified:
            item.setToolTip(1, unverified)
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, unverified)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
        return item

    def _group_item(self, rule_id: str, members: list[int]) -> QTreeWidgetItem:
        findings = [self._shown[i] for i in members]
        severity = min((f.severity for f in findings), key=lambda s: s.rank)
        text = f"{self.severity_word(severity)} · {rule_id} · {self.rule_title(rule_id)} ({len(findings)})"
        unverified = any(f.unverified for f in findings)
        item = QTreeWidgetItem([text, UNVERIFIED_MARK if unverified else ""])
        item.setIcon(0, severity_icon(severity))
        item.setData(0, FIELD_ROLE, None)
        item.setData(0, KEY_ROLE, rule_id)
        item.setToolTip(0, "<p>" + "</p><p>".join(escape(self.message(f)) for f in findings) + "</p>")
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, text)
        if unverified:
            words = self.tr("Rests on UNVERIFIED data.")
            item.setToolTip(1, words)
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, words)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
        return item

    def _tooltip(self, finding: Finding, with_field: bool = True) -> str:
        parts = [escape(self.message(finding))]
        if cites := self._cites(finding):
            parts.append(escape(f"[{cites}]"))
        if with_field:
            parts.append("<i>" + escape(self.tr("Field: %s — click to go to it")
                                             % field_words(finding.field, self.words)) + "</i>")
        return "<p>" + "</p><p>".join(parts) + "</p>"

    def _key_of(self, item: QTreeWidgetItem) -> object:
        """What identifies a line across refreshes: the rule for a group, the finding's content for a finding."""
        key = item.data(0, KEY_ROLE)
        if isinstance(key, str):
            return ("group", key)
        finding = self._shown[key] if isinstance(key, int) and 0 <= key < len(self._shown) else None
        if finding is None:
            return None
        return ("finding", finding.rule, finding.field, finding.variant, repr(sorted(finding.params.items())))

    # -- details ---------------------------------------------------------------------------------------------
    def _finding_html(self, finding: Finding, heading: bool = True) -> str:
        parts = []
        if heading:
            parts.append(f"<p><b>{escape(self.headline(finding))}</b></p>")
        parts.append(f"<p>{escape(self.message(finding))}</p>")
        if cites := self._cites(finding):
            parts.append("<p>" + escape(self.tr("Sources: %1").replace("%1", cites)) + "</p>")
        if finding.unverified:
            unverified = self.tr("Rests on UNVERIFIED data.")
            parts.append(f"<p>{UNVERIFIED_MARK} {escape(unverified)}</p>")
        return "".join(parts)

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        # The details take room from the figures only while a finding is chosen (a small screen needs it).
        self.details.setVisible(item is not None or self._note_current)
        if item is None:
            self.details.clear()
            return
        key = item.data(0, KEY_ROLE)
        if isinstance(key, int):
            finding = self._shown[key]
            text = self._finding_html(finding) + "<p><i>" + escape(
                self.tr("Field: %s — click to go to it") % field_words(finding.field, self.words)) + "</i></p>"
        else:
            members = [child.data(0, KEY_ROLE) for child in _children(item)]
            text = f"<p><b>{escape(item.text(0))}</b></p><ol>" + "".join(
                f"<li>{self._finding_html(self._shown[i], heading=False)}</li>" for i in members) + "</ol>"
        self.details.setHtml(text)

    def _show_table_note(self) -> None:
        if self._table is None:
            return
        self._note_current = True
        self.list.blockSignals(True)
        self.list.setCurrentIndex(QModelIndex())
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.details.setVisible(True)
        self.details.setHtml(self._finding_html(self._table) + "<p>" + escape(self.tr(
            "The train-duration findings marked † rest on this table. A physician should check it, or the clinic "
            "load its own table in Settings.")) + "</p>")

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            self._note_current = False
        self._show_details(current)

    # -- activation ------------------------------------------------------------------------------------------
    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self._activate(item)

    def _entered(self, item: QTreeWidgetItem) -> None:
        self._activate(item)

    def _activate(self, item: QTreeWidgetItem) -> None:
        """A group opens or closes; a finding asks for its field."""
        field = item.data(0, FIELD_ROLE)
        if field is None:
            item.setExpanded(not item.isExpanded())
            return
        self.fieldRequested.emit(field)

    # -- for tests and assistive checks ---------------------------------------------------------------------
    def top_items(self) -> list[QTreeWidgetItem]:
        """The lines of the list: single findings and group lines."""
        root = self.list.invisibleRootItem()
        return list(_children(root)) if root is not None else []

    def finding_items(self) -> list[QTreeWidgetItem]:
        """One line per finding shown in the list (a group's findings are its children)."""
        return [leaf for item in self.top_items() for leaf in _leaves(item)]

    def lines(self) -> list[str]:
        """The text of every line the panel shows: the table line, then the list's lines with their children."""
        out = [self.table_note.text()] if not self.table_note.isHidden() else []
        for item in self.top_items():
            out.append(item.text(0))
            out += [child.text(0) for child in _children(item)]
        return out

    def shown_count(self) -> int:
        """How many findings the panel shows (the table line counts as one)."""
        return len(self.finding_items()) + (0 if self.table_note.isHidden() else 1)

    # -- colours -----------------------------------------------------------------------------------------------
    def banner_colours(self) -> tuple[QColor, QColor]:
        """The verdict's text (and border) colour and the banner's background, as drawn now."""
        background = self.palette().color(QPalette.ColorRole.Window)
        severity = self._banner_severity
        return readable(COLOURS[severity] if severity else OK_COLOUR, background), background

    def _style_banner(self) -> None:
        text, background = self.banner_colours()
        sheet = (f"#verdict_banner {{ border: 2px solid {text.name()}; border-radius: 4px; "
                 f"background-color: {background.name()}; }}"
                 f"#verdict {{ color: {text.name()}; }}")
        if self.banner.styleSheet() != sheet:  # a new sheet re-polishes the banner: only when the verdict changes
            self.banner.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a light or dark theme: the verdict stays readable
            self._style_banner()


def _children(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    for i in range(item.childCount()):
        child = item.child(i)
        if child is not None:
            yield child


def _leaves(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    """The item itself for a single finding, its findings for a group."""
    if item.childCount() == 0:
        yield item
    else:
        yield from _children(item)
