"""The report's paragraph lays out once per width and draws exactly what reportlab's own draws."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import paragraph as rl

from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.styles import make_styles

WORDS = st.lists(st.sampled_from(["курс", "сеанс", "10 Гц", "<b>МП</b>", "120 %", "rTMS", "—", "left DLPFC"]),
                 min_size=1, max_size=60).map(" ".join)
WIDTHS = st.lists(st.sampled_from([40.0, 90.5, 180.0, 451.0]), min_size=1, max_size=6)


def _drawn(para: rl.Paragraph, widths: list[float], height: float) -> tuple[list[tuple[float, float]], bytes]:
    """The sizes each wrap returned, and the page drawn after the last (or after its split's first part)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    sizes = [para.wrapOn(canvas, w, 10_000) for w in widths]
    parts = para.splitOn(canvas, widths[-1], height) or [para]
    parts[0].wrapOn(canvas, widths[-1], height)
    parts[0].drawOn(canvas, 20, 400)
    canvas.showPage()
    canvas.save()
    return sizes, buffer.getvalue()


@settings(max_examples=60, deadline=None)
@given(text=WORDS, widths=WIDTHS, height=st.sampled_from([5.0, 14.0, 40.0, 600.0]))
def test_same_sizes_and_same_page_as_reportlabs_paragraph(text: str, widths: list[float], height: float) -> None:
    style = make_styles().body
    assert _drawn(Paragraph(text, style), widths, height) == _drawn(rl.Paragraph(text, style), widths, height)


def test_a_second_wrap_at_the_same_width_breaks_no_lines(monkeypatch) -> None:
    calls = []
    real = rl.Paragraph.breakLines
    monkeypatch.setattr(rl.Paragraph, "breakLines", lambda self, widths: calls.append(widths) or real(self, widths))
    para = Paragraph("курс " * 40, make_styles().body)
    first = para.wrap(120, 500)
    assert para.wrap(120, 80) == first
    assert len(calls) == 1
    para.wrap(200, 500)  # another width: laid out anew
    assert len(calls) == 2


def test_lines_dropped_by_a_split_without_room_are_made_again() -> None:
    para = Paragraph("курс " * 40, make_styles().body)
    width, _ = para.wrap(120, 500)
    assert para.split(120, 3) == []  # no room for one line: reportlab drops the lines it had
    assert "blPara" not in para.__dict__
    assert para.wrap(120, 500)[0] == width
    assert para.blPara.lines  # laid out again, so it can be drawn
