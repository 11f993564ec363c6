"""Literature rationale, written from the evidence base's records: one page on this course's evidence.

It prints the preset, the guideline level(s), the regulatory status, the key
trials of this indication, target and pattern (one line each: participants
and main result) and only the mechanistic claims tagged for this plan's
pattern and indication. Everything else (all matching trials in full,
mechanisms at large) is in the optional appendix. Curation notes never print:
an unverified record carries a short mark.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from tmsplanner.core.checks.patterns import is_sequential_bilateral, pattern_class
from tmsplanner.core.course_view import Rationale, rationale_for
from tmsplanner.core.evidence.models import Cited, MechanismClaim, TrialResult
from tmsplanner.core.labels import lower_first
from tmsplanner.core.plan import Plan
from tmsplanner.core.vocab import PatternClass, Provenance
from tmsplanner.report.context import ReportContext, sentence, text
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.references import cite, unverified_words


def unverified_mark(ctx: ReportContext, record: Cited) -> str:
    """' (unverified)' for a record that was not fully read in a source, else nothing."""
    return unverified_words(ctx) if record.provenance == Provenance.UNVERIFIED else ""


def plan_classes(plan: Plan) -> set[PatternClass]:
    """The pattern classes of a plan's blocks, with the sequential bilateral class where it applies."""
    classes = {pattern_class(b) for b in plan.blocks}
    if is_sequential_bilateral(plan):
        classes.add(PatternClass.BILATERAL_SEQUENTIAL)
    return classes


def found_for(ctx: ReportContext) -> Rationale:
    """The evidence records that match the plan's indication, targets and patterns."""
    return ctx.view.rationale or rationale_for(ctx.plan, ctx.kb)


def key_trials(ctx: ReportContext, found: Rationale) -> list[TrialResult]:
    """The trials the rationale names: key for one of the plan's patterns, run with the plan's coil.

    An accelerated plan (several sessions a day) gets the accelerated key trials, or the daily ones when
    there are none; a daily plan gets the daily key trials.
    """
    plan, classes = ctx.plan, plan_classes(ctx.plan)
    coil = plan.device.coil if plan.device.coil.is_h_coil else None
    key = [t for t in found.trials if set(t.key_for) & classes and t.coil == coil]
    accelerated = ctx.view.sessions_per_day > 1
    return [t for t in key if t.accelerated == accelerated] or [t for t in key if not t.accelerated]


def plan_mechanisms(ctx: ReportContext) -> list[MechanismClaim]:
    """The mechanistic claims tagged for this plan's pattern and indication."""
    classes = plan_classes(ctx.plan)
    return [m for m in ctx.kb.mechanisms if m.applies_to(ctx.plan.indication, classes)]


def rationale_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Guideline level, regulatory status, key trials and the mechanisms that concern this course."""
    s, plan = ctx.styles, ctx.plan
    found = found_for(ctx)
    out: list[Flowable] = [PageBreak(), Paragraph(ctx.t("Literature rationale"), s.h2)]
    proto = found.protocol
    if proto:
        out += [Paragraph(ctx.t("Preset: {name}", name=text(ctx.ev(proto, 'name'))), s.h3),
                Paragraph(f"{sentence(ctx.ev(proto, 'summary'))} {cite(ctx, proto.citations)}"
                          f"{unverified_mark(ctx, proto)}", s.body)]
    out.append(Paragraph(ctx.t("Guideline level"), s.h3))
    if found.guidelines:
        out += [Paragraph(ctx.t("<b>Level {level}</b> ({guideline}):", level=text(g.level),
                                guideline=text(g.guideline))
                          + f" {sentence(ctx.ev(g, 'statement'))} {cite(ctx, g.citations)}"
                          f"{unverified_mark(ctx, g)}", s.body)
                for g in found.guidelines]
    else:
        out.append(Paragraph(ctx.t("No guideline level is recorded for this combination in {indication}.",
                                   indication=text(lower_first(ctx.label(plan.indication)))), s.body))
    out.append(Paragraph(ctx.t("Regulatory status"), s.h3))
    if found.clearances:
        out += [Paragraph(f"<b>{text(c.regulator)} {text(c.date)}</b>, {text(c.device)} "
                          f"({text(ctx.ev(c, 'pathway'))}): "
                          f"{sentence(ctx.ev(c, 'statement'))} {cite(ctx, c.citations)}"
                          f"{unverified_mark(ctx, c)}", s.body)
                for c in found.clearances]
    else:
        out.append(Paragraph(ctx.t("No regulatory clearance is recorded for this combination: off-label use."),
                             s.body))
    trials = key_trials(ctx, found)
    if trials:
        out.append(Paragraph(ctx.t("Key trials"), s.h3))
        out += [Paragraph(f"<b>{text(ctx.ev(trial, 'name'))}</b>: {sentence(ctx.ev(trial, 'headline'))} "
                          f"{cite(ctx, trial.citations)}{unverified_mark(ctx, trial)}", s.body) for trial in trials]
    mechanisms = plan_mechanisms(ctx)
    if mechanisms:
        out.append(Paragraph(ctx.t("Mechanisms"), s.h3))
        out.append(Paragraph(ctx.t("Preclinical and physiological findings: they suggest how stimulation may act "
                                   "and do not by themselves support a clinical choice."), s.small))
        out += [Paragraph(f"{sentence(ctx.ev(m, 'headline'))} " + ctx.t("<i>Species:</i>")
                          + f" {sentence(ctx.ev(m, 'species'))} " + ctx.t("<i>Caveats:</i>")
                          + f" {sentence(ctx.ev(m, 'caveats'))} {cite(ctx, m.citations)}{unverified_mark(ctx, m)}",
                          s.small) for m in mechanisms]
    if not ctx.options.appendix:
        out.append(Paragraph(ctx.t("Every matching trial in full, mechanistic studies at large and the stimulation "
                                   "timing in the NIBS-BIDS form print in the optional appendix."), s.tiny))
    return out
