"""Which rating scales are due on which dates."""

from __future__ import annotations

from reportlab.platypus import Flowable

from tmsplanner.core.labels import rater_words, time_point_words
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.tables import grid


def outcomes_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """The outcome-measure plan: date, scale, time point and rater."""
    due = ctx.view.outcomes
    if not due:
        return []
    s = ctx.styles
    scales = {a.scale.id: a.scale for a in due}
    rows = [[Paragraph(f"<b>{h}</b>", s.cell)
             for h in (ctx.t("Date"), ctx.t("Scale"), ctx.t("Time point"), ctx.t("Rated by"), ctx.t("Score"))]]
    for item in due:
        rows.append([Paragraph(ctx.day(item.date, "%a %d %b %Y"), s.cell),
                     Paragraph(text(ctx.ev(item.scale, "short")), s.cell),
                     Paragraph(text(time_point_words(item.kind, item.weeks, ctx.catalogue)), s.cell),
                     Paragraph(text(rater_words(item.scale.rater, ctx.catalogue)), s.cell), ""])
    named = "; ".join(ctx.t("{scale}, as used in {marks}", scale=text(ctx.ev(sc, "name")),
                            marks=ctx.citations.marks(sc.citations))
                      if sc.citations else text(ctx.ev(sc, "name")) for sc in scales.values())
    return [
        Paragraph(ctx.t("Outcome measures"), s.h2),
        Paragraph(named + ". " + ctx.t("The time points are the clinic's default schedule, not part of the "
                                       "evidence."), s.lead),
        grid(rows, [0.22 * width, 0.14 * width, 0.28 * width, 0.14 * width, 0.22 * width]),
    ]
