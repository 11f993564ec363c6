"""The optional appendix: the stimulation timing in the NIBS-BIDS form, every matching trial in full, mechanisms.

Printed only when :attr:`ReportOptions.appendix` is set, after the references.
References first cited here are listed at its end, numbered on from the plan's
list. Claims that rest on the seed review alone (no primary paper read) and
news items never print; curation notes never print.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, PageBreak, Spacer

from tmsplanner.core.evidence.models import MechanismClaim
from tmsplanner.core.labels import target_label, timing_words
from tmsplanner.report.context import ReportContext, sentence, text
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.rationale import found_for, plan_classes, unverified_mark
from tmsplanner.report.references import cite, reference_list

NIBS_BIDS = "nibsbids"
"""The reference of the NIBS-BIDS draft whose six-parameter timing the appendix prints."""

SEED_REVIEW = "seed-review"
"""The reference of the review whose claims the mechanism records check (attributed, never cited as evidence)."""

_SEED_NUMBERS = re.compile(r"\s*\[\d+(?:,\s*\d+)*\]")


def nibs_bids_label(ctx: ReportContext) -> str:
    """'NIBS-BIDS draft of 13 October 2025' as recorded in the reference, or a plain 'date not recorded'."""
    ref = ctx.kb.references.get(NIBS_BIDS)
    if ref is not None and ref.version:
        return f"NIBS-BIDS {ref.version}"  # the version as the reference records it
    return ctx.t("NIBS-BIDS (draft, date not recorded)")


def _rests_on_seed_alone(ctx: ReportContext, m: MechanismClaim) -> bool:
    return all(ctx.kb.references[c].kind == "seed_document" for c in m.citations)


def appendix_mechanisms(ctx: ReportContext) -> list[MechanismClaim]:
    """Mechanistic claims of this plan's patterns and general ones, each with a primary paper read."""
    classes = plan_classes(ctx.plan)
    return [m for m in ctx.kb.mechanisms
            if (not m.pattern_classes or set(m.pattern_classes) & classes) and not _rests_on_seed_alone(ctx, m)]


def _timing(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    ref = [NIBS_BIDS] if NIBS_BIDS in ctx.kb.references else []
    out: list[Flowable] = [
        Paragraph(ctx.t("Stimulation timing ({version})", version=text(nibs_bids_label(ctx))), s.h3),
        Paragraph(ctx.t("The six-parameter nested timing of the {version} {marks}, a draft specification, not a "
                        "published standard. Intervals are onset to onset; an unused level has a count of 1 and an "
                        "interval of 0.", version=text(nibs_bids_label(ctx)), marks=cite(ctx, ref)), s.small),
    ]
    for b in ctx.view.blocks:
        title = (ctx.t("Block {n}, {target}", n=b.number, target=text(target_label(b.block, ctx.catalogue)))
                 if len(ctx.view.blocks) > 1 else ctx.t("Stimulation"))
        # the NIBS-BIDS parameter names are the specification's own and print untranslated
        out.append(Paragraph(f"<b>{title}:</b> {text(timing_words(b.dose.timing))}", s.small))
    return out


def _trials(ctx: ReportContext) -> list[Flowable]:
    s, trials = ctx.styles, found_for(ctx).trials
    if not trials:
        return []
    return [Paragraph(ctx.t("Trials and meta-analyses of this indication, target and pattern"), s.h3)] + [
        Paragraph(f"<b>{text(ctx.ev(trial, 'name'))}.</b> {sentence(ctx.ev(trial, 'design'))} "
                  f"{sentence(ctx.ev(trial, 'figures'))} {cite(ctx, trial.citations)}{unverified_mark(ctx, trial)}",
                  s.small) for trial in trials]


def _mechanism(ctx: ReportContext, m: MechanismClaim) -> Paragraph:
    s = ctx.styles
    primary = [c for c in m.citations if ctx.kb.references[c].kind != "seed_document"]
    if m.source_document == "cell_2026":
        claim = ctx.t("<b>2026 Cell paper.</b>") + " "
    else:
        review = SEED_REVIEW if SEED_REVIEW in ctx.kb.references else None
        marks = f" {cite(ctx, [review])}" if review else ""
        claim = (ctx.t("<b>Review claim</b>{marks}:", marks=marks)
                 + f" {sentence(_SEED_NUMBERS.sub('', ctx.ev(m, 'seed_claim')))}<br/>")
    correction = (" " + ctx.t("<i>Correction to the claim:</i>") + f" {sentence(ctx.ev(m, 'correction'))}"
                  if m.correction else "")
    return Paragraph(
        claim + ctx.t("<b>Primary evidence:</b>") + f" {sentence(ctx.ev(m, 'primary_finding'))} "
        + ctx.t("<i>Species:</i>") + f" {sentence(ctx.ev(m, 'species'))} " + ctx.t("<i>Caveats:</i>")
        + f" {sentence(ctx.ev(m, 'caveats'))}{correction} {cite(ctx, primary)}{unverified_mark(ctx, m)}", s.small)


def _mechanisms(ctx: ReportContext) -> list[Flowable]:
    s, claims = ctx.styles, appendix_mechanisms(ctx)
    if not claims:
        return []
    out: list[Flowable] = [
        Paragraph(ctx.t("Mechanisms: preclinical and physiological studies"), s.h3),
        Paragraph(ctx.t("Claims of a review of rTMS and neuroplasticity and of the 2026 Cell paper on accelerated "
                        "iTBS, each checked against its primary paper: those of this course's patterns and the "
                        "general ones. None of them is evidence of clinical efficacy."), s.small),
    ]
    for m in claims:
        out += [_mechanism(ctx, m), Spacer(0, 2)]
    return out


def appendix_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """The appendix, when the options ask for it (else nothing)."""
    if not ctx.options.appendix:
        return []
    s = ctx.styles
    listed = set(ctx.citations.used())
    out: list[Flowable] = [
        PageBreak(), Paragraph(ctx.t("Appendix: the evidence in detail"), s.h2),
        Paragraph(ctx.t("Not needed to deliver the course: the stimulation timing in the NIBS-BIDS form, every trial "
                        "and meta-analysis of this indication, target and pattern, and the mechanistic studies."),
                  s.small),
    ]
    out += _timing(ctx) + _trials(ctx) + _mechanisms(ctx)
    new = [r for r in ctx.citations.used() if r not in listed]
    if new:
        out += [Paragraph(ctx.t("References of the appendix"), s.h3), *reference_list(ctx, new)]
    return out
