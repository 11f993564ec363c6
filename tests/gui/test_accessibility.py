"""Accessibility of the real window: every editor is named for screen readers, spin boxes say their unit,
notes are readable (WCAG AA contrast) and the holiday calendar is reached by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from tmsplanner.gui.fields import ERROR_COLOUR
from tmsplanner.gui.main_window import MainWindow

EDITORS = (QAbstractSpinBox, QLineEdit, QComboBox, QDateEdit, QTimeEdit, QCheckBox)


def editors(page: QWidget) -> list[QWidget]:
    """Every editor on a page; the line edit inside a spin box or combo box is part of it, not one more."""
    return [w for w in page.findChildren(QWidget) if isinstance(w, EDITORS)
            and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)]


def spoken_name(widget: QWidget) -> str:
    """The accessible name, or a check box's own text."""
    if widget.accessibleName():
        return widget.accessibleName()
    return widget.text() if isinstance(widget, QCheckBox) else ""


@pytest.mark.parametrize("tab", MainWindow.TABS)
def test_every_editor_has_an_accessible_name(window, tab) -> None:
    page = window.tabs.widget(window.TABS.index(tab))
    window.tabs.setCurrentWidget(page)
    found = editors(page)
    assert found
    unnamed = [f"{type(w).__name__} '{w.objectName()}'" for w in found if not spoken_name(w).strip()]
    assert not unnamed, unnamed


@pytest.mark.parametrize("tab", MainWindow.TABS)
def test_every_spin_box_describes_its_unit(window, tab) -> None:
    page = window.tabs.widget(window.TABS.index(tab))
    boxes = [w for w in editors(page) if isinstance(w, QAbstractSpinBox) and hasattr(w, "suffix")]
    missing = [f"{w.objectName()}: {w.suffix()!r} not in {w.accessibleDescription()!r}" for w in boxes
               if w.suffix().strip() and w.suffix().strip() not in w.accessibleDescription()]
    assert not missing, missing


def test_names_come_from_the_fields(window) -> None:
    for index in range(window.tabs.count()):  # a tab's editors are made when it is first shown
        window.tabs.setCurrentIndex(index)

    def named(name: str) -> QWidget:
        return next(w for w in window.findChildren(QWidget, name))

    intensity = named("intensity_pct_mt")
    assert intensity.accessibleName() == "Intensity"
    assert "% of the motor threshold" in intensity.accessibleDescription()
    assert "250" in intensity.accessibleDescription() and "%MT" in intensity.accessibleDescription()
    assert [named(f"mni.{a}").accessibleName() for a in ("x_mm", "y_mm", "z_mm")] == \
        ["MNI coordinates x (mm)", "MNI coordinates y (mm)", "MNI coordinates z (mm)"]
    assert named("native.x_mm").accessibleName() == "Scanner coordinates x (mm)"
    assert named("mni:set").accessibleName() == "MNI coordinates"
    assert named("titration_days").accessibleName() == "Ramp days"
    assert named("titration_start").accessibleName() == "Starting intensity"
    assert named("clinic_closing_time").accessibleName() == "Clinic closing time"
    assert named("screening_confirmed.by").accessibleName() == "Confirmed by"
    assert named("screening_confirmed.on").accessibleName() == "Confirmed on"


# -- contrast (WCAG 2) ---------------------------------------------------------------------------------------

def luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def as_drawn(colour: QColor, background: QColor) -> QColor:
    """A translucent colour as it shows on its background."""
    t = colour.alphaF()
    return QColor.fromRgbF(*(b + (c - b) * t for c, b in zip(colour.getRgbF()[:3], background.getRgbF()[:3],
                                                             strict=True)))


def test_notes_read_at_aa_contrast_on_the_window(window) -> None:
    window.apply_preset("snt-accelerated-itbs")  # the day timetable and its note show
    window.tabs.setCurrentIndex(window.TABS.index("threshold"))
    background = window.palette().color(QPalette.ColorRole.Window)
    notes = [label for label in window.findChildren(QLabel) if label.property("note")]
    assert {"threshold_note"} <= {label.objectName() for label in notes}
    for note in notes:
        assert note.foregroundRole() != QPalette.ColorRole.PlaceholderText
        colour = as_drawn(note.palette().color(note.foregroundRole()), background)
        assert contrast(colour, background) >= 4.5, (note.objectName(), colour.name())
        assert contrast(colour, note.palette().color(QPalette.ColorRole.Window)) >= 4.5
    placeholder = as_drawn(QApplication.palette().color(QPalette.ColorRole.PlaceholderText), background)
    assert contrast(placeholder, background) < 4.5  # what the notes were drawn with before: too faint


def test_field_descriptions_shown_in_empty_fields_are_readable(window) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("stimulation"))
    edits = [w for w in window.blocks.findChildren(QLineEdit) if w.placeholderText()]
    assert edits
    for edit in edits:
        base = edit.palette().color(QPalette.ColorRole.Base)
        window_colour = window.palette().color(QPalette.ColorRole.Window)
        colour = as_drawn(edit.palette().color(QPalette.ColorRole.PlaceholderText), base)
        assert contrast(colour, base) >= 4.5 and contrast(colour, window_colour) >= 4.5, edit.objectName()


def test_the_error_red_stays_and_passes() -> None:
    red = QColor(ERROR_COLOUR)
    assert ERROR_COLOUR == "#b00020"
    assert contrast(red, QColor("#efefef")) >= 4.5 and contrast(red, QColor("#ffffff")) >= 4.5


# -- the holiday calendar ------------------------------------------------------------------------------------

def test_the_holiday_calendar_is_named_and_reached_by_keyboard(window, qtbot) -> None:
    window.tabs.setCurrentIndex(window.TABS.index("schedule"))
    country = window.calendar_form.country
    assert country.accessibleName() == "Public holidays"
    assert "ISO 3166" in country.accessibleDescription()
    assert country.focusPolicy() & Qt.FocusPolicy.TabFocus
    first = next(w for w in window.findChildren(QTimeEdit, "first_session_time"))
    window.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    for _ in range(3):  # Tab steps through the hours and minutes, then on to the next field
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not first.hasFocus():
            break
    focused = QApplication.focusWidget()  # the next field is the holiday calendar
    assert focused is country or focused is country.lineEdit()
    qtbot.keyClicks(focused, "DE-BY")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.doc.plan.schedule.holiday_country == "DE-BY"
    label = next(lb for lb in window.findChildren(QLabel) if lb.buddy() is country)
    assert label.text() == "Public holidays"
