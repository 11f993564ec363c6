"""Page 1, the prescription: who, what, the verdict and what needs action, medications, screening, notes,
and the signatures; then one settings box per block in the stimulator's terms."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from tmsplanner.core.fieldnames import field_words
from tmsplanner.core.holiday_calendar import country_words
from tmsplanner.core.labels import duration_words, pattern_words, target_label
from tmsplanner.core.screening import screening_open_items
from tmsplanner.core.vocab import Severity
from tmsplanner.report.context import UNVERIFIED_LEGEND, ReportContext, mark, text
from tmsplanner.report.findings import verdict_text
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.styles import SEVERITY_COLOUR, SEVERITY_TINT, SHADE
from tmsplanner.report.tables import grid, key_value

ACTION = (Severity.BLOCK, Severity.WARN)


def _patient(ctx: ReportContext) -> str:
    p = ctx.plan.patient
    parts = [f"<b>{text(p.identifier)}</b>"]
    if p.display_name:
        parts.append(f"<b>{text(p.display_name)}</b>")
    if p.birth_year:
        parts.append(ctx.t("born {year}", year=p.birth_year))
    if p.sex:
        parts.append(text(ctx.label(p.sex)))
    return " · ".join(parts)


def _status(ctx: ReportContext) -> str:
    plan = ctx.plan
    status = ctx.t("DRAFT — not for treatment") if ctx.options.draft else ctx.t("Final, to be signed")
    ident = " · " + ctx.t("plan {id}", id=text(plan.plan_id)) if plan.plan_id else ""
    return f"<b>{status}</b>{ident} · " + ctx.t(
        "fingerprint {fingerprint} · plan format {version} · exported {date}", fingerprint=ctx.fingerprint,
        version=plan.schema_version, date=ctx.day(ctx.options.export_date))


def _verdict(ctx: ReportContext, width: float) -> list[Flowable]:
    s = ctx.styles
    words, severity = verdict_text(ctx)
    colour = SEVERITY_COLOUR[severity] if severity else SEVERITY_COLOUR[Severity.INFO]
    box = Table([[Paragraph(text(words), s.verdict)]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour), ("FONTNAME", (0, 0), (-1, -1), "PTSans"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    out: list[Flowable] = [box]
    action = [f for f in ctx.findings if f.severity in ACTION]
    if action:
        rows = [[Paragraph(ctx.t("<b>Needs action</b>"), s.cell), Paragraph(ctx.t("<b>Where</b>"), s.cell),
                 Paragraph(ctx.t("<b>Finding</b>"), s.cell)]]
        for f in action:
            rows.append([Paragraph(f"<b>{text(ctx.t(f.severity.value.upper()))}</b> {text(f.rule)}", s.cell),
                         Paragraph(text(field_words(f.field, ctx.catalogue)), s.cell),
                         Paragraph(text(ctx.rule_title(f.rule)), s.cell)])
        tints = [("BACKGROUND", (0, k), (0, k), SEVERITY_TINT[f.severity]) for k, f in enumerate(action, start=1)]
        out += [Spacer(0, 3), grid(rows, [0.2 * width, 0.3 * width, 0.5 * width], extra=tints),
                Paragraph(ctx.t("Each finding in full, with its citations, is on the next pages."), s.tiny)]
    return out


def _unverified(ctx: ReportContext) -> list[Flowable]:
    """The legend of the † marks, and one plain sentence when the verdict rests on the unverified table."""
    s = ctx.styles
    out: list[Flowable] = []
    if any(b.unverified for b in ctx.view.blocks) or any(f.unverified for f in ctx.findings):
        out.append(Paragraph(ctx.t(UNVERIFIED_LEGEND) + " " + ctx.t("The findings marked † rest on such data too."),
                             s.tiny))
    if any(f.rule == "SAFE-TABLE-001" for f in ctx.findings):
        check = ctx.options.table_check
        if check is not None:
            out.append(Paragraph(ctx.t(
                "The train-duration limits come from the bundled table, checked against {source} by {who} on "
                "{date} (the clinic's record).", source=text(check.source), who=text(check.checked_by),
                date=ctx.day(check.checked_on)), s.small))
        else:
            out.append(Paragraph(ctx.t(
                "<b>The train-duration limits come from the bundled table, whose values were not read in the "
                "published source (unverified): this verdict does not show that the trains are within the "
                "published limits.</b> A physician should check the table, or the clinic load its own."), s.small))
    return out


def _medications(ctx: ReportContext) -> str:
    meds = ctx.plan.medications
    if not meds:
        return ctx.t("none recorded")
    return "; ".join(
        text(m.name) + (f" {text(m.dose)}" if m.dose else " " + ctx.t("(dose not recorded)"))
        + (", " + ctx.t("changed {date}", date=ctx.day(m.changed_on)) if m.changed_on else "") for m in meds)


def _screening(ctx: ReportContext, width: float) -> list[Flowable]:
    s, plan = ctx.styles, ctx.plan
    open_items = screening_open_items(plan)
    answers = []
    yes, no = ctx.t("YES"), ctx.t("no")
    for item, answer in plan.screening.items():
        if answer is not None:
            answers.append(f"{text(ctx.label(item))}: <b>{yes if answer else no}</b>")
    who = []
    if plan.screening_recorded_by:
        who.append(ctx.t("recorded by {who}", who=text(plan.screening_recorded_by)))
    if plan.screening_recorded_on:
        who.append(ctx.t("on {date}", date=ctx.day(plan.screening_recorded_on)))
    lines = ["; ".join(answers) + "." if answers else ctx.t("No item answered.")]
    if open_items:
        opened = ", ".join(text(ctx.label(i)) for i in open_items)
        lines.append("<b>" + ctx.t("OPEN ({open} of {all}): {items}.", open=len(open_items),
                                   all=len(open_items) + len(answers), items=opened) + "</b>")
        confirmed = plan.screening_confirmed
        if confirmed:
            lines.append(ctx.t("Open items reviewed and confirmed by {who} on {date}", who=text(confirmed.by),
                               date=ctx.day(confirmed.on))
                         + (f" ({text(confirmed.note)})" if confirmed.note else "") + ".")
        else:
            lines.append(ctx.t("Not confirmed by a clinician: the plan prints as a draft until they are answered "
                               "or confirmed."))
    head = ctx.t("Safety screening") + (f" ({', '.join(who)})" if who else " " + ctx.t("(who recorded it: not stated)"))
    return [Paragraph(f"<b>{head}</b>: " + " ".join(lines), s.small)]


def _signatures(ctx: ReportContext, width: float) -> Flowable:
    s = ctx.styles
    blank = Paragraph("<br/><br/>", s.cell)
    rows = [[Paragraph(ctx.t("<b>Prescribed by</b> (name)"), s.cell), Paragraph(ctx.t("<b>Signature</b>"), s.cell),
             Paragraph(ctx.t("<b>Date</b>"), s.cell)], [blank, blank, blank],
            [Paragraph(ctx.t("<b>Checked by</b> (name)"), s.cell), Paragraph(ctx.t("<b>Signature</b>"), s.cell),
             Paragraph(ctx.t("<b>Date</b>"), s.cell)], [blank, blank, blank]]
    return grid(rows, [0.45 * width, 0.35 * width, 0.2 * width], header=False,
                extra=[("BACKGROUND", (0, 0), (-1, 0), SHADE), ("BACKGROUND", (0, 2), (-1, 2), SHADE)])


def prescription_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Page 1: the prescription a physician signs."""
    s, plan, view = ctx.styles, ctx.plan, ctx.view
    fig = view.figures
    proto = ctx.kb.protocols.get(plan.protocol_id or "")
    P = lambda value, style=s.cell: Paragraph(value, style)  # noqa: E731
    blocks = "<br/>".join(
        ("<b>" + ctx.t("Block {n}", n=b.number) + "</b>: " if len(view.blocks) > 1 else "")
        + f"{text(target_label(b.block, ctx.catalogue))}, {text(pattern_words(b.block, b.dose, ctx.catalogue))}"
        + f"{mark('pattern' in b.unverified)}; "
        + "<b>" + ctx.t("{pct}% MT{mark} = set {mso}% MSO", pct=ctx.num(b.intensity_pct_mt, 1),
                        mark=mark("intensity" in b.unverified), mso=b.intensity_pct_mso_to_set) + "</b>; "
        + ctx.t("{pulses} pulses", pulses=b.dose.pulses)
        for b in view.blocks)
    holidays = (ctx.t("public holidays of {calendar} skipped",
                      calendar=text(country_words(plan.schedule.holiday_country, ctx.catalogue.language)))
                if plan.schedule.holiday_country
                else ctx.t("<b>public holidays not skipped</b> (no holiday calendar chosen)"))
    rows = [
        (P(ctx.t("Indication"), s.cell_bold), P(text(ctx.label(plan.indication)))),
        (P(ctx.t("Preset"), s.cell_bold), P(text(ctx.ev(proto, 'name')) if proto else ctx.t("none (planned by hand)"))),
        (P(ctx.t("Stimulation"), s.cell_bold), P(blocks)),
        (P(ctx.t("Course"), s.cell_bold),
         P(ctx.t("<b>{sessions} sessions</b>, {per_day} a day, {start} to {end}; {pulses} pulses and {duration} of "
                 "stimulation a session; {holidays}", sessions=fig.total_sessions, per_day=view.sessions_per_day,
                 start=ctx.day(fig.start_date, "%a %d %b %Y"), end=ctx.day(fig.end_date, "%a %d %b %Y"),
                 pulses=fig.pulses_per_session,
                 duration=text(duration_words(fig.session_duration_s, ctx.catalogue)),
                 holidays=holidays))),
        (P(ctx.t("Medications"), s.cell_bold), P(_medications(ctx))),
    ]
    if plan.notes:
        rows.append((P(ctx.t("Notes"), s.cell_bold), P(text(plan.notes).replace("\n", "<br/>"))))
    return [
        Paragraph(ctx.t("rTMS course plan — prescription"), s.h1),
        Paragraph(_patient(ctx), s.body),
        Paragraph(_status(ctx), s.small),
        Spacer(0, 5),
        *_verdict(ctx, width),
        Spacer(0, 6),
        key_value(rows, [0.18 * width, 0.82 * width]),
        *_unverified(ctx),
        Spacer(0, 4),
        *_screening(ctx, width),
        Spacer(0, 8),
        KeepTogether([_signatures(ctx, width), Spacer(0, 3), Paragraph(ctx.t(
            "tmsplanner is decision support, not a device controller: confirm every parameter on the "
            "stimulator before each session."), s.tiny)]),
    ]
