"""The check verdict and every finding, grouped by severity."""

from __future__ import annotations

from reportlab.platypus import Flowable

from tmsplanner.core.fieldnames import field_words
from tmsplanner.core.labels import verdict_words
from tmsplanner.core.messages import render_finding
from tmsplanner.core.policy import DRAFT_WORDS
from tmsplanner.core.vocab import Severity
from tmsplanner.report.context import ReportContext, mark, text
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.styles import SEVERITY_COLOUR, SEVERITY_TINT
from tmsplanner.report.tables import grid


def _heading(ctx: ReportContext, severity: Severity) -> str:
    """The heading of one severity's findings."""
    if severity == Severity.BLOCK:
        return ctx.t("Blocking findings: must not be delivered as planned")
    if severity == Severity.WARN:
        return ctx.t("Warnings: need the clinician's judgement")
    return ctx.t("For the record")


def verdict_text(ctx: ReportContext) -> tuple[str, Severity | None]:
    """The one-line verdict from the course view's counts, in the printed plan's language, and its severity."""
    summary = ctx.view.verdict
    assert summary is not None  # the report's view is built with its findings
    _, severity = verdict_words(summary.blocking, summary.warnings)  # the severity it is coloured by
    if summary.blocking:
        return ctx.tn("BLOCKED: {n} blocking finding", "BLOCKED: {n} blocking findings", summary.blocking), severity
    if summary.warnings:
        return ctx.tn("No blocking findings · {n} warning to review", "No blocking findings · {n} warnings to review",
                      summary.warnings), severity
    return ctx.t("No blocking findings"), severity


def findings_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Every finding per severity, with its citations (page 1 has the verdict and what needs action)."""
    s = ctx.styles
    words, _ = verdict_text(ctx)
    out: list[Flowable] = [Paragraph(ctx.t("Findings in full: {verdict}", verdict=text(words)), s.h2)]
    translator = ctx.translator  # finding messages in the printed plan's language
    if ctx.options.draft:
        out.append(Paragraph(f"<b>{text(ctx.t(DRAFT_WORDS))}.</b> " + ctx.t(
            "This plan has blocking findings or open safety screening items and was printed as a draft for "
            "discussion only."), s.small))
    for sev in Severity:
        group = [f for f in ctx.findings if f.severity == sev]
        if not group:
            continue
        out.append(Paragraph(f"{_heading(ctx, sev)} ({len(group)})", s.h3))
        rows = [[Paragraph(ctx.t("<b>Severity</b>"), s.cell), Paragraph(ctx.t("<b>Rule</b>"), s.cell),
                 Paragraph(ctx.t("<b>Finding</b>"), s.cell)]]
        for f in group:
            unverified = f" <b>{mark(f.unverified)}</b>" if f.unverified else ""
            rows.append([
                Paragraph(f"<b>{text(ctx.t(sev.value.upper()))}</b>", s.cell),
                Paragraph(f"{text(f.rule)}<br/><font size='7'>{text(field_words(f.field, ctx.catalogue))}</font>",
                          s.cell),
                Paragraph(f"{text(render_finding(f, ctx.kb.rules, translator))} "
                          f"{ctx.citations.marks(f.citations)}{unverified}", s.cell),
            ])
        out.append(grid(rows, [0.15 * width, 0.2 * width, 0.65 * width],
                        extra=[("BACKGROUND", (0, 1), (0, -1), SEVERITY_TINT[sev]),
                               ("TEXTCOLOR", (0, 1), (0, -1), SEVERITY_COLOUR[sev])]))
    return out
