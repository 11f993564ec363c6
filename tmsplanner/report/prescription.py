"""Page 1, the prescription: who, what, the verdict and what needs action, medications, screening, notes,
and the signatures; then one settings box per block in the stimulator's terms."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from tmsplanner.core.dates import english_date
from tmsplanner.core.fieldnames import field_words
from tmsplanner.core.labels import duration_words, label, pattern_words, target_label
from tmsplanner.core.messages import EnglishTranslator, render_finding
from tmsplanner.core.screening import screening_open_items
from tmsplanner.core.vocab import Severity
from tmsplanner.report.context import UNVERIFIED_LEGEND, ReportContext, mark, text
from tmsplanner.report.findings import verdict_text
from tmsplanner.report.styles import SEVERITY_COLOUR, SEVERITY_TINT, SHADE
from tmsplanner.report.tables import grid, key_value

ACTION = (Severity.BLOCK, Severity.WARN)


def _patient(ctx: ReportContext) -> str:
    p = ctx.plan.patient
    parts = [f"<b>{text(p.identifier)}</b>"]
    if p.display_name:
        parts.append(f"<b>{text(p.display_name)}</b>")
    if p.birth_year:
        parts.append(f"born {p.birth_year}")
    if p.sex:
        parts.append(text(label(p.sex)))
    return " · ".join(parts)


def _status(ctx: ReportContext) -> str:
    plan = ctx.plan
    status = "DRAFT — not for treatment" if ctx.options.draft else "Final, to be signed"
    ident = f" · plan {text(plan.plan_id)}" if plan.plan_id else ""
    return (f"<b>{status}</b>{ident} · fingerprint {ctx.fingerprint} · plan format {plan.schema_version} · "
            f"exported {english_date(ctx.options.export_date, '%d %b %Y')}")


def _verdict(ctx: ReportContext, width: float) -> list[Flowable]:
    s = ctx.styles
    words, severity = verdict_text(ctx)
    colour = SEVERITY_COLOUR[severity] if severity else SEVERITY_COLOUR[Severity.INFO]
    box = Table([[Paragraph(text(words), s.verdict)]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour), ("FONTNAME", (0, 0), (-1, -1), "PTSans"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    out: list[Flowable] = [box]
    translator = EnglishTranslator(ctx.kb)
    action = [f for f in ctx.findings if f.severity in ACTION]
    if action:
        rows = [[Paragraph("<b>Needs action</b>", s.cell), Paragraph("<b>Where</b>", s.cell),
                 Paragraph("<b>Finding</b>", s.cell)]]
        for f in action:
            rows.append([Paragraph(f"<b>{f.severity.value.upper()}</b> {text(f.rule)}", s.cell),
                         Paragraph(text(field_words(f.field)), s.cell),
                         Paragraph(text(ctx.kb.rules[f.rule].title if f.rule in ctx.kb.rules
                                        else render_finding(f, ctx.kb.rules, translator)), s.cell)])
        tints = [("BACKGROUND", (0, k), (0, k), SEVERITY_TINT[f.severity]) for k, f in enumerate(action, start=1)]
        out += [Spacer(0, 3), grid(rows, [0.2 * width, 0.3 * width, 0.5 * width], extra=tints),
                Paragraph("Each finding in full, with its citations, is on the next pages.", s.tiny)]
    return out


def _unverified(ctx: ReportContext) -> list[Flowable]:
    """The legend of the † marks, and one plain sentence when the verdict rests on the unverified table."""
    s = ctx.styles
    out: list[Flowable] = []
    if any(b.unverified for b in ctx.view.blocks) or any(f.unverified for f in ctx.findings):
        out.append(Paragraph(UNVERIFIED_LEGEND + " The findings marked † rest on such data too.", s.tiny))
    if any(f.rule == "SAFE-TABLE-001" for f in ctx.findings):
        check = ctx.options.table_check
        if check is not None:
            out.append(Paragraph(
                f"The train-duration limits come from the bundled table, checked against {text(check.source)} by "
                f"{text(check.checked_by)} on {english_date(check.checked_on, '%d %b %Y')} (the clinic's record).",
                s.small))
        else:
            out.append(Paragraph(
                "<b>The train-duration limits come from the bundled table, whose values were not read in the "
                "published source (unverified): this verdict does not show that the trains are within the "
                "published limits.</b> A physician should check the table, or the clinic load its own.", s.small))
    return out


def _medications(ctx: ReportContext) -> str:
    meds = ctx.plan.medications
    if not meds:
        return "none recorded"
    return "; ".join(
        text(m.name) + (f" {text(m.dose)}" if m.dose else " (dose not recorded)")
        + (f", changed {english_date(m.changed_on, '%d %b %Y')}" if m.changed_on else "") for m in meds)


def _screening(ctx: ReportContext, width: float) -> list[Flowable]:
    s, plan = ctx.styles, ctx.plan
    open_items = screening_open_items(plan)
    answers = []
    for item, answer in plan.screening.items():
        if answer is not None:
            answers.append(f"{text(label(item))}: <b>{'YES' if answer else 'no'}</b>")
    who = []
    if plan.screening_recorded_by:
        who.append(f"recorded by {text(plan.screening_recorded_by)}")
    if plan.screening_recorded_on:
        who.append(f"on {english_date(plan.screening_recorded_on, '%d %b %Y')}")
    lines = ["; ".join(answers) + "." if answers else "No item answered."]
    if open_items:
        opened = ", ".join(text(label(i)) for i in open_items)
        lines.append(f"<b>OPEN ({len(open_items)} of {len(open_items) + len(answers)}): {opened}.</b>")
        confirmed = plan.screening_confirmed
        if confirmed:
            lines.append(f"Open items reviewed and confirmed by {text(confirmed.by)} on "
                         f"{english_date(confirmed.on, '%d %b %Y')}"
                         + (f" ({text(confirmed.note)})" if confirmed.note else "") + ".")
        else:
            lines.append("Not confirmed by a clinician: the plan prints as a draft until they are answered "
                         "or confirmed.")
    head = "Safety screening" + (f" ({', '.join(who)})" if who else " (who recorded it: not stated)")
    return [Paragraph(f"<b>{head}</b>: " + " ".join(lines), s.small)]


def _signatures(ctx: ReportContext, width: float) -> Flowable:
    s = ctx.styles
    blank = Paragraph("<br/><br/>", s.cell)
    rows = [[Paragraph("<b>Prescribed by</b> (name)", s.cell), Paragraph("<b>Signature</b>", s.cell),
             Paragraph("<b>Date</b>", s.cell)], [blank, blank, blank],
            [Paragraph("<b>Checked by</b> (name)", s.cell), Paragraph("<b>Signature</b>", s.cell),
             Paragraph("<b>Date</b>", s.cell)], [blank, blank, blank]]
    return grid(rows, [0.45 * width, 0.35 * width, 0.2 * width], header=False,
                extra=[("BACKGROUND", (0, 0), (-1, 0), SHADE), ("BACKGROUND", (0, 2), (-1, 2), SHADE)])


def prescription_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Page 1: the prescription a physician signs."""
    s, plan, view = ctx.styles, ctx.plan, ctx.view
    fig = view.figures
    proto = ctx.kb.protocols.get(plan.protocol_id or "")
    P = lambda value, style=s.cell: Paragraph(value, style)  # noqa: E731
    blocks = "<br/>".join(
        (f"<b>Block {b.number}</b>: " if len(view.blocks) > 1 else "")
        + f"{text(target_label(b.block))}, {text(pattern_words(b.block, b.dose))}{mark('pattern' in b.unverified)}; "
        f"<b>{b.intensity_pct_mt:g}% MT{mark('intensity' in b.unverified)} = set {b.intensity_pct_mso_to_set}% MSO</b>"
        f"; {b.dose.pulses} pulses"
        for b in view.blocks)
    rows = [
        (P("Indication", s.cell_bold), P(text(label(plan.indication)))),
        (P("Preset", s.cell_bold), P(text(proto.name) if proto else "none (planned by hand)")),
        (P("Stimulation", s.cell_bold), P(blocks)),
        (P("Course", s.cell_bold),
         P(f"<b>{fig.total_sessions} sessions</b>, {view.sessions_per_day} a day, "
           f"{english_date(fig.start_date, '%a %d %b %Y')} to {english_date(fig.end_date, '%a %d %b %Y')}; "
           f"{fig.pulses_per_session} pulses and {text(duration_words(fig.session_duration_s))} "
           "of stimulation a session; "
           + (f"public holidays of {text(plan.schedule.holiday_country)} skipped" if plan.schedule.holiday_country
              else "<b>public holidays not skipped</b> (no holiday calendar chosen)"))),
        (P("Medications", s.cell_bold), P(_medications(ctx))),
    ]
    if plan.notes:
        rows.append((P("Notes", s.cell_bold), P(text(plan.notes).replace("\n", "<br/>"))))
    return [
        Paragraph("rTMS course plan — prescription", s.h1),
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
        KeepTogether([_signatures(ctx, width), Spacer(0, 3), Paragraph(
            "tmsplanner is decision support, not a device controller: confirm every parameter on the "
            "stimulator before each session.", s.tiny)]),
    ]


