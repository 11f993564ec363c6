"""The Latin + Cyrillic font family used on paper (and in the GUI).

PT Sans (ParaType, OFL) comes from the ``fontpkg-pt-sans`` package, never from
a system font path, so every workstation prints the same letters.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import fontpkg_pt_sans
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "PTSans"
FILES = {
    "PTSans": "PT_Sans-Web-Regular.ttf",
    "PTSans-Bold": "PT_Sans-Web-Bold.ttf",
    "PTSans-Italic": "PT_Sans-Web-Italic.ttf",
    "PTSans-BoldItalic": "PT_Sans-Web-BoldItalic.ttf",
}


def font_path(name: str = "PTSans") -> Path:
    """Path of one face's TrueType file."""
    return Path(fontpkg_pt_sans.ROOT) / "files" / FILES[name]


@cache
def register_fonts() -> str:
    """Register the family with reportlab once; return the regular face's name."""
    for name in FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    addMapping(FAMILY, 0, 0, "PTSans")
    addMapping(FAMILY, 1, 0, "PTSans-Bold")
    addMapping(FAMILY, 0, 1, "PTSans-Italic")
    addMapping(FAMILY, 1, 1, "PTSans-BoldItalic")
    return FAMILY


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` the regular face cannot draw."""
    register_fonts()
    face = pdfmetrics.getFont("PTSans").face
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in face.charToGlyph}
