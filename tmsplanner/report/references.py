"""Numbered references and the sign-off block.

A reference prints what a reader needs to find it: authors (only when the
author list was seen), title, journal, year, volume and pages, DOI and PMID.
Curation notes never print; an unverified reference carries a short mark.
News items are never cited (:func:`cite` leaves them out).
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable, KeepTogether, Spacer

from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.models import Reference
from tmsplanner.core.vocab import Provenance
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.tables import grid


def citable(kb: KnowledgeBase, ref_ids: Iterable[str]) -> list[str]:
    """The references a plan may cite as evidence: all but news items."""
    return [r for r in ref_ids if r in kb.references and kb.references[r].kind != "news"]


def unverified_words(ctx: ReportContext) -> str:
    """The short mark after a record not fully read in a source: ' (unverified)'."""
    return " <i>" + ctx.t("(unverified)") + "</i>"


def cite(ctx: ReportContext, ref_ids: Iterable[str]) -> str:
    """The citation marks ('[1, 4]') of a record's references, news items left out."""
    return ctx.citations.marks(citable(ctx.kb, ref_ids))


def _authors(ref: Reference) -> str | None:
    """The author list ending in one full stop ('et al.', not 'et al..'); None when it was not seen."""
    if not ref.authors_seen:
        return None
    return ref.authors.strip().rstrip(".").rstrip() + "."


def reference_text(ctx: ReportContext, ref: Reference) -> str:
    """A full reference in Vancouver-like style, escaped for a Paragraph."""
    authors = _authors(ref)
    parts = [text(authors)] if authors else []
    parts.append(f"{text(ref.title.rstrip('.'))}.")
    venue = " ".join(filter(None, [ref.journal, f"{ref.year}" if ref.year else ctx.t("n.d.")]))
    if ref.volume_pages:
        venue += f";{ref.volume_pages}"
    parts.append(f"<i>{text(venue)}</i>" + ("" if venue.endswith(".") else "."))
    if ref.version:
        parts.append(f"{text(ref.version[0].upper() + ref.version[1:])}.")
    if ref.doi:
        parts.append(f"doi:{text(ref.doi)}.")
    if ref.pmid:
        parts.append(f"PMID {text(ref.pmid)}.")
    if not (ref.journal or ref.doi or ref.pmid) and ref.url and ref.url.startswith("https://"):
        parts.append(f"{text(ref.url)}")
    if ref.provenance == Provenance.UNVERIFIED:
        parts.append("<i>" + ctx.t("(some details unverified)") + "</i>")
    return " ".join(parts)


def reference_list(ctx: ReportContext, ref_ids: Iterable[str]) -> list[Flowable]:
    """The numbered entries of these references, in the order given."""
    out: list[Flowable] = []
    for ref_id in ref_ids:
        ref = ctx.kb.references[ref_id]
        out.append(Paragraph(f"[{ctx.citations.number(ref_id)}] {reference_text(ctx, ref)}", ctx.styles.small))
        out.append(Spacer(0, 2))
    return out


def references_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Every reference cited so far, numbered as in the text."""
    return [Paragraph(ctx.t("References"), ctx.styles.h2), *reference_list(ctx, ctx.citations.used())]


def signoff_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Prescriber's name, signature and date, and the decision-support statement."""
    s = ctx.styles
    blank = Paragraph("<br/><br/>", s.cell)
    rows = [[Paragraph(ctx.t("<b>Prescribing physician</b>"), s.cell), Paragraph(ctx.t("<b>Signature</b>"), s.cell),
             Paragraph(ctx.t("<b>Date</b>"), s.cell)], [blank, blank, blank]]
    return [KeepTogether([
        Paragraph(ctx.t("Sign-off"), s.h2),
        grid(rows, [0.45 * width, 0.35 * width, 0.2 * width]),
        Spacer(0, 6),
        Paragraph(ctx.t("tmsplanner is decision support, not a device controller: confirm every parameter on the "
                        "stimulator before each session."), s.small),
    ])]
