"""The plain-text row table of the calendar and the record sheets: every line inside its cell,
no lone rows at a page break, every row printed once and in order."""

from __future__ import annotations

import io
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from tmsplanner.report.rows import LEADING, PAD_BOTTOM, PAD_TOP, PAD_X, Line, Row, RowTable, wrap
from tmsplanner.report.styles import make_styles

make_styles()  # registers the fonts
LETTERS = "abcdefghijklmnopqrstuvwxyz АБВГДЕЖЗИЙКЛабвгдежзийклмнопрстуфхцчшщыэюяїієґ0123456789.:-"
WORDS = st.text(st.sampled_from(LETTERS), min_size=0, max_size=80)
CELLS = st.lists(st.tuples(WORDS, st.booleans(), st.sampled_from((7.0, 7.5, 8.5, 10.0))), min_size=0, max_size=4)


@given(rows=st.lists(st.lists(CELLS, min_size=3, max_size=3), min_size=1, max_size=12),
       widths=st.lists(st.floats(12, 200), min_size=3, max_size=3))
def test_every_line_fits_its_cell(rows: list, widths: list[float]) -> None:
    table = RowTable(["No.", "Planned", Line("Adverse events", bold=True)],
                     [[[Line(t, bold, size) for t, bold, size in cell] for cell in row] for row in rows], widths)
    boxes = table.cell_boxes()
    assert len(boxes) == 3 * (len(rows) + 1)
    for box in boxes:
        for width in box.line_widths:
            # a single character wider than its cell is the one thing that cannot fit
            assert width <= box.width - 2 * PAD_X + 1e-6 or width < 12, box
        assert box.lines_height <= box.height + 1e-6, box


@given(text=WORDS, width=st.floats(20, 300))
def test_wrapping_keeps_every_character(text: str, width: float) -> None:
    parts = wrap(Line(text), width)
    assert "".join(p.text for p in parts).replace(" ", "") == text.replace(" ", "")


def test_row_heights_come_from_the_lines() -> None:
    table = RowTable(None, [Row(("1", [Line("a"), Line("b", size=7.5)]), min_height=10),
                            Row(("2", ""), min_height=24)], [40, 40])
    boxes = table.cell_boxes()
    assert boxes[1].height == PAD_TOP + 8.5 * LEADING + 7.5 * LEADING + PAD_BOTTOM
    assert boxes[3].height == 24


@given(count=st.integers(1, 200), keep=st.integers(1, 5), room=st.floats(30, 900), at_top=st.booleans())
def test_a_split_leaves_no_lone_rows(count: int, keep: int, room: float, at_top: bool) -> None:
    table = RowTable(["No."], [[str(k)] for k in range(count)], [100], keep=keep)
    table._frame = SimpleNamespace(_atTop=at_top)  # what a frame tells the flowable it holds
    parts = table.split(100, room)
    if parts == [table]:
        assert table.height <= room + 1e-6
        return
    if not parts:
        assert not at_top or count == 1  # waits for the next page; at the top of one it always splits
        return
    first, rest = parts
    rows_first = len(first.cell_boxes()) - 1
    rows_rest = len(rest.cell_boxes()) - 1
    assert rows_first + rows_rest == count and rows_first >= 1 and rows_rest >= 1
    assert first.height <= room + 1e-6 or rows_first == 1
    if not at_top:
        assert rows_first >= min(keep, count) and rows_rest >= min(keep, count)
    elif first.height <= room + 1e-6:
        assert rows_rest >= min(keep, count) or rows_first < keep  # a page too short for `keep` rows


def test_a_long_table_prints_every_row_once_in_order_with_its_header_on_every_page() -> None:
    rows = [[str(k), f"Mon 0{k % 9 + 1} Dec\n09:30", "plan 62"] for k in range(1, 401)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([RowTable(["No.", "Planned", "% MSO"], rows, [40, 120, 80])])
    pages = [page.extract_text() for page in PdfReader(buffer).pages]
    assert len(pages) > 10
    numbers = []
    for text in pages:
        assert text.startswith("No. Planned % MSO"), text[:40]
        numbers += [int(line.split()[0]) for line in text.splitlines()[1:] if line.split()[0].isdigit()]
    assert numbers == list(range(1, 401))
    last = pages[-1].count("plan 62")
    assert last >= 3
