"""What every report section receives, and the citation numbering."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from tmsplanner.core.checks import Finding
from tmsplanner.core.course_view import CourseView, course_view
from tmsplanner.core.dates import english_date
from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.i18n import Catalogue, catalogue
from tmsplanner.core.labels import label as vocab_label
from tmsplanner.core.messages import Translator, translator_for
from tmsplanner.core.plan import Plan
from tmsplanner.core.planio import plan_fingerprint
from tmsplanner.core.settings import SafetyTableCheck
from tmsplanner.report.fonts import markup
from tmsplanner.report.styles import Styles


class ReportOptions(NamedTuple):
    """How to print.

    Attributes
    ----------
    export_date : datetime.date
        Printed in the footer and stored as the PDF's creation date; the same
        plan and export date give the same bytes.
    paper : str
        ``"a4"`` or ``"letter"``.
    clinic_name : str, optional
        Printed in the header of every page.
    draft : bool
        Watermark every page "DRAFT — NOT FOR TREATMENT".
    table_check : SafetyTableCheck, optional
        The clinic's record that a physician checked the bundled, unverified
        train-duration table against the published one; page 1 names it.
    appendix : bool
        Print the appendix after the references: the NIBS-BIDS timing, every
        matching trial in full and the mechanistic studies.
    language : str
        The language of the printed plan (``en``, ``ru``, ``uk``), independent
        of the window's.
    """

    export_date: dt.date
    paper: str = "a4"
    table_check: SafetyTableCheck | None = None
    clinic_name: str | None = None
    draft: bool = False
    appendix: bool = False
    language: str = "en"


# strftime directives and their CLDR pattern letters (the only ones the report uses).
_CLDR = {"%a": "EEE", "%A": "EEEE", "%d": "dd", "%b": "MMM", "%B": "MMMM", "%Y": "y", "%H": "HH", "%M": "mm"}


class Citations:
    """Numbers references in order of first use; the reference list follows it."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def number(self, ref_id: str) -> int:
        """Return the number of a reference, assigning the next one on first use."""
        return self._numbers.setdefault(ref_id, len(self._numbers) + 1)

    def marks(self, ref_ids: tuple[str, ...] | list[str]) -> str:
        """Return '[1, 4]' for the given references (empty for none)."""
        if not ref_ids:
            return ""
        numbers = sorted({self.number(r) for r in ref_ids})
        return "[" + ", ".join(str(n) for n in numbers) + "]"

    def used(self) -> list[str]:
        """Reference ids in number order."""
        return list(self._numbers)


UNVERIFIED_MARK = "†"
UNVERIFIED_LEGEND = ("† rests on data not read in a source (unverified): confirm it against the primary paper or "
                     "the device's instructions.")


def mark(unverified: bool) -> str:
    """The mark printed beside a value that rests on unverified data (empty otherwise)."""
    return UNVERIFIED_MARK if unverified else ""


def sentence(value: object) -> str:
    """Escaped text ending in exactly one full stop (data may or may not end with one)."""
    body = str(value).rstrip()
    return text(body if body.endswith((".", "!", "?")) else body + ".")


def text(value: object) -> str:
    """Escape any text for a reportlab Paragraph (user text prints literally, each run in a font that has it).

    Raises
    ------
    UnprintableText
        If a character is drawn by none of the report's fonts.
    """
    return markup(value)


@dataclass
class ReportContext:
    """Inputs of one export; ``view`` (built from the others when not given) is what the sections print."""

    plan: Plan
    kb: KnowledgeBase
    figures: CourseFigures
    findings: list[Finding]
    options: ReportOptions
    styles: Styles
    citations: Citations = field(default_factory=Citations)
    view: CourseView = None  # type: ignore[assignment]  # set in __post_init__

    def __post_init__(self) -> None:
        if self.view is None:
            self.view = course_view(self.plan, self.figures, self.kb, self.findings)

    @property
    def catalogue(self) -> Catalogue:
        """The printed plan's language."""
        return catalogue(self.options.language)

    def t(self, message: str, /, **values: object) -> str:
        """A text of the printed plan in its language (context ``report``), its ``{names}`` filled with ``values``.

        The template is markup; the values are inserted as given (escape user text with :func:`text`).
        """
        words = self.catalogue.gettext(message, "report")
        return words.format(**values) if values else words

    def tn(self, singular: str, plural: str, n: int, /, **values: object) -> str:
        """A text with plural forms, chosen for ``n`` (``{n}`` is filled with it)."""
        return self.catalogue.ngettext(singular, plural, n, "report").format(n=n, **values)

    def day(self, value: dt.date, pattern: str = "%d %b %Y") -> str:
        """A date in a ``strftime``-style pattern (``%a %d %b %Y``), with the language's day and month names.

        English keeps :func:`~tmsplanner.core.dates.english_date`'s form; other languages go through CLDR.
        """
        if self.catalogue.language == "en":
            return english_date(value, pattern)
        cldr = "".join(_CLDR.get(part, f"'{part}'" if part.strip() and not part.startswith("%") else part)
                       for part in re.split(r"(%[aAdbBYHM])", pattern) if part)
        return self.catalogue.date(value, cldr)

    def num(self, value: float, decimals: int = 0) -> str:
        """A number as the language writes it (at most ``decimals`` decimals)."""
        return self.catalogue.number(value, decimals)

    def label(self, value: StrEnum) -> str:
        """A vocabulary id in the printed plan's language (the window's words for it)."""
        return self.catalogue.gettext(vocab_label(value), "vocab")

    @property
    def translator(self) -> Translator:
        """Finding messages in the printed plan's language."""
        return translator_for(self.options.language, self.kb)

    def ev(self, record: object, field: str) -> str:
        """A text field of an evidence record in the printed plan's language (its English when untranslated)."""
        return self.catalogue.evidence(record, field)

    def rule_title(self, rule_id: str) -> str:
        """A rule's title in the printed plan's language."""
        rule = self.kb.rules.get(rule_id)
        return self.catalogue.gettext(rule.title, f"rule title {rule_id}") if rule is not None else rule_id

    @property
    def fingerprint(self) -> str:
        """Short hash of the plan file content."""
        return plan_fingerprint(self.plan)
