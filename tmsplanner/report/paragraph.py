"""The report's paragraph: reportlab's, read without its HTML parser and laid out once per width.

Reading. Reportlab reads a paragraph's markup with the standard library's
HTML parser, about a tenth of a millisecond a paragraph. The report's markup is
its own and small: text escaped by :func:`tmsplanner.core.markup.escape`,
``<b>``, ``<i>``, ``<br/>`` and ``<font>`` with quoted attributes. Such
markup is read here into the tuple tree reportlab's parser also accepts
(``ParaParser.tt_parse``), so the fragments are reportlab's own; anything else
(another tag, an entity, a stray ``<`` or ``&``, unbalanced tags, any space
but the plain one inside a tag) goes to reportlab's parser as before, as does
a paragraph whose style transforms its text. tests/report/test_paragraph_markup.py holds both
readings of every paragraph of the printed plans side by side.

Layout. A paragraph is wrapped several times before it is drawn: a table
measures its cells, a block kept together measures its parts, the frame
measures it again to place it. Reportlab breaks the lines anew each time. The
lines depend only on the text, the style and the width, none of which changes
after the paragraph is made, so a wrap at the width of the last one returns
that one's size and keeps its lines (while reportlab keeps them: a split that
finds no room drops them, and the next wrap makes them anew). A paragraph
split across pages is made anew by reportlab (as this class), with its own
layout.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import paragraph
from reportlab.platypus.paraparser import ParaParser

# A tag of the report's markup (plain spaces only inside it), an entity escape() writes, or a "<" or "&"
# that is neither.
_TOKEN = re.compile(r"""<(/?)(b|i|br|font)((?: +[a-z]+=(?:'[^'&<>]*'|"[^"&<>]*"))*) *(/?)>|&(amp|lt|gt|quot);|[<&]""")
_ATTRIBUTE = re.compile(r"""([a-z]+)=(?:'([^']*)'|"([^"]*)")""")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"'}
Tree = tuple[str, dict[str, str], list[Any]]


def tuple_tree(text: str) -> Tree | None:
    """The tuple tree of ``text`` as reportlab's parser reads it, or None when the text is not in the report's
    own markup (then reportlab's parser reads it)."""
    root: Tree = ("para", {}, [])
    open_tags = [root]
    pending: list[str] = []
    at = 0

    def flush() -> None:
        joined = "".join(pending)
        if joined:  # reportlab's parser makes no fragment of nothing
            open_tags[-1][2].append(joined)
        pending.clear()

    for token in _TOKEN.finditer(text):
        if token.start() > at:
            pending.append(text[at:token.start()])
        at = token.end()
        closing, tag, attributes, self_closing, entity = token.groups()
        if entity:
            pending.append(_ENTITIES[entity])
            continue
        if tag is None or (tag == "br") != (self_closing == "/" and not closing and not attributes):
            return None  # a stray "<" or "&", or a line break written otherwise than <br/>
        flush()
        if closing:
            if attributes or self_closing or len(open_tags) == 1 or open_tags[-1][0] != tag:
                return None
            open_tags.pop()
            continue
        element: Tree = (tag, {m[1]: m[2] if m[2] is not None else m[3] for m in _ATTRIBUTE.finditer(attributes)},
                         [])
        open_tags[-1][2].append(element)
        if tag != "br":
            open_tags.append(element)
    pending.append(text[at:])
    flush()
    return root if len(open_tags) == 1 else None


class Paragraph(paragraph.Paragraph):
    """A reportlab paragraph read from the report's markup directly; its wrap at an unchanged width reuses the
    last layout."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is None and isinstance(text, str) and not getattr(style, "textTransform", None):
            # (a text transform works fragment by fragment, and reportlab's parser cuts text at entities)
            cleaned = cleaner(text)
            tree = tuple_tree(cleaned)
            if tree is not None:
                parser = ParaParser()
                parser.caseSensitive = self.caseSensitive
                try:
                    read_style, read, bullet = parser.tt_parse(tree, style)
                except Exception:  # an unknown font, say: reportlab's own reading says what is wrong
                    read = None
                if read is not None:
                    paragraph.textTransformFrags(read, read_style)
                    super()._setup(cleaned, read_style, bullet or bulletText, read, cleaner)
                    return
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._wrapped
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            return last[1]  # reportlab drops the lines when a split finds no room: then they are made anew
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size
