"""The findings panel of the real window: one line per finding, details on demand, groups, the unverified
table said once, keyboard operation, the interface language and readable colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from tmsplanner.core.i18n import catalogue
from tmsplanner.core.messages import render_finding, translator_for
from tmsplanner.core.plan import MedicationEntry
from tmsplanner.core.settings import AppSettings
from tmsplanner.core.vocab import Severity
from tmsplanner.gui import findings_panel
from tmsplanner.gui.findings_panel import COLOURS, OK_COLOUR, FindingsPanel
from tmsplanner.gui.main_window import MainWindow

PRESET = "neurostar-10hz-ldlpfc"


def panel(win: MainWindow) -> FindingsPanel:
    return win.findings


def title(kb, rule_id: str) -> str:
    return kb.rules[rule_id].title


def item_for(win: MainWindow, rule_id: str) -> QTreeWidgetItem:
    return next(i for i in panel(win).top_items() if f" · {rule_id} · " in i.text(0))


def with_medications(win: MainWindow, *names: str) -> None:
    win.doc.apply("medications", [MedicationEntry(name=n) for n in names], "Medications", merge=False)


def test_one_line_per_finding_with_rule_id_and_title(window, kb) -> None:
    window.apply_preset(PRESET)
    window.doc.apply("blocks.0.pattern.inter_train_interval_s", 1.0)
    p = panel(window)
    findings = window.doc.results.findings
    assert p.shown_count() == len(findings)
    line_height = p.list.fontMetrics().lineSpacing()
    for item in p.top_items():
        text = item.text(0)
        assert "\n" not in text
        rule_id = text.split(" · ")[1]
        assert rule_id in kb.rules and title(kb, rule_id) in text
        assert p.list.visualItemRect(item).height() < 2 * line_height  # one row, never a wrapped paragraph
    single = item_for(window, "SAFE-ITI-001")
    assert single.text(0) == "BLOCK · SAFE-ITI-001 · Pause between trains of 1 s or less above 100% MT — Block 1"
    # the full message is not on the line; the line elides to the width, the list never scrolls sideways
    message = render_finding(next(f for f in findings if f.rule == "SAFE-ITI-001"), kb.rules, translator_for("en", kb))
    assert message not in single.text(0)
    assert p.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert p.list.textElideMode() == Qt.TextElideMode.ElideRight


def test_details_on_demand_hold_the_full_message_and_citations(window, kb, qtbot) -> None:
    window.apply_preset(PRESET)
    p = panel(window)
    assert p.details.toPlainText() == ""  # nothing until a finding is chosen
    item = item_for(window, "EVD-005")
    p.list.setCurrentItem(item)
    finding = next(f for f in window.doc.results.findings if f.rule == "EVD-005")
    text = p.details.toPlainText()
    assert render_finding(finding, kb.rules, translator_for("en", kb)) in text
    for ref in finding.citations:
        assert findings_panel.short_citation(kb, ref) in text
    assert "O'Reardon 2007" in text and "Field: Block 1" in text


def test_three_ssris_form_one_group_of_three(window, kb) -> None:
    with_medications(window, "Sertraline", "Fluoxetine", "Citalopram")
    p = panel(window)
    groups = [i for i in p.top_items() if " · MED-002 · " in i.text(0)]
    assert len(groups) == 1
    group = groups[0]
    assert "MED-002 · Medication: relative seizure-threshold hazard (3)" in group.text(0)
    assert group.childCount() == 3 and not group.isExpanded()
    children = [group.child(i).text(0) for i in range(3)]
    assert children == ["WARN · Sertraline", "WARN · Fluoxetine", "WARN · Citalopram"]
    assert [group.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(3)] == [
        f"medications[{i}].name" for i in range(3)]
    # the group's details list each finding in full
    p.list.setCurrentItem(group)
    assert p.details.toPlainText().count("Listed as a relative hazard for rTMS") == 3
    # a fourth drug keeps one group; the group stays open across the refresh
    group.setExpanded(True)
    with_medications(window, "Sertraline", "Fluoxetine", "Citalopram", "Paroxetine")
    group = item_for(window, "MED-002")
    assert group.text(0).endswith("(4)") and group.isExpanded()


def test_a_standard_plan_says_the_unverified_table_once(window, kb, qtbot) -> None:
    window.apply_preset(PRESET)
    p = panel(window)
    lines = p.lines()
    assert sum("SAFE-TABLE-001" in line for line in lines) == 1
    assert sum(title(kb, "SAFE-TABLE-001") in line for line in lines) == 1
    assert not p.table_note.isHidden() and "Wassermann 1998" in p.table_note.text()
    assert not any("SAFE-TABLE-001" in i.text(0) for i in p.finding_items())  # not a line of the list as well
    assert not any("UNVERIFIED" in line for line in lines)  # no "Rests on UNVERIFIED data" on every line
    # the finding that rests on the table keeps a small marker with a tooltip
    train = item_for(window, "SAFE-TRAIN-002")
    assert train.text(1) == "†" and train.toolTip(1)
    assert item_for(window, "EVD-001").text(1) == ""
    # the table line opens in full on Enter or a click, as any finding does
    p.list.setCurrentItem(train)
    assert "whose values are UNVERIFIED" not in p.details.toPlainText()
    qtbot.mouseClick(p.table_note, Qt.MouseButton.LeftButton)
    assert "whose values are UNVERIFIED" in p.details.toPlainText()
    assert "Wassermann 1998" in p.details.toPlainText() and p.list.currentItem() is None
    p.list.setCurrentItem(train)
    p.table_note.setFocus()
    qtbot.keyClick(p.table_note, Qt.Key.Key_Return)
    assert "whose values are UNVERIFIED" in p.details.toPlainText()


def test_clicking_or_enter_on_a_finding_focuses_its_field(window, qtbot) -> None:
    window.doc.apply("blocks.0.pattern.inter_train_interval_s", 1.0)
    p = panel(window)
    item = item_for(window, "SAFE-ITI-001")
    rect = p.list.visualItemRect(item)
    qtbot.mouseClick(p.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentIndex() == window.TABS.index("stimulation")
    assert QApplication.focusWidget().objectName() == "RtmsPattern.inter_train_interval_s"
    assert "Pause between trains" in p.details.toPlainText()  # the clicked finding, in full
    # the same with the keyboard
    window.tabs.setCurrentIndex(window.TABS.index("patient"))
    p.list.setFocus()
    p.list.setCurrentItem(item_for(window, "SAFE-ITI-001"))
    qtbot.keyClick(p.list, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == window.TABS.index("stimulation")
    assert QApplication.focusWidget().objectName() == "RtmsPattern.inter_train_interval_s"


def test_the_panel_is_keyboard_operable(window, qtbot) -> None:
    with_medications(window, "Sertraline", "Fluoxetine", "Citalopram")
    p = panel(window)
    tree = p.list
    tree.setFocus()
    tree.setCurrentItem(p.top_items()[0])
    first = p.details.toPlainText()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is p.top_items()[1] and p.details.toPlainText() != first  # arrows move, details follow
    group = item_for(window, "MED-002")
    tree.setCurrentItem(group)
    requested = []
    p.fieldRequested.connect(requested.append)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter opens a group, asks for no field
    assert group.isExpanded() and requested == []
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert not group.isExpanded()
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # right arrow opens too
    assert group.isExpanded()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is group.child(0)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert requested == ["medications[0].name"]
    assert window.tabs.currentIndex() == window.TABS.index("medications")
    # names for assistive technology; the line's accessible text carries the rule and title
    assert tree.accessibleName() and tree.accessibleDescription() and p.details.accessibleName()
    spoken = group.child(0).data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert "MED-002" in spoken and "relative seizure-threshold hazard" in spoken and "Sertraline" in spoken
    assert p.table_note.focusPolicy() == Qt.FocusPolicy.StrongFocus and p.table_note.accessibleName()


def test_severity_is_shown_by_icon_and_word(window) -> None:
    window.doc.apply("blocks.0.pattern.inter_train_interval_s", 1.0)
    p = panel(window)
    words = {Severity.BLOCK: "BLOCK", Severity.WARN: "WARN", Severity.INFO: "INFO"}
    for item in p.finding_items():
        assert not item.icon(0).isNull()
        assert item.text(0).split(" · ")[0] in words.values()
    images = {s: findings_panel.severity_icon(s).pixmap(32, 32).toImage() for s in (*Severity, None)}
    assert len({img.constBits().tobytes() for img in images.values()}) == 4  # a distinct icon per severity


def test_the_russian_interface_shows_russian_titles(qtbot, kb) -> None:
    from tmsplanner.gui.app import install_translations

    app = QApplication.instance()
    installed = install_translations(app, AppSettings(language="ru"))
    try:
        win = MainWindow(kb, AppSettings(language="ru"))
        qtbot.addWidget(win)
        words = catalogue("ru")
        expected = words.gettext(title(kb, "MT-004"), "rule title MT-004")
        assert expected != title(kb, "MT-004")
        line = item_for(win, "MT-004").text(0)
        assert expected in line and line.startswith("БЛОКИРУЮЩЕЕ · MT-004 · ")
        table = words.gettext(title(kb, "SAFE-TABLE-001"), "rule title SAFE-TABLE-001")
        assert table in win.findings.table_note.text()
        win.doc.undo_stack.setClean()
        win.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


# -- colours: WCAG AA (4.5:1 for normal text) --------------------------------------------------------------

def _luminance(colour: QColor) -> float:
    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue())


def ratio(a: QColor | str, b: QColor | str) -> float:
    high, low = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_wcag() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#9a6400", "#efefef") == pytest.approx(4.35, abs=0.01)  # the old WARN colour failed
    assert ratio("#2e7d32", "#efefef") == pytest.approx(4.46, abs=0.01)  # so did the old OK green


@pytest.mark.parametrize("background", ["#ffffff", "#efefef", "#e0e0e0", "#f6f5f4"])
def test_severity_colours_pass_aa_on_light_backgrounds(background: str) -> None:
    for colour in (*COLOURS.values(), OK_COLOUR):
        assert ratio(colour, background) >= 4.5, (colour, background)
        assert ratio(colour, "#ffffff") >= 4.5  # the white glyph on the icon


@pytest.mark.parametrize("window_colour", ["#efefef", "#ffffff", "#2d2d2d", "#1e1e1e", "#808080"])
def test_the_banner_text_passes_aa_on_the_palette(window, window_colour: str) -> None:
    p = panel(window)
    palette = QPalette(p.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor(window_colour))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("white" if QColor(window_colour).lightness() < 128
                                                          else "black"))
    p.setPalette(palette)
    for severity in (Severity.BLOCK, Severity.WARN, Severity.INFO, None):
        p._banner_severity = severity
        p._style_banner()
        text, background = p.banner_colours()
        assert background == QColor(window_colour)
        assert ratio(text, background) >= 4.5, (severity, text.name(), window_colour)
        assert text.name() in p.banner.styleSheet() and background.name() in p.banner.styleSheet()
        if severity is not None and QColor(window_colour).lightness() > 200:  # on light grounds the hue is kept
            assert text == QColor(COLOURS[severity])


def test_the_banner_shown_by_the_window_passes_aa(window) -> None:
    p = panel(window)
    for setup in (lambda: None, lambda: window.doc.apply("blocks.0.pattern.inter_train_interval_s", 1.0)):
        setup()
        text, background = p.banner_colours()
        assert ratio(text, background) >= 4.5
        assert f"color: {text.name()}" in p.banner.styleSheet()
