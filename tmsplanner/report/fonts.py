"""The fonts of the printed plan, and which one draws each piece of text.

PT Sans (ParaType, OFL) from the ``fontpkg-pt-sans`` package draws Latin and
Cyrillic, as in the window. Text it cannot draw goes, cluster by cluster, to:

* Arimo (OFL, ``fontpkg-arimo``): Latin Extended and Vietnamese, Greek,
  Cyrillic Extended and Hebrew. The package ships a variable font; reportlab
  embeds its default instance (Regular), so bold runs in Arimo print regular.
* reportlab's CID fonts for Chinese, Japanese and Korean (``STSong-Light``,
  ``HeiseiKakuGo-W5``, ``HYGothic-Medium``): no font file, the PDF names the
  Adobe character collection and the reader supplies the glyphs.

Right-to-left runs (Hebrew) are put in visual order before drawing, since
reportlab draws left to right. Scripts that need shaping (Arabic, Indic,
Thai, ...) and anything else none of these fonts covers is never drawn as a
box: :func:`check_printable` and :func:`markup` raise :class:`UnprintableText`,
naming the characters, and nothing is written. Fonts always come from
packages, never from system font paths, so every workstation prints the same.

Reading a TrueType file's tables (metrics, character map) takes reportlab a
few milliseconds a face. What it reads is kept in the user's cache (see
:mod:`tmsplanner.core.cache`) under the files' contents, reportlab's version,
its font code and the settings a font takes from it (ASCII-readable subsets,
shaping), and this module's code; the file's bytes themselves are read each
time, as they are embedded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import fontpkg_arimo
import fontpkg_pt_sans
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from tmsplanner.core import cache as kept
from tmsplanner.core.errors import FileWriteError, Phrase
from tmsplanner.core.markup import escape

FAMILY = "PTSans"
FILES = {
    "PTSans": "PT_Sans-Web-Regular.ttf",
    "PTSans-Bold": "PT_Sans-Web-Bold.ttf",
    "PTSans-Italic": "PT_Sans-Web-Italic.ttf",
    "PTSans-BoldItalic": "PT_Sans-Web-BoldItalic.ttf",
}
FALLBACK = "Arimo"
FALLBACK_FILES = {"Arimo": "Arimo[wght].ttf", "Arimo-Italic": "Arimo-Italic[wght].ttf"}
CHINESE, JAPANESE, KOREAN = "STSong-Light", "HeiseiKakuGo-W5", "HYGothic-Medium"

# What the Adobe collections behind the CID fonts hold (BMP only: they are addressed in UCS-2).
_HAN = ((0x3400, 0x4DB5), (0x4E00, 0x9FA5))
_CJK_COMMON = ((0x3000, 0x303F), (0xFF01, 0xFF60), (0xFFE0, 0xFFE6))
_KANA = ((0x3041, 0x3096), (0x309B, 0x309E), (0x30A1, 0x30FE), (0x31F0, 0x31FF))
_HANGUL = ((0x1100, 0x11FF), (0x3131, 0x318E), (0xAC00, 0xD7A3))


# Every character str.isspace() accepts (a line's spaces print as the plain space, see line_runs).
SPACES = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                   "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")

_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def font_path(name: str = "PTSans") -> Path:
    """Path of one face's TrueType file."""
    if name in FALLBACK_FILES:
        return Path(fontpkg_arimo.ROOT) / "files" / FALLBACK_FILES[name]
    return Path(fontpkg_pt_sans.ROOT) / "files" / FILES[name]


class _Scale:
    """A face's font units to PDF glyph space (thousandths of the em), as reportlab's own reading sets it."""

    def __init__(self, units_per_em: int) -> None:
        self.factor = None if units_per_em == 1000 else 1000 / units_per_em

    def __call__(self, value: float) -> float:
        return value if self.factor is None else value * self.factor


def _font_state(font: TTFont) -> tuple[dict[str, Any], dict[str, Any]]:
    """What reportlab made of a font, without what belongs to one process: the file's bytes (read anew), the
    per-document state and the scaling function."""
    own = {k: v for k, v in vars(font).items() if k not in ("face", "state")}
    face = {k: v for k, v in vars(font.face).items() if k not in ("_ttf_data", "_pdfScale", "filename")}
    return own, face


def _kept_font(name: str, path: Path, data: bytes, state: tuple[dict[str, Any], dict[str, Any]]) -> TTFont:
    """The font reportlab would make of ``path``, from what it made of the same bytes before."""
    own, face_state = state
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(face_state)
    face.__dict__.update(_ttf_data=data, filename=str(path), _pdfScale=_Scale(face_state["unitsPerEm"]))
    font = TTFont.__new__(TTFont)
    font.__dict__.update(own)
    font.__dict__.update(fontName=name, face=face, state=WeakKeyDictionary())
    return font


def _is_font_states(found: object) -> bool:
    return (isinstance(found, dict) and set(found) == set(FILES)
            and all(isinstance(v, tuple) and len(v) == 2 and isinstance(v[1].get("unitsPerEm"), int)
                    for v in found.values()))


def _read_font(name: str, path: Path) -> TTFont:
    """A font as reportlab reads it from its file."""
    return TTFont(name, str(path))


def family_fonts() -> list[TTFont]:
    """The family's four faces as reportlab fonts; what reportlab read of their files is kept between runs."""
    paths = {name: font_path(name) for name in FILES}
    data = {name: path.read_bytes() for name, path in paths.items()}

    def key() -> str:
        made = (kept.Key("pdf-fonts").add_version("reportlab", kept.package_version("reportlab"))
                .add_modules(["reportlab.pdfbase.ttfonts", "reportlab.pdfbase.pdfmetrics", __name__])
                .add("settings", repr((rl_config.ttfAsciiReadable, rl_config.unShapedFontGlob,
                                       ttfonts.uharfbuzz is not None))))  # what a font takes from the run
        for name in FILES:
            made.add(name, data[name])
        return made.hexdigest()

    states = kept.load_or_make(
        "pdf-fonts", key, lambda: {name: _font_state(_read_font(name, paths[name])) for name in FILES},
        _is_font_states)
    return [_kept_font(name, paths[name], data[name], states[name]) for name in FILES]


@cache
def register_fonts() -> str:
    """Register the family with reportlab once; return the regular face's name."""
    for font in family_fonts():
        pdfmetrics.registerFont(font)
    addMapping(FAMILY, 0, 0, "PTSans")
    addMapping(FAMILY, 1, 0, "PTSans-Bold")
    addMapping(FAMILY, 0, 1, "PTSans-Italic")
    addMapping(FAMILY, 1, 1, "PTSans-BoldItalic")
    return FAMILY


@cache
def _register_fallback(name: str) -> str:
    """Register one fallback font on first use (a normal Latin or Cyrillic plan never loads one)."""
    if name == FALLBACK:
        for face in FALLBACK_FILES:
            pdfmetrics.registerFont(TTFont(face, str(font_path(face))))
        italic = "Arimo-Italic"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # its character collections' tables: CJK text only

        pdfmetrics.registerFont(UnicodeCIDFont(name))
        italic = name
    # Inside <b> or a bold style the regular face prints: these fonts have no bold face here.
    addMapping(name, 0, 0, name)
    addMapping(name, 1, 0, name)
    addMapping(name, 0, 1, italic)
    addMapping(name, 1, 1, italic)
    return name


@cache
def _charset(name: str) -> frozenset[str]:
    register_fonts()
    if name in FALLBACK_FILES:
        _register_fallback(FALLBACK)
    face = pdfmetrics.getFont(name).face
    return frozenset(map(chr, face.charToGlyph)) | SPACES


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


def _cid_covers(name: str, ch: str) -> bool:
    code = ord(ch)
    if name == CHINESE:
        return _in(code, _HAN) or _in(code, _CJK_COMMON)
    if name == JAPANESE:
        return _in(code, _HAN) or _in(code, _CJK_COMMON) or _in(code, _KANA)
    return _in(code, _HANGUL) or _in(code, _CJK_COMMON) or _in(code, _HAN)


def covers(name: str, text: str) -> bool:
    """Whether the font ``name`` has a glyph for every character of ``text``."""
    if name in (CHINESE, JAPANESE, KOREAN):
        return all(_cid_covers(name, ch) or ch.isspace() for ch in text)
    return _charset(name).issuperset(text)


def missing_glyphs(text: str, font: str = "PTSans") -> set[str]:
    """Characters of ``text`` the font ``font`` (PT Sans regular unless named) cannot draw."""
    return {ch for ch in set(text) if not ch.isspace() and not covers(font, ch)}


def _order(text: str) -> tuple[str, ...]:
    """The fonts to try for ``text``, in order; Han goes to the Japanese or Korean font next to kana or hangul."""
    codes = [ord(ch) for ch in text if ord(ch) >= 0x1100]
    if any(_in(c, _KANA) for c in codes):
        return FAMILY, FALLBACK, JAPANESE, CHINESE, KOREAN
    if any(_in(c, _HANGUL) for c in codes):
        return FAMILY, FALLBACK, KOREAN, CHINESE, JAPANESE
    return FAMILY, FALLBACK, CHINESE, JAPANESE, KOREAN


def _clusters(text: str) -> list[str]:
    """Base characters with their combining marks (a mark is drawn by its base's font)."""
    out: list[str] = []
    for ch in text:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _direction(cluster: str) -> str:
    kind = unicodedata.bidirectional(cluster[0])
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    return "EN" if kind in ("EN", "AN") else "N"


def visual_order(text: str) -> str:
    """``text`` in the order it is drawn left to right: right-to-left runs reversed.

    The Unicode bidirectional algorithm for one line without explicit
    embeddings: numbers stay left to right, neutrals between two runs of one
    direction take it (numbers count as right-to-left there), other neutrals
    the paragraph's direction (its first strong character's); brackets in
    right-to-left runs are mirrored.
    """
    clusters = _clusters(text)
    kinds = [_direction(c) for c in clusters]
    if "R" not in kinds:
        return text
    base = next(k for k in kinds if k in ("L", "R"))
    last = base
    for i, kind in enumerate(kinds):
        if kind in ("L", "R"):
            last = kind
        elif kind == "EN" and last == "L":
            kinds[i] = "L"
    i = 0
    while i < len(kinds):
        if kinds[i] != "N":
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == "N":
            j += 1
        before = ("R" if kinds[i - 1] == "EN" else kinds[i - 1]) if i else base
        after = ("R" if kinds[j] == "EN" else kinds[j]) if j < len(kinds) else base
        kinds[i:j] = [before if before == after else base] * (j - i)
        i = j
    levels = [{"L": 0, "R": 1, "EN": 2}[k] + (2 if base == "R" and k == "L" else 0) for k in kinds]
    clusters = [_MIRRORED.get(c, c) if level % 2 else c for c, level in zip(clusters, levels, strict=True)]
    for level in range(max(levels), 0, -1):
        i = 0
        while i < len(levels):
            if levels[i] < level:
                i += 1
                continue
            j = i
            while j < len(levels) and levels[j] >= level:
                j += 1
            clusters[i:j] = clusters[i:j][::-1]
            levels[i:j] = levels[i:j][::-1]
            i = j
    return "".join(clusters)


class UnprintableText(FileWriteError):
    """Text to print has characters none of the PDF's fonts can draw; nothing was written.

    Attributes
    ----------
    field : str
        Where the text comes from (``patient.display_name``, ``clinic_name``, ...).
    characters : str
        The characters, each once, in order of first appearance.
    """

    def __init__(self, field: str, characters: Iterable[str]) -> None:
        chars = "".join(dict.fromkeys(characters))
        listed = ", ".join(_describe(ch) for ch in chars[:8])
        shown = Phrase("{characters} and {more} more", characters=listed, more=len(chars) - 8) if len(chars) > 8 \
            else listed
        named = Phrase("report text") if field == "report text" else field
        super().__init__("PDF", Phrase("field '{field}' has characters no PDF font can print: {characters}; nothing "
                                       "was written (change or transliterate them)", field=named, characters=shown))
        self.field = field
        self.characters = chars


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    code = f"U+{ord(ch):04X}" + (f" {name}" if name else "")
    return f"'{ch}' ({code})" if ch.isprintable() and unicodedata.category(ch) not in ("Mn", "Me") else code


def runs(text: str, font: str = FAMILY) -> list[tuple[str, str]]:
    """``text`` in drawing order as (font, text) runs; ``font`` (a PT Sans face) where it can draw.

    Raises
    ------
    UnprintableText
        If some character is drawn by none of the fonts (field ``report text``).
    """
    if text.isascii() or covers(FAMILY, text):
        return [(font, text)]
    logical = unicodedata.normalize("NFC", text)
    text = visual_order(logical)
    order = _order(text)
    out: list[tuple[str, str]] = []
    missing: list[str] = []

    def add(name: str, part: str) -> None:
        if name != font:
            name = font if name == FAMILY else _register_fallback(name)
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + part)
        else:
            out.append((name, part))

    for word in re.split(r"(\s+)", text):
        if not word:
            continue
        if word.isspace():
            add(out[-1][0] if out else font, word)
            continue
        whole = next((f for f in order if covers(f, word)), "")  # one font per word where one can
        if whole:
            add(whole, word)
            continue
        for cluster in _clusters(word):
            name = next((f for f in order if covers(f, cluster)), "")
            if name:
                add(name, cluster)
            else:
                missing += [ch for ch in cluster if not any(covers(f, ch) for f in order)]
    if missing:
        raise UnprintableText("report text", [ch for ch in logical if ch in missing])
    return out


def markup(value: object) -> str:
    """Escaped Paragraph markup of any text, with a <font> tag around each run PT Sans cannot draw.

    Raises
    ------
    UnprintableText
        If some character is drawn by none of the fonts.
    """
    body = str(value)
    pieces = runs(body)
    if len(pieces) == 1 and pieces[0][0] == FAMILY:
        return escape(body)
    return "".join(escape(part) if name == FAMILY else f'<font name="{name}">{escape(part)}</font>'
                   for name, part in pieces)


def check_printable(fields: Iterable[tuple[str, str | None]]) -> None:
    """Refuse, naming the first field and its characters, if some text cannot be printed.

    Raises
    ------
    UnprintableText
        For the first field with a character none of the fonts can draw.
    """
    for field, value in fields:
        if value:
            try:
                runs(value)
            except UnprintableText as exc:
                raise UnprintableText(field, exc.characters) from None


_ANY_SPACE = re.compile(r"\s")


def line_runs(value: str, font: str = FAMILY) -> list[tuple[str, str]]:
    """:func:`runs` of one printed line: any space becomes the plain space every font has."""
    if not value.isascii():
        value = _ANY_SPACE.sub(" ", value)  # Paragraphs break at any space; a canvas line needs one the font has
    return runs(value, font)


def draw_text(c: Canvas, x: float, y: float, value: str, font: str, size: float, align: str = "left") -> None:
    """Draw one line on a canvas, each run in a font that has its glyphs; ``align`` left, centre or right."""
    pieces = line_runs(value, font)
    if len(pieces) == 1:
        name, part = pieces[0]
        if (c._fontname, c._fontsize) != (name, size):
            c.setFont(name, size)
        draw = {"left": c.drawString, "centre": c.drawCentredString, "right": c.drawRightString}[align]
        draw(x, y, part)
        return
    if align != "left":
        width = sum(pdfmetrics.stringWidth(part, name, size) for name, part in pieces)
        x -= width if align == "right" else width / 2
    for name, part in pieces:
        if (c._fontname, c._fontsize) != (name, size):
            c.setFont(name, size)
        c.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, name, size)
