"""Text put into markup: the printed plan's paragraphs and the window's rich text (labels, tooltips)."""

from __future__ import annotations


def escape(text: str) -> str:
    """``text`` as markup content: &, < and > (and ", for attribute values) as entities.

    What ``xml.sax.saxutils.escape`` does with quotes, without loading the XML or HTML modules at start-up.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
