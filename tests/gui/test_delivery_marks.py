"""A dose the device cannot deliver is marked in the real window by colour, sign and words — and the field
that causes it too — until the cause goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLabel

from tmsplanner.core.vocab import Severity
from tmsplanner.gui.derived_panel import SessionModel
from tmsplanner.gui.fields import ERROR_COLOUR
from tmsplanner.gui.main_window import MainWindow


def editor(win: MainWindow, name: str):
    found = [w for w in win.findChildren(QAbstractSpinBox, name) if w.isVisibleTo(win)]
    assert len(found) == 1, (name, found)
    return found[0]


def label_of(widget) -> QLabel:
    """The form label whose buddy is the editor."""
    return next(label for label in widget.window().findChildren(QLabel) if label.buddy() is widget)


def measured(win: MainWindow) -> None:
    win.doc.apply("motor_threshold.value_pct_mso", 50.0)
    win.doc.apply("motor_threshold.placeholder", False)


def test_a_dose_above_the_device_maximum_is_marked_with_its_cause(window, qtbot) -> None:
    measured(window)
    window.doc.apply("blocks.0.intensity_pct_mt", 120.0)  # 60% MSO to set
    assert window.doc.results.view.blocks[0].intensity_pct_mso_to_set == 60
    figures = window.derived.figures.labels["mso"]
    assert "⚠" not in figures.text() and ERROR_COLOUR not in figures.text()
    window.tabs.setCurrentIndex(window.TABS.index("threshold"))
    maximum = editor(window, "max_output_pct_mso")
    maximum.selectAll()
    qtbot.keyClicks(maximum, "55")  # the clinician types the device's maximum
    assert window.doc.plan.device.max_output_pct_mso == 55
    assert "DEV-001" in {f.rule for f in window.doc.results.findings}
    text = figures.text()
    assert "⚠ 60% MSO — above the device's maximum (55% MSO)" in text  # words and a sign ...
    assert ERROR_COLOUR in text  # ... and the colour
    window.tabs.setCurrentIndex(window.TABS.index("stimulation"))
    intensity = editor(window, "intensity_pct_mt")
    assert intensity.property("blocked")
    assert ERROR_COLOUR in intensity.styleSheet()  # outlined
    assert "DEV-001" in intensity.toolTip() and "55% MSO" in intensity.toolTip()
    assert intensity.accessibleDescription().startswith("⚠ Blocked (DEV-001): ")
    label = label_of(intensity)
    assert label.text().startswith("⚠ ") and ERROR_COLOUR in label.styleSheet()
    model = window.derived.sessions.sessions
    assert window.derived.sessions.cell_text(0, SessionModel.MSO) == "⚠ 60"
    assert model.mark(0, SessionModel.MSO)[0] == Severity.BLOCK
    assert model.data(model.index(0, SessionModel.MSO), Qt.ItemDataRole.DecorationRole) is not None
    window.doc.apply("device.max_output_pct_mso", 60.0)  # equal to the maximum: deliverable, the marks go
    assert "⚠" not in figures.text() and "<b>60% MSO</b>" in figures.text()
    assert not intensity.property("blocked") and intensity.styleSheet() == ""
    assert "DEV-001" not in intensity.toolTip() and "⚠" not in intensity.accessibleDescription()
    assert not label.text().startswith("⚠") and label.styleSheet() == ""
    assert window.derived.sessions.cell_text(0, SessionModel.MSO) == "60"
    assert model.mark(0, SessionModel.MSO) is None


def test_the_mark_follows_the_block_shown(window) -> None:
    """Bindings follow the selected block: only the block a finding names is marked."""
    measured(window)
    window.doc.apply("device.max_output_pct_mso", 60.0)
    window.blocks.add_block()
    window.doc.apply("blocks.1.intensity_pct_mt", 130.0)  # 65% MSO: only block 2 is beyond 60
    window.tabs.setCurrentIndex(window.TABS.index("stimulation"))
    intensity = editor(window, "intensity_pct_mt")
    window.blocks.select(0)
    assert not intensity.property("blocked")
    window.blocks.select(1)
    assert intensity.property("blocked") and "DEV-001" in intensity.toolTip()
    lines = window.derived.figures.labels["mso"].text().split("<br/>")
    assert "⚠" not in lines[0] and "⚠ 65% MSO" in lines[1]


def test_a_titration_step_beyond_the_maximum_is_marked(window) -> None:
    measured(window)
    window.doc.apply("blocks.0.intensity_pct_mt", 100.0)
    window.doc.apply("blocks.0.titration", {"start_pct_mt": 120.0, "days": 3})  # a ramp down: 60, 55, 50
    window.doc.apply("device.max_output_pct_mso", 55.0)
    text = window.derived.figures.labels["mso"].text()
    assert "<b>50% MSO</b>" in text  # the block's own intensity is deliverable
    assert f"<span style='color:{ERROR_COLOUR}'><b>⚠ 60</b></span> / 55 / 50" in text
    assert "above the device's maximum (55% MSO)" in text


def test_a_placeholder_threshold_blocks_the_dose_and_marks_its_field(window) -> None:
    """MT-004 (blocking): every %MSO is computed from a threshold not measured — said where the dose is shown."""
    assert window.doc.plan.motor_threshold.placeholder
    assert "MT-004" in {f.rule for f in window.doc.results.findings if f.severity == Severity.BLOCK}
    assert "not to be set as planned (MT-004)" in window.derived.figures.labels["mso"].text()
    window.tabs.setCurrentIndex(window.TABS.index("threshold"))
    threshold = editor(window, "value_pct_mso")
    assert threshold.property("blocked") and "MT-004" in threshold.accessibleDescription()
    measured(window)
    assert not threshold.property("blocked")
    assert "MT-004" not in window.derived.figures.labels["mso"].text()


def test_a_wrapped_figure_never_overlaps_the_next(window) -> None:
    """A long, marked dose line wraps to several lines: its label grows, the next figure moves down."""
    window.resize(900, 700)
    window.apply_preset("neurostar-10hz-ldlpfc")
    window.doc.apply("motor_threshold.value_pct_mso", 90.0)  # 108% MSO: above the device, marked and explained
    labels = window.derived.figures.labels
    mso, session = labels["mso"], labels["session"]
    assert mso.height() >= mso.heightForWidth(mso.width()) > mso.fontMetrics().lineSpacing()
    assert session.geometry().top() >= mso.geometry().bottom()
