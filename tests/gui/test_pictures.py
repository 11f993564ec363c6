"""The on-screen pulse-pattern and timeline pictures paint for every valid plan."""

from __future__ import annotations

from array import array

import pytest
from hypothesis import HealthCheck, given, settings
from planfactory import edit, preset_plan
from PySide6.QtGui import QColor, QImage, QPalette
from strategies import plans

from tmsplanner.core.axis import nice_step
from tmsplanner.core.checks import figures_for
from tmsplanner.core.course_view import course_view
from tmsplanner.core.plan import Plan
from tmsplanner.gui.pictures import CourseTimelineWidget, PulsePatternWidget

PRESETS = ["neurostar-10hz-ldlpfc", "itbs600-ldlpfc", "snt-accelerated-itbs", "sequential-bilateral"]
SIZE = (900, 360)


def painted_pixels(image: QImage, colour: QColor | None = None) -> int:
    """Pixels that differ from the background (top-left corner), or that equal ``colour``."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    words = array("I", bytes(image.constBits()))
    if colour is not None:
        wanted = colour.rgba()
        return sum(1 for w in words if w == wanted)
    background = words[0]
    return sum(1 for w in words if w != background)


def pulse_widget(qtbot, plan: Plan, kb) -> PulsePatternWidget:
    widget = PulsePatternWidget()
    qtbot.addWidget(widget)
    widget.set_blocks(plan.blocks, figures_for(plan, kb).blocks)
    widget.resize(*SIZE)
    return widget


def timeline_widget(qtbot, plan: Plan | None, kb) -> CourseTimelineWidget:
    widget = CourseTimelineWidget()
    qtbot.addWidget(widget)
    widget.set_view(course_view(plan, figures_for(plan, kb)) if plan is not None else None)
    widget.resize(*SIZE)
    return widget


@pytest.mark.parametrize(
    ("span", "ticks", "step"), [(12, 6, 2), (600, 6, 100), (34, 6, 10), (1, 6, 0.2), (0.05, 5, 0.01)]
)
def test_nice_step_is_1_2_5(span, ticks, step):
    assert nice_step(span, ticks) == pytest.approx(step)


@pytest.mark.parametrize("preset", PRESETS)
def test_pulse_pattern_paints(qtbot, kb, preset):
    widget = pulse_widget(qtbot, preset_plan(kb, preset), kb)
    assert painted_pixels(widget.grab().toImage()) > 2000


@pytest.mark.parametrize("preset", PRESETS)
def test_timeline_paints(qtbot, kb, preset):
    widget = timeline_widget(qtbot, preset_plan(kb, preset), kb)
    assert painted_pixels(widget.grab().toImage()) > 2000


def test_pictures_draw_in_the_palette_highlight(qtbot, kb):
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    marker = QColor("#c02050")
    for widget in (pulse_widget(qtbot, plan, kb), timeline_widget(qtbot, plan, kb)):
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Highlight, marker)
        widget.setPalette(palette)
        assert painted_pixels(widget.grab().toImage(), marker) > 500


def test_dark_palette_text_is_light(qtbot, kb):
    widget = pulse_widget(qtbot, preset_plan(kb, "itbs600-ldlpfc"), kb)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    widget.setPalette(palette)
    image = widget.grab().toImage()
    assert image.pixelColor(0, 0).lightness() < 60
    assert painted_pixels(image, QColor("#f0f0f0")) > 50  # axes and captions


def test_empty_states_paint_a_text(qtbot, kb):
    pulses = pulse_widget(qtbot, preset_plan(kb, "itbs600-ldlpfc"), kb)
    pulses.set_blocks([], [])
    timeline = timeline_widget(qtbot, None, kb)
    for widget in (pulses, timeline):
        assert 50 < painted_pixels(widget.grab().toImage()) < 20000


def test_size_hint_grows_with_blocks(qtbot, kb):
    plan = preset_plan(kb, "sequential-bilateral")
    assert len(plan.blocks) == 2
    figures = figures_for(plan, kb)
    widget = PulsePatternWidget()
    qtbot.addWidget(widget)
    widget.set_blocks(plan.blocks[:1], figures.blocks[:1])
    one = widget.sizeHint().height()
    widget.set_blocks(plan.blocks, figures.blocks)
    assert widget.sizeHint().height() > one
    assert widget.minimumSizeHint().height() >= 2 * 100


def test_theta_burst_block_is_taller(qtbot, kb):
    rtms, tbs = (preset_plan(kb, p) for p in ("neurostar-10hz-ldlpfc", "itbs600-ldlpfc"))
    heights = [pulse_widget(qtbot, p, kb).minimumSizeHint().height() for p in (rtms, tbs)]
    assert 100 <= heights[0] < heights[1]


def test_mismatched_doses_are_refused(qtbot, kb):
    plan = preset_plan(kb, "sequential-bilateral")
    widget = PulsePatternWidget()
    qtbot.addWidget(widget)
    with pytest.raises(ValueError):
        widget.set_blocks(plan.blocks, figures_for(plan, kb).blocks[:1])


@pytest.mark.parametrize(
    "edits",
    [
        {"blocks.0.pattern.pulses_per_train": 1, "blocks.0.pattern.trains": 1},
        {"blocks.0.pattern.pulses_per_train": 10000, "blocks.0.pattern.inter_train_interval_s": 0},
        {"schedule.treatment_days": 365, "schedule.sessions_per_day": 20},
        {"schedule.treatment_days": 365, "schedule.days_per_week": 1},
    ],
)
def test_extreme_rtms_plans_paint(qtbot, kb, edits):
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    for path, value in edits.items():
        plan = edit(plan, path, value)
    for widget in (pulse_widget(qtbot, plan, kb), timeline_widget(qtbot, plan, kb)):
        assert painted_pixels(widget.grab().toImage()) > 500


@pytest.mark.parametrize(
    "edits",
    [
        {"blocks.0.pattern.trains": 1, "blocks.0.pattern.bursts_per_train": 200},  # cTBS
        {"blocks.0.pattern.trains": 1, "blocks.0.pattern.bursts_per_train": 1},
        {"blocks.0.pattern.pulses_per_burst": 1, "blocks.0.pattern.inter_train_interval_s": 0},
    ],
)
def test_extreme_theta_burst_plans_paint(qtbot, kb, edits):
    plan = preset_plan(kb, "itbs600-ldlpfc")
    for path, value in edits.items():
        plan = edit(plan, path, value)
    assert painted_pixels(pulse_widget(qtbot, plan, kb).grab().toImage()) > 500


@pytest.mark.parametrize("size", [(900, 360), (240, 60), (1, 1)])
def test_any_widget_size_paints(qtbot, kb, size):
    plan = preset_plan(kb, "sequential-bilateral")
    for widget in (pulse_widget(qtbot, plan, kb), timeline_widget(qtbot, plan, kb)):
        widget.resize(*size)
        assert not widget.grab().toImage().isNull()


@settings(max_examples=30, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(plan=plans())
def test_random_plans_paint(qapp, kb, plan):
    figures = figures_for(plan, kb)
    pulses, timeline = PulsePatternWidget(), CourseTimelineWidget()
    pulses.set_blocks(plan.blocks, figures.blocks)
    timeline.set_view(course_view(plan, figures))
    for widget in (pulses, timeline):
        widget.resize(widget.sizeHint())
        assert painted_pixels(widget.grab().toImage()) > 0
        widget.resize(420, widget.minimumSizeHint().height())
        assert painted_pixels(widget.grab().toImage()) > 0


def test_qt_binding_keeps_none_alive(qapp) -> None:
    """PySide6 6.12.0 under Python 3.11 drops a reference to None on every void
    call and aborts the interpreter after a few thousand; the pinned version must not."""
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 100
