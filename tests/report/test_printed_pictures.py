"""The printed pictures draw what the plan says: one stroke per pulse shown, one bar per treatment day."""

from __future__ import annotations

import io

from planfactory import preset_plan
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from tmsplanner.core.checks import figures_for
from tmsplanner.core.course_view import course_view
from tmsplanner.core.i18n import catalogue
from tmsplanner.report.drawings import PULSE, Line, Rect, String, pulse_diagram, timeline

RU = catalogue("ru")


def _first_block(plan, kb):
    settings = course_view(plan, figures_for(plan, kb), kb).blocks[0]
    return settings.block, settings.dose


def _pulses(drawing) -> list[Line]:
    return [s for s in drawing.contents if isinstance(s, Line) and s.strokeColor == PULSE]


def test_a_short_rtms_train_shows_each_pulse_of_two_trains(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")  # 40 pulses at 10 Hz, 75 trains
    block, dose = _first_block(plan, kb)
    drawing = pulse_diagram(block, dose, 480, RU)
    assert len(_pulses(drawing)) == 2 * block.pattern.pulses_per_train
    words = [s.text for s in drawing.contents if isinstance(s, String)]
    assert any("40" in w and "10" in w for w in words)
    assert words[-1] == RU.gettext("seconds", "report") != "seconds"


def test_theta_burst_zooms_on_three_bursts(kb) -> None:
    block, dose = _first_block(preset_plan(kb, "itbs600-ldlpfc"), kb)
    drawing = pulse_diagram(block, dose, 480, RU)
    assert len(_pulses(drawing)) == 3 * block.pattern.pulses_per_burst  # the trains are bars, the zoom strokes
    assert sum(isinstance(s, Rect) for s in drawing.contents) == 2


def test_the_timeline_has_a_bar_per_treatment_day_and_prints_its_words(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    view = course_view(plan, figures_for(plan, kb, "ru"), kb)
    drawing = timeline(view, 480, RU)
    bars = [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor == PULSE]
    assert len(bars) == plan.schedule.treatment_days
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    drawing.wrapOn(canvas, 480, 200)
    drawing.drawOn(canvas, 40, 400)
    canvas.showPage()
    canvas.save()
    text = PdfReader(buffer).pages[0].extract_text()
    assert RU.gettext("sessions per day (shaded: weekends)", "report") in text
