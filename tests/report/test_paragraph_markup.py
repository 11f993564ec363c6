"""The report's paragraphs are read without reportlab's HTML parser into exactly the fragments it makes."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from planfactory import TODAY, preset_plan
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import paragraph as rl

from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.markup import escape
from tmsplanner.report import ReportOptions, export_plan
from tmsplanner.report import paragraph as ours
from tmsplanner.report.styles import make_styles


def line_words(line: object) -> str:
    """The words of one laid-out line, however reportlab holds them (one fragment or several)."""
    if isinstance(line, tuple):
        return " ".join(line[1])
    return "".join(frag.text for frag in getattr(line, "words", ()))


def _fragments(para: rl.Paragraph) -> list[tuple[dict[str, object], str]]:
    """The fragments, neighbours of the same style joined (reportlab's parser cuts text at each entity)."""
    joined: list[tuple[dict[str, object], str]] = []
    for frag in para.frags:
        style = {k: v for k, v in vars(frag).items() if k != "text"}
        if joined and joined[-1][0] == style:
            joined[-1] = (style, joined[-1][1] + frag.text)
        else:
            joined.append((style, frag.text))
    return joined


@pytest.fixture(scope="module")
def printed_paragraphs(kb) -> list[tuple[str, object]]:
    """The text and style of every paragraph of the printed plans of every preset, in three languages."""
    seen: list[tuple[str, object]] = []
    real = ours.Paragraph._setup

    def record(self, text, style, bullet, frags, cleaner):
        if frags is None:
            seen.append((text, style))
        return real(self, text, style, bullet, frags, cleaner)

    ours.Paragraph._setup = record
    try:
        for preset in kb.protocols:
            for language in ("en", "ru", "uk"):
                export_plan(preset_plan(kb, preset), kb, CheckSettings(today=TODAY),
                            ReportOptions(export_date=TODAY, language=language, draft=True))
    finally:
        ours.Paragraph._setup = real
    return seen


def test_every_printed_paragraph_is_read_into_reportlabs_own_fragments(printed_paragraphs) -> None:
    assert len(printed_paragraphs) > 1000
    for text, style in printed_paragraphs:
        assert ours.tuple_tree(rl.cleanBlockQuotedText(text)) is not None, text  # the report's own markup
        mine, theirs = ours.Paragraph(text, style), rl.Paragraph(text, style)
        assert _fragments(mine) == _fragments(theirs), text
        for width in (120.0, 451.0):  # a cell, the page
            assert mine.wrap(width, 10_000) == theirs.wrap(width, 10_000), text
            assert [line_words(line) for line in mine.blPara.lines] == [line_words(line)
                                                                        for line in theirs.blPara.lines], text


WORDS = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=12).map(escape)
ATTRIBUTES = st.sampled_from(["", " size='7.5'", ' size="7"', " color='#555555'", ' name="PTSans-Bold"',
                              " size='7.5' color='#777777'"])


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["words", "words", "br", "b", "i", "font"] if depth < 3 else ["words", "br"]))
        if kind == "words":
            parts.append(draw(WORDS))
        elif kind == "br":
            parts.append("<br/>")
        else:
            attributes = draw(ATTRIBUTES) if kind == "font" else ""
            parts.append(f"<{kind}{attributes}>{draw(markup(depth + 1))}</{kind}>")
    return draw(st.sampled_from(["", " ", "\n"])).join(parts)


def _drawn(para: rl.Paragraph) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    para.wrapOn(canvas, 200, 10_000)
    para.drawOn(canvas, 20, 400)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@settings(max_examples=150, deadline=None)
@given(text=markup())
def test_any_markup_of_the_report_reads_as_reportlab_reads_it(text: str) -> None:
    style = make_styles().body
    assert ours.tuple_tree(rl.cleanBlockQuotedText(text)) is not None
    mine, theirs = ours.Paragraph(text, style), rl.Paragraph(text, style)
    assert _fragments(mine) == _fragments(theirs)
    assert mine.wrap(200, 10_000) == theirs.wrap(200, 10_000)


@pytest.mark.parametrize("text", [
    "x<super>2</super>", "a &nbsp; b", "a &#945; b", "<b>open", "close</b>", "<b>x</i>", "<br>", "</br>",
    "a < b", "R&D", "<b\xa0>x</b>", "<font\u2003size='7'>x</font>", "<b class=x>y</b>", "<para>x</para>",
    "<i>a</i></i>",
])
def test_other_markup_goes_to_reportlabs_parser(text: str) -> None:
    style = make_styles().body
    assert ours.tuple_tree(text) is None
    try:
        theirs = rl.Paragraph(text, style)
    except Exception as refused:
        with pytest.raises(type(refused)):
            ours.Paragraph(text, style)
        return
    mine = ours.Paragraph(text, style)
    assert _fragments(mine) == _fragments(theirs)
    assert _drawn(mine) == _drawn(theirs)


def test_an_unknown_font_is_refused_in_reportlabs_words() -> None:
    text, style = "<font size='7' name='Nowhere'>y</font>", make_styles().body
    assert ours.tuple_tree(text) is not None  # the report's markup, naming a font reportlab does not know
    with pytest.raises(ValueError) as theirs:
        rl.Paragraph(text, style)
    with pytest.raises(ValueError) as mine:
        ours.Paragraph(text, style)
    assert str(mine.value) == str(theirs.value)


def test_an_empty_attribute_stays_empty() -> None:
    assert ours.tuple_tree("<font style=''>x</font>") == ("para", {}, [("font", {"style": ""}, ["x"])])


def test_a_style_that_transforms_text_is_read_by_reportlab() -> None:
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("capitalised", parent=make_styles().body, textTransform="capitalize")
    text = "rock&amp;roll now"
    assert [f.text for f in ours.Paragraph(text, style).frags] == [f.text for f in rl.Paragraph(text, style).frags]
