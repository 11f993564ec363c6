"""Editors for plan fields, built from the model's field metadata.

Titles, descriptions, units and bounds come from the pydantic fields in
``tmsplanner.core.plan``; nothing about a field is repeated here. Each editor
is bound to a plan path: user edits go to ``PlanDocument.apply`` and plan
changes come back through :meth:`Binding.refresh`.
"""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Callable
from enum import StrEnum
from functools import lru_cache
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QColor, QFocusEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.delivery_flags import findings_naming
from tmsplanner.core.i18n import Catalogue, catalogue
from tmsplanner.core.labels import label
from tmsplanner.core.markup import escape
from tmsplanner.core.messages import render_finding, translator_for
from tmsplanner.core.plan import FIRST_PLAN_DATE, LAST_PLAN_DATE, Plan, PlanModel
from tmsplanner.core.plan_edit import field_bounds, field_info, field_unit, get_value
from tmsplanner.core.vocab import Severity
from tmsplanner.gui.document import PlanDocument, Results

PathFn = Callable[[], str]
NONE_TEXT = "—"


def tr(text: str) -> str:
    """Translate a field title or description (context 'fields')."""
    return QCoreApplication.translate("fields", text)


def unit_text(unit: str) -> str:
    """Translate a unit symbol (context 'units'); '' stays ''."""
    return QCoreApplication.translate("units", unit) if unit else ""


def vocab(value: StrEnum) -> str:
    """Translate a vocabulary label (context 'vocab')."""
    return QCoreApplication.translate("vocab", label(value))


def _allowed(model: type[BaseModel], name: str, unit: str | None = None) -> str:
    """'Allowed: ≥ 1, ≤ 250 % MT' for a bounded field; 'Unit: mm' for an unbounded one with a unit; else ''."""
    info = field_info(model, name)
    lower, upper, lo_x, up_x = field_bounds(info)
    unit = unit_text(field_unit(info)) if unit is None else unit
    if lower is not None or upper is not None:
        low = "" if lower is None else f"{'>' if lo_x else '≥'} {number_text(lower)}"
        high = "" if upper is None else f"{'<' if up_x else '≤'} {number_text(upper)}"
        allowed = QCoreApplication.translate("fields", "Allowed: %s") % ", ".join(filter(None, [low, high]))
        return f"{allowed} {unit}".strip()
    return QCoreApplication.translate("fields", "Unit: %s") % unit if unit else ""


def tooltip(model: type[BaseModel], name: str) -> str:
    info = field_info(model, name)
    lines = [f"<b>{tr(info.title or name)}</b>"]
    if info.description:
        lines.append(tr(info.description))
    allowed = _allowed(model, name)
    if allowed and field_bounds(info) != (None, None, False, False):
        lines.append(allowed)
    return "<br/>".join(lines)


def title(model: type[BaseModel], name: str) -> str:
    """A field's title in the interface language (its accessible name)."""
    return tr(field_info(model, name).title or name)


def describe(model: type[BaseModel], name: str, unit: str | None = None) -> str:
    """A field's description, what is allowed and its unit, as plain text (its accessible description).

    ``unit`` replaces the model's unit (e.g. the 'days' a spin box shows for a count of days).
    """
    info = field_info(model, name)
    parts = [tr(info.description)] if info.description else []
    allowed = _allowed(model, name, unit)
    if allowed:
        parts.append(allowed)
    return ". ".join(p.rstrip(".") for p in parts) + ("." if parts else "")


def accessible(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Name a widget (and describe it) for screen readers; returns it."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


# -- marks: refused values (validation) and values that cannot be delivered (blocking findings) --------------

ERROR_COLOUR = "#b00020"  # 6.6:1 on #efefef, 7.6:1 on white (WCAG AA)
INVALID_STYLE = f"border: 2px solid {ERROR_COLOUR};"
MARK = "⚠"


def _restyle(widget: QWidget) -> None:
    """Outline the editor while it holds a refused value or a value a blocking finding names.

    A per-widget style sheet only while marked: an application-wide style
    sheet would slow every widget's polish at start-up.
    """
    marked = bool(widget.property("invalid")) or bool(widget.property("blocked"))
    sheet = INVALID_STYLE if marked else ""
    if (marked or widget.property("outlined")) and widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)  # a new sheet re-polishes the widget: only when it changes
    widget.setProperty("outlined", marked)


def mark_invalid(widget: QWidget, error: str | None) -> None:
    """Outline a refused value in red and keep the reason in the tooltip."""
    widget.setProperty("invalid", error is not None)
    if error is not None:
        widget.setProperty("error", error)
    _restyle(widget)


def mark_blocked(widget: QWidget, reason: str | None) -> None:
    """Mark an editor whose value a blocking finding names: red outline, a ⚠ and the finding in words.

    The reason goes first in the tooltip and in the accessible description, so
    the mark is never colour alone. ``None`` takes the mark away.
    """
    if not reason and not widget.property("blocked"):
        return
    if widget.property("base_tooltip") is None:
        widget.setProperty("base_tooltip", widget.toolTip())
        widget.setProperty("base_description", widget.accessibleDescription())
    base_tip, base_description = widget.property("base_tooltip"), widget.property("base_description")
    widget.setProperty("blocked", bool(reason))
    widget.setProperty("blocked_reason", reason or "")
    if reason:
        shown = "<br/>".join(escape(line) for line in reason.splitlines())
        widget.setToolTip(f"<p style='color:{ERROR_COLOUR}'><b>{MARK}</b> {shown}</p>{base_tip}")
        widget.setAccessibleDescription("\n".join(filter(None, (f"{MARK} {reason}", base_description))))
    else:
        widget.setToolTip(base_tip)
        widget.setAccessibleDescription(base_description)
    _restyle(widget)


def mark_label(label_widget: QLabel, reason: str | None) -> None:
    """Put a ⚠ and the error colour on a field's label while a blocking finding names its field."""
    if not reason and not label_widget.property("blocked"):
        return
    if label_widget.property("base_text") is None:
        label_widget.setProperty("base_text", label_widget.text())
        label_widget.setProperty("base_tooltip", label_widget.toolTip())
    label_widget.setProperty("blocked", bool(reason))
    base_text, base_tip = label_widget.property("base_text"), label_widget.property("base_tooltip")
    sheet = f"color: {ERROR_COLOUR}; font-weight: bold;" if reason else ""
    if label_widget.styleSheet() != sheet:  # a new sheet re-polishes the label: only when the mark changes
        label_widget.setStyleSheet(sheet)
    if reason:
        label_widget.setText(f"{MARK} {base_text}")
        shown = "<br/>".join(escape(line) for line in reason.splitlines())
        label_widget.setToolTip(f"<p style='color:{ERROR_COLOUR}'><b>{MARK}</b> {shown}</p>{base_tip}")
    else:
        label_widget.setText(base_text)
        label_widget.setToolTip(base_tip)


# -- readable notes --------------------------------------------------------------------------------------------

NOTE_CONTRAST = 4.6  # WCAG AA asks 4.5:1 for normal text; a little margin for rounding


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_colour(palette: QPalette, colour: QColor, backgrounds: tuple[QPalette.ColorRole, ...],
                    towards: QPalette.ColorRole) -> QColor:
    """``colour`` moved towards the palette's ``towards`` colour until it reads on every background (WCAG AA).

    Derived from the palette, so light and dark themes both keep a muted but
    readable note; the text colour itself is the last resort. Worked out once
    per set of colours: every note of a window asks with the same palette.
    """
    drawn = _blend(palette.color(backgrounds[0]), colour, colour.alphaF())  # as drawn: a translucent colour
    return QColor.fromRgbF(*_readable(drawn.getRgbF()[:3], palette.color(towards).getRgbF()[:3],
                                      tuple(palette.color(role).getRgbF()[:3] for role in backgrounds)))


Rgb = tuple[float, float, float]


@lru_cache(maxsize=256)
def _readable(colour: Rgb, target: Rgb, backgrounds: tuple[Rgb, ...]) -> Rgb:
    start, towards = QColor.fromRgbF(*colour), QColor.fromRgbF(*target)
    grounds = [QColor.fromRgbF(*rgb) for rgb in backgrounds]
    for step in range(11):
        mixed = _blend(start, towards, step / 10)
        if all(contrast_ratio(mixed, ground) >= NOTE_CONTRAST for ground in grounds):
            return mixed.getRgbF()[:3]
    return target


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """``t`` of opaque colour ``b`` over ``a``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def _inherited_palette(widget: QWidget) -> QPalette:
    parent = widget.parentWidget()
    return parent.palette() if parent is not None else QApplication.palette(widget)


def _apply_readable(widget: QWidget) -> None:
    role = QPalette.ColorRole(widget.property("readable_role"))
    inherited = _inherited_palette(widget)
    backgrounds = (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
    towards = QPalette.ColorRole.Text if role == QPalette.ColorRole.PlaceholderText else QPalette.ColorRole.WindowText
    colour = readable_colour(inherited, inherited.color(QPalette.ColorRole.PlaceholderText), backgrounds, towards)
    palette = widget.palette()
    if palette.color(role) != colour:
        palette.setColor(role, colour)
        widget.setPalette(palette)


class _KeepReadable(QObject):
    """Re-derive a note's colour when the widget moves or the theme changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in (QEvent.Type.ParentChange,
                                                              QEvent.Type.ApplicationPaletteChange,
                                                              QEvent.Type.PaletteChange):
            _apply_readable(watched)
        return False


def _keep_readable(widget: QWidget, role: QPalette.ColorRole) -> None:
    widget.setProperty("readable_role", int(role.value))
    keeper = _KeepReadable(widget)
    widget.installEventFilter(keeper)
    _apply_readable(widget)


def make_note(note: QLabel) -> QLabel:
    """A secondary note: muted like placeholder text, but dark enough to read (WCAG AA), from the palette."""
    note.setProperty("note", True)
    note.setForegroundRole(QPalette.ColorRole.WindowText)
    _keep_readable(note, QPalette.ColorRole.WindowText)
    return note


def readable_placeholder(edit: QLineEdit) -> QLineEdit:
    """Give a line edit's placeholder text a colour that reads on its background (WCAG AA)."""
    _keep_readable(edit, QPalette.ColorRole.PlaceholderText)
    return edit


def readable_palette(palette: QPalette) -> QPalette:
    """A copy of ``palette`` whose placeholder text reads on the window and on fields (for the application)."""
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setCurrentColorGroup(group)
        result.setColor(group, QPalette.ColorRole.PlaceholderText, readable_colour(
            result, result.color(QPalette.ColorRole.PlaceholderText),
            (QPalette.ColorRole.Window, QPalette.ColorRole.Base), QPalette.ColorRole.Text))
    result.setCurrentColorGroup(QPalette.ColorGroup.Active)
    return result


# -- editors ---------------------------------------------------------------------------------------------------

class NumberSpinBox(QDoubleSpinBox):
    """A decimal spin box that shows as many decimals as the value needs: '10 Hz', '10.5 Hz', never '10.00 Hz'.

    Numbers are written and read in the widget's locale (``10,5`` in Russian);
    typing and validation are those of QDoubleSpinBox, up to ``decimals()``.
    """

    def textFromValue(self, value: float) -> str:
        locale = self.locale()
        text = locale.toString(0.0 if value == 0 else value, "f", self.decimals())
        if not self.isGroupSeparatorShown():
            text = text.replace(locale.groupSeparator(), "")
        point = locale.decimalPoint()
        if point in text:
            whole, _, fraction = text.partition(point)
            fraction = fraction.rstrip(locale.zeroDigit())
            text = f"{whole}{point}{fraction}" if fraction else whole
        return text


def _section_click(edit: QDateTimeEdit, watched: QObject, event: QEvent) -> bool:
    """On a click without a drag selection, select the date or time section clicked (typing then replaces it)."""
    line = edit.lineEdit()
    if (watched is line and event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton and not line.hasSelectedText()):
        line.event(event)  # the line edit finishes the click first (cursor in the clicked section)
        edit.setSelectedSection(edit.currentSection())
        return True
    return False


def _section_focus(edit: QDateTimeEdit, event: QFocusEvent) -> None:
    """Focus from the keyboard, a shortcut or a finding selects the current section, as Tab does."""
    keyboard = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason,
                Qt.FocusReason.OtherFocusReason)
    if event.reason() in keyboard and not edit.lineEdit().hasSelectedText():
        edit.setSelectedSection(edit.currentSection())


class _PicksSections:
    """For a date or time editor: one click, or keyboard focus, selects the section under the pointer
    (mixed in before the Qt class, whose event methods it extends)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return _section_click(self, watched, event) or super().eventFilter(watched, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _section_focus(self, event)


class DateEdit(_PicksSections, QDateEdit):
    """A date editor where one click selects the day, month or year under the pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)


class TimeEdit(_PicksSections, QTimeEdit):
    """A clock-time editor where one click selects the hours or minutes under the pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.lineEdit().installEventFilter(self)


EDITOR_TYPES = (QAbstractSpinBox, QLineEdit, QComboBox, QCheckBox)


def editors_in(widget: QWidget) -> list[QWidget]:
    """The editors a row is made of (a spin box's or combo box's own line edit is part of it, not one more)."""
    found: list[QWidget] = [widget] if isinstance(widget, EDITOR_TYPES) else []
    for child in widget.findChildren(QWidget):
        if isinstance(child, EDITOR_TYPES) and not isinstance(child.parentWidget(), QAbstractSpinBox | QComboBox):
            found.append(child)
    return found


def _sub_models(model: type[BaseModel], name: str) -> list[type[BaseModel]]:
    """The models a field may hold (through Optional and unions)."""
    def models(annotation: Any) -> list[type[BaseModel]]:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return [annotation]
        return [m for arg in typing.get_args(annotation) for m in models(arg)]

    return models(field_info(model, name).annotation)


class Binding:
    """Keeps one editor and one plan path in step."""

    def __init__(self, doc: PlanDocument, path_fn: PathFn, widget: QWidget,
                 read: Callable[[], Any], write: Callable[[Any], None], report: Callable[[str | None], None],
                 key: tuple[type[BaseModel], str] | None = None) -> None:
        self.doc, self.path_fn, self.widget = doc, path_fn, widget
        self._read, self._write, self._report = read, write, report
        self.key = key  # (model, field name): the label of the same field is marked with the editor
        self._updating = False

    def commit(self, *_: object) -> None:
        """Send the editor's value to the document."""
        if self._updating:
            return
        error = self.doc.apply(self.path_fn(), self._read())
        mark_invalid(self.widget, error)
        self._report(error)

    def refresh(self, plan: Plan) -> None:
        """Show the plan's value without echoing it back."""
        try:
            value = get_value(plan, self.path_fn())
        except (IndexError, KeyError, AttributeError):
            return
        if value == self._read() and not self.widget.property("invalid"):
            return
        self._updating = True
        try:
            self._write(value)
            mark_invalid(self.widget, None)
        finally:
            self._updating = False


class FieldFactory:
    """Creates bound editors; every binding is registered for refresh and focus.

    Every editor gets its field's title as accessible name and its description,
    allowed range and unit as accessible description. Editors (and their
    labels) whose field a blocking finding names are marked until the finding
    goes: outline, ⚠ and the finding's words.
    """

    def __init__(self, doc: PlanDocument, report: Callable[[str | None], None]) -> None:
        self.doc, self.report = doc, report
        self.bindings: list[Binding] = []
        self.labels: dict[tuple[type[BaseModel], str], list[QLabel]] = {}
        doc.resultsChanged.connect(self.show_findings)

    def label(self, model: type[BaseModel], name: str) -> QLabel:
        """A label with the field's title (and unit); it becomes the buddy of the field's editor."""
        info = field_info(model, name)
        unit = unit_text(field_unit(info))
        text = tr(info.title or name) + (f" ({unit})" if unit else "")
        widget = QLabel(text)
        widget.setToolTip(tooltip(model, name))
        self.labels.setdefault((model, name), []).append(widget)
        editor = next((b.widget for b in reversed(self.bindings) if b.key == (model, name)), None)
        if editor is not None:  # the editor was made first
            widget.setBuddy(editor)
        return widget

    def _bind(self, model: type[BaseModel], name: str, path_fn: PathFn, widget: QWidget,
              read: Callable[[], Any], write: Callable[[Any], None], signal: Any) -> QWidget:
        widget.setToolTip(tooltip(model, name))
        widget.setObjectName(name)
        accessible(widget, title(model, name), describe(model, name))
        for label_widget in self.labels.get((model, name), []):
            if label_widget.buddy() is None:
                label_widget.setBuddy(widget)  # screen readers and the label's mnemonic reach the editor
        binding = Binding(self.doc, path_fn, widget, read, write, self.report, (model, name))
        signal.connect(binding.commit)
        self.bindings.append(binding)
        self._mark(binding, self._blocking())
        return widget

    def custom(self, model: type[BaseModel], name: str, path_fn: PathFn, widget: QWidget,
               read: Callable[[], Any], write: Callable[[Any], None], *signals: Any) -> QWidget:
        """Bind an editor made of several widgets; any of ``signals`` sends its value.

        Each part without an accessible name of its own is named after its
        sub-field (object name ``"<name>.<sub-field>"``) or after the field.
        """
        self._bind(model, name, path_fn, widget, read, write, signals[0])
        for signal in signals[1:]:
            signal.connect(self.bindings[-1].commit)
        self._name_parts(model, name, widget)
        return widget

    def _name_parts(self, model: type[BaseModel], name: str, row: QWidget) -> None:
        subs = _sub_models(model, name)
        for part in editors_in(row):
            if part is row or part.accessibleName() or (isinstance(part, QCheckBox) and part.text()):
                continue
            sub = part.objectName().removeprefix(f"{name}.")
            owner = next((m for m in subs if sub in m.model_fields), None)
            if owner is not None:
                accessible(part, title(owner, sub), describe(owner, sub))
            else:
                accessible(part, title(model, name), describe(model, name))
            if isinstance(part, QLineEdit):
                readable_placeholder(part)

    def number(self, model: type[BaseModel], name: str, path_fn: PathFn, *, decimals: int = 1,
               optional: bool = False) -> QWidget:
        """A spin box with the field's bounds and unit; optional fields show '—' for no value."""
        info = field_info(model, name)
        lower, upper, lo_x, up_x = field_bounds(info)
        is_int = info.annotation in (int, int | None)
        box: QSpinBox | QDoubleSpinBox = QSpinBox() if is_int else NumberSpinBox()
        step = 1 if is_int else 10 ** -decimals
        if not is_int:
            box.setDecimals(decimals)
        low = (lower or 0) + (step if lo_x else 0)
        high = (upper if upper is not None else 1e6) - (step if up_x else 0)
        if optional:
            low -= step
            box.setSpecialValueText(NONE_TEXT)
        box.setRange(low, high)
        unit = unit_text(field_unit(info))
        if unit:
            box.setSuffix(f" {unit}")
        box.setKeyboardTracking(True)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        floor = low

        def read() -> Any:
            value = box.value()
            if optional and value <= floor:
                return None
            return int(value) if is_int else float(value)

        def write(value: Any) -> None:
            box.setValue(floor if value is None else value)

        return self._bind(model, name, path_fn, box, read, write, box.valueChanged)

    def choice(self, model: type[BaseModel], name: str, path_fn: PathFn, options: list[StrEnum], *,
               optional: bool = False) -> QComboBox:
        """A combo box of vocabulary values shown by their labels."""
        combo = QComboBox()
        # The item data keeps the id (Qt hands a StrEnum back as a plain str); the strict model takes the
        # vocabulary member itself, so the editor reads it from this list.
        values: list[StrEnum | None] = [None] if optional else []
        values += options
        for option in values:
            combo.addItem(NONE_TEXT if option is None else vocab(option), option)

        def read() -> StrEnum | None:
            index = combo.currentIndex()
            return values[index] if 0 <= index < len(values) else None

        def write(value: Any) -> None:
            combo.setCurrentIndex(values.index(value) if value in values else 0)

        self._bind(model, name, path_fn, combo, read, write, combo.currentIndexChanged)
        return combo

    def text(self, model: type[BaseModel], name: str, path_fn: PathFn, *, optional: bool = True) -> QLineEdit:
        """A line edit; an empty optional field means no value."""
        edit = QLineEdit()
        info = field_info(model, name)
        edit.setPlaceholderText(tr(info.description or ""))
        readable_placeholder(edit)

        def read() -> Any:
            value = edit.text()
            return None if optional and not value.strip() else value

        self._bind(model, name, path_fn, edit, read, lambda v: edit.setText(v or ""), edit.textEdited)
        return edit

    def date(self, model: type[BaseModel], name: str, path_fn: PathFn) -> QDateEdit:
        """A date editor with a calendar pop-up."""
        edit = date_edit()

        def write(value: dt.date) -> None:
            edit.setDate(QDate(value.year, value.month, value.day))

        self._bind(model, name, path_fn, edit, lambda: edit.date().toPython(), write, edit.dateChanged)
        return edit

    def optional_date(self, model: type[BaseModel], name: str, path_fn: PathFn) -> QWidget:
        """A check box and a date: unchecked means no date."""
        box, edit = QCheckBox(), date_edit()
        box.setObjectName(f"{name}:set")
        edit.setObjectName(f"{name}:date")
        accessible(box, title(model, name), describe(model, name))
        accessible(edit, title(model, name), describe(model, name))
        edit.setDate(QDate.currentDate())
        edit.setEnabled(False)
        box.toggled.connect(edit.setEnabled)

        def read() -> dt.date | None:
            return edit.date().toPython() if box.isChecked() else None

        def write(value: dt.date | None) -> None:
            box.setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))

        return self.custom(model, name, path_fn, _row(box, edit), read, write, box.toggled, edit.dateChanged)

    def coordinates(self, model: type[BaseModel], name: str, path_fn: PathFn,
                    coordinate: type[PlanModel]) -> QWidget:
        """A check box and x, y, z spin boxes (bounds and unit from ``coordinate``): unchecked means none."""
        box = QCheckBox()
        box.setObjectName(f"{name}:set")
        accessible(box, title(model, name), describe(model, name))
        spins: list[QDoubleSpinBox] = []
        for axis in ("x_mm", "y_mm", "z_mm"):
            info = field_info(coordinate, axis)
            lower, upper, _, _ = field_bounds(info)
            unit = unit_text(field_unit(info))
            spin = NumberSpinBox()
            spin.setObjectName(f"{name}.{axis}")
            spin.setDecimals(1)
            spin.setRange(lower if lower is not None else -1e3, upper if upper is not None else 1e3)
            spin.setPrefix(f"{tr(info.title or axis)} ")
            spin.setSuffix(f" {unit}")
            spin.setToolTip(tooltip(coordinate, axis))
            # "MNI coordinates x (mm)": the row's title, the axis and the unit
            accessible(spin, f"{title(model, name)} {tr(info.title or axis)} ({unit})", describe(coordinate, axis))
            spin.setEnabled(False)
            box.toggled.connect(spin.setEnabled)
            spins.append(spin)

        def read() -> PlanModel | None:
            if not box.isChecked():
                return None
            return coordinate(x_mm=spins[0].value(), y_mm=spins[1].value(), z_mm=spins[2].value())

        def write(value: PlanModel | None) -> None:
            box.setChecked(value is not None)
            if value is not None:
                for spin, axis in zip(spins, ("x_mm", "y_mm", "z_mm"), strict=True):
                    spin.setValue(getattr(value, axis))

        return self.custom(model, name, path_fn, _row(box, *spins), read, write, box.toggled,
                           *(spin.valueChanged for spin in spins))

    def time(self, model: type[BaseModel], name: str, path_fn: PathFn) -> QTimeEdit:
        """A clock-time editor (hours and minutes)."""
        edit = TimeEdit()

        def write(value: dt.time) -> None:
            edit.setTime(QTime(value.hour, value.minute))

        def read() -> dt.time:
            t = edit.time()
            return dt.time(t.hour(), t.minute())

        self._bind(model, name, path_fn, edit, read, write, edit.timeChanged)
        return edit

    def check(self, model: type[BaseModel], name: str, path_fn: PathFn) -> QCheckBox:
        """A check box for a boolean field."""
        box = QCheckBox(tr(field_info(model, name).title or name))
        self._bind(model, name, path_fn, box, box.isChecked, lambda v: box.setChecked(bool(v)), box.toggled)
        return box

    def refresh(self, plan: Plan) -> None:
        """Show a plan in every editor (and the marks of the findings on what they now show)."""
        for binding in self.bindings:
            binding.refresh(plan)
        self._mark_all()

    # -- blocking findings ---------------------------------------------------
    def _blocking(self) -> list[Finding]:
        return [f for f in self.doc.results.findings if f.severity == Severity.BLOCK]

    def show_findings(self, results: Results) -> None:
        """Mark the editors whose field a blocking finding names; clear the marks of findings gone."""
        self._mark_all([f for f in results.findings if f.severity == Severity.BLOCK])

    def _reason(self, findings: tuple[Finding, ...]) -> str | None:
        """The findings in the interface language: 'Blocked (DEV-001): Block 1: the intensity to set is …'."""
        if not findings:
            return None
        translator = translator_for(QLocale().name(), self.doc.kb)
        blocked = QCoreApplication.translate("fields", "Blocked (%1): %2")
        return "\n".join(blocked.replace("%1", f.rule).replace("%2", render_finding(f, self.doc.kb.rules, translator))
                         for f in findings)

    def _mark(self, binding: Binding, blocking: list[Finding]) -> str | None:
        try:
            path = binding.path_fn()
        except (IndexError, KeyError, AttributeError):
            return None
        reason = self._reason(findings_naming(blocking, path)) if blocking else None
        mark_blocked(binding.widget, reason)
        return reason

    def _mark_all(self, blocking: list[Finding] | None = None) -> None:
        blocking = self._blocking() if blocking is None else blocking
        reasons: dict[tuple[type[BaseModel], str], list[str]] = {}
        for binding in self.bindings:
            reason = self._mark(binding, blocking)
            if binding.key is not None and reason:
                reasons.setdefault(binding.key, []).append(reason)
        for key, labels in self.labels.items():
            reason = "\n".join(dict.fromkeys(reasons.get(key, []))) or None
            for label_widget in labels:
                mark_label(label_widget, reason)


def _takes_focus(widget: QWidget) -> bool:
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.focusProxy() is None


def last_field_before(widget: QWidget) -> QWidget:
    """The last widget before ``widget`` in its window's Tab order that takes focus (the window if none)."""
    before = widget.previousInFocusChain()
    while not _takes_focus(before) and before is not widget.window():
        before = before.previousInFocusChain()
    return before


def follow_in_tab_order(before: QWidget, content: QWidget) -> QWidget:
    """Put ``content``'s fields (itself included) in the Tab order right after ``before``; return the last.

    Qt puts widgets that join a window later (a tab or a row made on first use) at the end of the window's
    Tab order, after the findings. Qt orders only widgets that take focus, so each field is put after the
    one before it.
    """
    fields, step = [content], content.nextInFocusChain()
    while content.isAncestorOf(step):
        fields.append(step)
        step = step.nextInFocusChain()
    for field in filter(_takes_focus, fields):
        QWidget.setTabOrder(before, field)
        before = field
    return before


def date_edit() -> QDateEdit:
    """A date editor with a calendar pop-up, limited to the planning horizon; a click selects a section."""
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(QDate(FIRST_PLAN_DATE.year, FIRST_PLAN_DATE.month, FIRST_PLAN_DATE.day),
                      QDate(LAST_PLAN_DATE.year, LAST_PLAN_DATE.month, LAST_PLAN_DATE.day))
    return edit


def _row(*widgets: QWidget) -> QWidget:
    """Widgets side by side in one form row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 0 if isinstance(widget, QCheckBox) else 1)
    return row


def number_text(value: float, decimals: int = 3) -> str:
    """A number as the interface language writes it ('2.7', «2,7»; at most ``decimals`` decimals)."""
    return words().number(value, decimals)


def words() -> Catalogue:
    """The message catalogue of the interface language (the language the application set as Qt's default)."""
    return catalogue(QLocale().name())
