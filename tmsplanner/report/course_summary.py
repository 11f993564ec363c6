"""The course summary: what was delivered, for the referring physician and the record.

Printed from a :class:`~tmsplanner.core.record_view.RecordView`, which holds
every figure; this module only lays them out. The sections, in order: the
patient, plan and course dates; planned beside delivered (sessions, pulses,
each block's %MSO); every session with what each block delivered; deviations;
side effects; the motor-threshold history; each outcome scale as a chart with
its response and remission levels; the findings on the delivered course;
corrections; the references cited; and the physician's signature.

It shares the printed plan's styles, fonts, page decoration, finding wording and
reference list, and prints in the language asked for (``ctx.t``). The PDF's
metadata name the patient by identifier only.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)

from tmsplanner import __version__
from tmsplanner.core.axis import nice_step
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.labels import target_label
from tmsplanner.core.messages import render_finding
from tmsplanner.core.plan import Plan
from tmsplanner.core.record import Deviation, Entry, MTRetest, Score, SessionRecord
from tmsplanner.core.record_view import MTPoint, RecordView, ScaleTrend, SessionDelivery, SessionStatus
from tmsplanner.core.settings import AppSettings
from tmsplanner.core.vocab import Severity
from tmsplanner.report.canvas import canvas_class, draw_footer, draw_header
from tmsplanner.report.context import UNVERIFIED_LEGEND, ReportContext, ReportOptions, mark, text
from tmsplanner.report.fonts import check_printable
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.references import cite, references_section
from tmsplanner.report.styles import (
    FOOTER_H,
    HEADER_H,
    INK,
    MARGIN,
    PAPER,
    RULE,
    SEVERITY_COLOUR,
    SEVERITY_TINT,
    make_styles,
)
from tmsplanner.report.tables import grid, key_value

__all__ = ["build_course_summary"]

LINE = colors.HexColor("#1f4e79")  # the scores
RESPONSE = colors.HexColor("#1b5e20")  # the response level
REMISSION = colors.HexColor("#6a1b9a")  # the remission level
COURSE = colors.HexColor("#ececec")  # the planned course behind the scores
GRID = colors.HexColor("#d6d6d6")
FONT = "PTSans"

_STATUS_TINT: dict[SessionStatus, colors.Color] = {
    "shortened": SEVERITY_TINT[Severity.WARN], "stopped": SEVERITY_TINT[Severity.WARN],
    "missed": SEVERITY_TINT[Severity.BLOCK],
}


# --- words -------------------------------------------------------------------------------------------------


def _status_words(ctx: ReportContext, status: SessionStatus) -> str:
    if status == "delivered":
        return ctx.t("delivered")
    if status == "shortened":
        return ctx.t("shortened")
    if status == "stopped":
        return ctx.t("stopped")
    if status == "missed":
        return ctx.t("missed")
    return ctx.t("pending")


def _pct(ctx: ReportContext, value: float | None) -> str:
    """A %MSO as the language writes it (one decimal at most); a dash for none."""
    return "—" if value is None else ctx.num(value, 1)


def _range(ctx: ReportContext, low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "—"
    return _pct(ctx, low) if low == high else f"{_pct(ctx, low)}–{_pct(ctx, high)}"


def _clock(value: dt.time | None) -> str:
    return f"{value:%H:%M}" if value is not None else "—"


def _date(ctx: ReportContext, value: dt.date | None, pattern: str = "%d %b %Y") -> str:
    return ctx.day(value, pattern) if value is not None else "—"


def _head(ctx: ReportContext, words: Sequence[str]) -> list[Paragraph]:
    return [Paragraph(f"<b>{w}</b>", ctx.styles.cell) for w in words]


# --- page 1: who, what, when, planned beside delivered --------------------------------------------------------


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


def _verdict_words(ctx: ReportContext, view: RecordView) -> str:
    verdict = view.verdict
    if verdict == "blocked":
        return "<b>" + ctx.t("blocking findings: the course must not continue before a physician's review") + "</b>"
    if verdict == "warnings":
        return "<b>" + ctx.t("warnings to review") + "</b>"
    if view.findings:
        return ctx.t("notes for the record only")
    return ctx.t("none")


def _header_section(ctx: ReportContext, view: RecordView, width: float) -> list[Flowable]:
    s, plan = ctx.styles, ctx.plan
    fig = view.course.figures
    proto = ctx.kb.protocols.get(plan.protocol_id or "")

    def P(value: str, style: ParagraphStyle = s.cell) -> Paragraph:
        return Paragraph(value, style)

    status = " · ".join([ctx.t("plan {id}", id=text(view.plan_id)),
                         ctx.t("fingerprint {fingerprint}", fingerprint=ctx.fingerprint),
                         ctx.t("exported {date}", date=ctx.day(ctx.options.export_date))])
    delivered = (ctx.t("{first} to {last}", first=ctx.day(view.first_delivered, "%a %d %b %Y"),
                       last=ctx.day(view.last_delivered, "%a %d %b %Y"))
                 if view.first_delivered is not None and view.last_delivered is not None
                 else ctx.t("no session recorded yet"))
    rows = [
        (P(ctx.t("Indication"), s.cell_bold), P(text(ctx.label(plan.indication)))),
        (P(ctx.t("Preset"), s.cell_bold),
         P(text(ctx.ev(proto, "name")) if proto else ctx.t("none (planned by hand)"))),
        (P(ctx.t("Planned course"), s.cell_bold),
         P(ctx.t("{start} to {end}", start=ctx.day(fig.start_date, "%a %d %b %Y"),
                 end=ctx.day(fig.end_date, "%a %d %b %Y")))),
        (P(ctx.t("Delivered"), s.cell_bold), P(delivered)),
        (P(ctx.t("Last entry"), s.cell_bold),
         P(_date(ctx, view.last_recorded) if view.last_recorded is not None else ctx.t("nothing recorded"))),
        (P(ctx.t("Findings"), s.cell_bold), P(_verdict_words(ctx, view))),
    ]
    return [
        Paragraph(ctx.t("rTMS course summary"), s.h1),
        Paragraph(_patient(ctx), s.body),
        Paragraph(status, s.small),
        Spacer(0, 5),
        key_value(rows, [0.2 * width, 0.8 * width]),
    ]


def _sessions_words(ctx: ReportContext, view: RecordView) -> str:
    counts = view.status_counts
    parts = [ctx.tn("{n} delivered in full", "{n} delivered in full", counts["delivered"])]
    if counts["shortened"]:
        parts.append(ctx.tn("{n} shortened", "{n} shortened", counts["shortened"]))
    if counts["stopped"]:
        parts.append(ctx.tn("{n} stopped", "{n} stopped", counts["stopped"]))
    if counts["missed"]:
        parts.append(ctx.tn("{n} session missed", "{n} sessions missed", counts["missed"]))
    if counts["pending"]:
        parts.append(ctx.tn("{n} still to come", "{n} still to come", counts["pending"]))
    return ", ".join(parts)


def _planned_delivered(ctx: ReportContext, view: RecordView, width: float) -> list[Flowable]:
    """Sessions and pulses, then each block's %MSO: planned beside delivered."""
    s = ctx.styles

    def P(value: str, style: ParagraphStyle = s.cell) -> Paragraph:
        return Paragraph(value, style)

    rows: list[list[Paragraph]] = [_head(ctx, ("", ctx.t("Planned"), ctx.t("Delivered"), ctx.t("Of which")))]
    rows.append([P(ctx.t("Sessions"), s.cell_bold), P(ctx.num(view.planned_sessions)),
                 P(f"<b>{ctx.num(view.delivered_sessions)}</b>"), P(_sessions_words(ctx, view))])
    rows.append([P(ctx.t("Pulses"), s.cell_bold), P(ctx.num(view.planned_pulses)),
                 P(f"<b>{ctx.num(view.delivered_pulses)}</b>"), P("")])
    several = len(view.course.blocks) > 1
    for b in view.block_summaries:
        settings = view.course.blocks[b.number - 1] if b.number <= len(view.course.blocks) else None
        name = (ctx.t("Block {n}: {target}", n=b.number, target=text(target_label(settings.block, ctx.catalogue)))
                if several and settings is not None else ctx.t("Block {n}", n=b.number) if several
                else ctx.t("Intensity"))
        planned = ctx.t("{mso}% MSO", mso=_range(ctx, b.planned_pct_mso_min, b.planned_pct_mso_max))
        if settings is not None:
            planned += " " + ctx.t("({pct}% MT{mark})", pct=ctx.num(settings.intensity_pct_mt, 1),
                                   mark=mark("intensity" in settings.unverified))
        if b.delivered_pct_mso_mean is None:
            delivered = "—"
        else:
            delivered = "<b>" + ctx.t("{mso}% MSO", mso=_range(ctx, b.delivered_pct_mso_min,
                                                               b.delivered_pct_mso_max)) + "</b>"
        detail = [ctx.t("mean {mso}% MSO", mso=_pct(ctx, b.delivered_pct_mso_mean))] \
            if b.delivered_pct_mso_mean is not None else []
        if several:
            detail.append(ctx.t("{delivered} of {planned} pulses", delivered=ctx.num(b.delivered_pulses),
                                planned=ctx.num(b.planned_pulses)))
        if b.interrupted:
            detail.append(ctx.tn("train interrupted at {n} session", "train interrupted at {n} sessions",
                                 b.interrupted))
        rows.append([P(name, s.cell_bold), P(planned), P(delivered), P("; ".join(detail))])
    out: list[Flowable] = [
        Paragraph(ctx.t("Planned and delivered"), s.h2),
        grid(rows, [0.22 * width, 0.2 * width, 0.18 * width, 0.4 * width]),
    ]
    if any(b.unverified for b in view.course.blocks):
        out.append(Paragraph(ctx.t(UNVERIFIED_LEGEND), s.tiny))
    return out


# --- every session ------------------------------------------------------------------------------------------


def _block_cells(ctx: ReportContext, row: SessionDelivery, number: int) -> list[Paragraph]:
    """The %MSO and the pulses of one block at one session, each as delivered / planned."""
    s = ctx.styles
    block = next((b for b in row.blocks if b.number == number), None)
    if block is None:
        return [Paragraph("—", s.cell), Paragraph("—", s.cell)]
    mso = f"<b>{_pct(ctx, block.delivered_pct_mso)}</b> / {_pct(ctx, block.planned_pct_mso)}"
    if block.implied_pct_mso is not None:
        mso += " <font size='7.5'>" + ctx.t("(re-test: {mso})", mso=block.implied_pct_mso) + "</font>"
    pulses = ("—" if block.delivered_pulses is None else f"<b>{ctx.num(block.delivered_pulses)}</b>") + " / " + (
        "—" if block.planned_pulses is None else ctx.num(block.planned_pulses))
    if block.interrupted:
        pulses += "<br/><font size='7.5'><b>" + ctx.t("train interrupted") + "</b></font>"
    return [Paragraph(mso, s.cell), Paragraph(pulses, s.cell)]


def _time_cell(ctx: ReportContext, row: SessionDelivery) -> Paragraph:
    s = ctx.styles
    if row.record is not None:
        if row.record.start is None and row.record.end is None:
            return Paragraph("—", s.cell)
        return Paragraph(f"{_clock(row.record.start)}–{_clock(row.record.end)}", s.cell)
    if row.planned is not None:
        planned_time = row.planned.start.strftime("%H:%M")
        return Paragraph("<font color='#555555'>" + ctx.t("planned {time}", time=planned_time) + "</font>", s.cell)
    return Paragraph("—", s.cell)


def _status_cell(ctx: ReportContext, row: SessionDelivery) -> Paragraph:
    words = [f"<b>{_status_words(ctx, row.status)}</b>" if row.status != "pending" else _status_words(ctx, row.status)]
    if row.planned is None:
        words.append(ctx.t("not in the plan"))
    if row.corrected:
        words.append("<i>" + ctx.t("corrected") + "</i>")
    return Paragraph("<br/>".join(words), ctx.styles.cell)


def _sessions_section(ctx: ReportContext, view: RecordView, width: float) -> list[Flowable]:
    s = ctx.styles
    count = max(max((len(r.blocks) for r in view.sessions), default=0), len(view.course.blocks))
    blocks = range(1, count + 1)
    heads: list[str] = []
    for k in blocks:
        if count > 1:
            heads += [ctx.t("Block {n}: %MSO", n=k), ctx.t("Block {n}: pulses", n=k)]
        else:
            heads += [ctx.t("%MSO"), ctx.t("Pulses")]
    rows: list[list[Paragraph]] = [_head(ctx, (ctx.t("No."), ctx.t("Date"), ctx.t("Time"), ctx.t("Operator"),
                                               *heads, ctx.t("Status")))]
    extra: list[tuple[object, ...]] = []
    with_year = view.course.figures.start_date.year != view.course.figures.end_date.year
    several_a_day = view.course.sessions_per_day > 1
    previous: dt.date | None = None
    for k, row in enumerate(view.sessions, start=1):
        operator = row.record.operator if row.record is not None else (
            row.deviation.operator if row.deviation is not None else "")
        rows.append([
            Paragraph(f"<b>{row.session}</b>", s.cell),
            Paragraph(_date(ctx, row.date, "%a %d %b %Y" if with_year else "%a %d %b"), s.cell),
            _time_cell(ctx, row),
            Paragraph(text(operator), s.cell),
            *(cell for n in blocks for cell in _block_cells(ctx, row, n)),
            _status_cell(ctx, row),
        ])
        if row.status in _STATUS_TINT:
            extra.append(("BACKGROUND", (-1, k), (-1, k), _STATUS_TINT[row.status]))
        if several_a_day and previous is not None and row.date != previous:
            extra.append(("LINEABOVE", (0, k), (-1, k), 1.4, INK))  # a new treatment day
        previous = row.date
    fixed = [0.06, 0.15 if with_year else 0.12, 0.13, 0.12] if count == 1 else \
        [0.05, 0.155 if with_year else 0.12, 0.11, 0.085]
    status = 0.14 if count == 1 else 0.11
    share = (1 - sum(fixed) - status) / count
    mso, pulses = (0.5, 0.5) if count == 1 else (0.42, 0.58)  # several blocks: room for "1,500 / 1,500"
    widths = [f * width for f in fixed] + [share * part * width for _ in blocks for part in (mso, pulses)] \
        + [status * width]
    intro = ctx.t("Each planned session with what was delivered: for each block, the %MSO set and the pulses "
                  "given, <b>delivered</b> / planned. After a motor-threshold re-test, the %MSO the new threshold "
                  "gives for the planned %MT follows in brackets. A session recorded again as a correction shows "
                  "the corrected values and is marked \"corrected\".")
    return [
        CondPageBreak(120),
        Paragraph(ctx.t("Sessions"), s.h2),
        Paragraph(intro, s.small),
        Spacer(0, 3),
        grid(rows, widths, extra=extra),
    ]


# --- deviations, side effects, motor threshold -------------------------------------------------------------


def _deviations_section(ctx: ReportContext, view: RecordView, width: float) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Paragraph(ctx.t("Deviations"), s.h2)]
    found = [(row, row.deviation) for row in view.deviations if row.deviation is not None]
    if not found:
        return [*out, Paragraph(ctx.t("No session was recorded as missed, shortened or stopped."), s.body)]
    rows = [_head(ctx, (ctx.t("Session"), ctx.t("Date"), ctx.t("Deviation"), ctx.t("Reason"), ctx.t("Operator")))]
    for row, deviation in found:
        rows.append([Paragraph(f"<b>{row.session}</b>", s.cell), Paragraph(ctx.day(deviation.date), s.cell),
                     Paragraph(f"<b>{text(ctx.label(deviation.deviation))}</b>", s.cell),
                     Paragraph(text(deviation.reason) if deviation.reason else "—", s.cell),
                     Paragraph(text(deviation.operator), s.cell)])
    return [*out, grid(rows, [0.1 * width, 0.16 * width, 0.16 * width, 0.42 * width, 0.16 * width])]


def _side_effects_section(ctx: ReportContext, view: RecordView, width: float) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Paragraph(ctx.t("Side effects"), s.h2)]
    if not view.side_effects:
        return [*out, Paragraph(ctx.t("No side effect was recorded."), s.body)]
    rows = [_head(ctx, (ctx.t("Session"), ctx.t("Date"), ctx.t("Side effect"), ctx.t("Severity"), ctx.t("Note")))]
    for note in view.side_effects:
        effect = note.effect
        rows.append([Paragraph(f"<b>{note.session}</b>", s.cell), Paragraph(ctx.day(note.date), s.cell),
                     Paragraph(f"<b>{text(ctx.label(effect.kind))}</b>", s.cell),
                     Paragraph(text(ctx.label(effect.severity)), s.cell),
                     Paragraph(text(effect.note) if effect.note else "—", s.cell)])
    return [*out, grid(rows, [0.1 * width, 0.16 * width, 0.26 * width, 0.14 * width, 0.34 * width])]


def _mt_row(ctx: ReportContext, point: MTPoint) -> list[Paragraph]:
    s = ctx.styles
    reason = (text(point.reason) if point.reason else "—") if point.retest else ctx.t("the plan's threshold")
    return [Paragraph(ctx.day(point.date), s.cell),
            Paragraph("<b>" + ctx.t("{mt}% MSO", mt=ctx.num(point.value_pct_mso, 1)) + "</b>", s.cell),
            Paragraph(f"{text(ctx.label(point.kind))}<br/><font size='7.5'>{text(ctx.label(point.muscle))}</font>",
                      s.cell),
            Paragraph(text(ctx.label(point.method)), s.cell),
            Paragraph(reason, s.cell),
            Paragraph(text(point.operator) if point.operator else "—", s.cell)]


def _mt_section(ctx: ReportContext, view: RecordView, width: float) -> list[Flowable]:
    s = ctx.styles
    rows = [_head(ctx, (ctx.t("Date"), ctx.t("Motor threshold"), ctx.t("Kind"), ctx.t("Method"), ctx.t("Reason"),
                        ctx.t("Operator")))]
    rows += [_mt_row(ctx, point) for point in view.mt_history]
    out: list[Flowable] = [Paragraph(ctx.t("Motor threshold"), s.h2),
                           grid(rows, [0.15 * width, 0.14 * width, 0.17 * width, 0.2 * width, 0.22 * width,
                                       0.12 * width])]
    if len(view.mt_history) == 1:
        out.append(Paragraph(ctx.t("No re-test was recorded."), s.small))
    return out


# --- outcomes -------------------------------------------------------------------------------------------------


def _label_positions(wanted: list[float], gap: float) -> list[float]:
    """Heights for level labels at least ``gap`` apart, each as near its line as that allows (sorted input)."""
    placed: list[float] = []
    for y in wanted:
        placed.append(max(y, placed[-1] + gap) if placed else y)
    return placed


def _trend_chart(ctx: ReportContext, view: RecordView, trend: ScaleTrend, width: float) -> Drawing:
    """The scores over the dates, the planned course shaded behind them, response and remission as lines."""
    height = 150.0
    x0, x1, y0, y1 = 30.0, width - 96.0, 30.0, height - 14.0
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=7)
    fig = view.course.figures
    points = trend.points
    dates = [p.date for p in points]
    start = min([*dates, fig.start_date])
    end = max([*dates, fig.end_date])
    days = max((end - start).days, 1)

    pad = 14.0  # room for a value label at either end

    def x(day: dt.date) -> float:
        return x0 + pad + (x1 - x0 - 2 * pad) * (day - start).days / days

    levels = [v for v in (trend.response_level, trend.remission_level) if v is not None]
    highest = max([*(p.value for p in points), *levels, trend.scale.max_score or 0.0, 1.0])
    step = nice_step(highest * 1.1, 5)
    top = math.ceil(highest * 1.1 / step) * step

    def y(value: float) -> float:
        return y0 + (y1 - y0) * value / top

    # the planned course, behind everything
    d.add(Rect(x(fig.start_date), y0, max(x(fig.end_date) - x(fig.start_date), 1.0), y1 - y0, fillColor=COURSE,
               strokeColor=None))
    d.add(String(x(fig.start_date) + 3, y1 - 9, ctx.t("planned course"), fontName=FONT, fontSize=7,
                 fillColor=INK))
    k = 0
    while k * step <= top + 1e-9:
        level = y(k * step)
        d.add(Line(x0, level, x1, level, strokeColor=GRID, strokeWidth=0.4))
        d.add(String(x0 - 4, level - 2.5, ctx.num(k * step, 1), fontName=FONT, fontSize=7, fillColor=INK,
                     textAnchor="end"))
        k += 1
    d.add(Line(x0, y0, x1, y0, strokeColor=INK, strokeWidth=0.6))
    d.add(Line(x0, y0, x0, y1, strokeColor=RULE, strokeWidth=0.5))
    d.add(String(x0 - 4, y1 + 6, ctx.t("{scale} score", scale=ctx.ev(trend.scale, "short")), fontName="PTSans-Bold",
                 fontSize=7.5, fillColor=INK))
    # the response and remission levels, labelled beyond the right end of the plot
    named: list[tuple[float, str, colors.Color, Sequence[float]]] = []
    if trend.response_level is not None:
        named.append((trend.response_level, ctx.t("response ≤ {value}", value=ctx.num(trend.response_level, 1)),
                      RESPONSE, (4, 2)))
    if trend.remission_level is not None:
        named.append((trend.remission_level, ctx.t("remission ≤ {value}", value=ctx.num(trend.remission_level, 1)),
                      REMISSION, (1.5, 1.5)))
    named.sort(key=lambda item: item[0])
    for (value, words, colour, dash), label_y in zip(named, _label_positions([y(v) - 2.5 for v, *_ in named], 9),
                                                     strict=True):
        d.add(Line(x0, y(value), x1, y(value), strokeColor=colour, strokeWidth=1.1, strokeDashArray=list(dash)))
        d.add(String(x1 + 4, label_y, words, fontName="PTSans-Bold", fontSize=7, fillColor=colour))
    # the scores
    if len(points) > 1:
        coords: list[float] = []
        for p in points:
            coords += [x(p.date), y(p.value)]
        d.add(PolyLine(coords, strokeColor=LINE, strokeWidth=1.3))
    for p in points:
        d.add(Circle(x(p.date), y(p.value), 2.4, fillColor=LINE, strokeColor=colors.white, strokeWidth=0.5))
    for p in points:  # the values above their points, on white so that no line runs through them
        words = ctx.num(p.value, 1)
        half = stringWidth(words, "PTSans-Bold", 7.5) / 2 + 1.5
        d.add(Rect(x(p.date) - half, y(p.value) + 4, 2 * half, 9, fillColor=colors.white, strokeColor=None))
        d.add(String(x(p.date), y(p.value) + 6, words, fontName="PTSans-Bold", fontSize=7.5, fillColor=INK,
                     textAnchor="middle"))
    # dates under the axis: each score's, as many as fit
    last_x = -1e9
    marks = sorted({*dates, fig.start_date, fig.end_date})
    pattern, room = ("%d %b", 40) if start.year == end.year else ("%d %b %Y", 58)
    shown: list[dt.date] = []
    for day in marks:
        if x(day) - last_x >= room:
            shown.append(day)
            last_x = x(day)
        elif day == marks[-1] and shown:
            shown[-1] = day  # the last date always shows
            last_x = x(day)
    for day in shown:
        d.add(Line(x(day), y0, x(day), y0 - 3, strokeColor=INK, strokeWidth=0.5))
        d.add(String(x(day), y0 - 12, ctx.day(day, pattern), fontName=FONT, fontSize=7, fillColor=INK,
                     textAnchor="middle"))
    return d


def _trend_words(ctx: ReportContext, trend: ScaleTrend) -> str:
    criteria = trend.scale.response
    if trend.baseline is None:
        return ctx.t("No score recorded.")
    parts = [ctx.t("Baseline <b>{value}</b> on {date}", value=ctx.num(trend.baseline.value, 1),
                   date=ctx.day(trend.baseline.date))]
    if trend.latest is None:
        parts.append(ctx.t("no score after baseline yet"))
    else:
        parts.append(ctx.t("latest <b>{value}</b> on {date}", value=ctx.num(trend.latest.value, 1),
                           date=ctx.day(trend.latest.date)))
    if trend.change_pct is not None:
        if trend.change_pct >= 0:
            parts.append(ctx.t("<b>{pct}% below baseline</b>", pct=ctx.num(trend.change_pct, 1)))
        else:
            parts.append(ctx.t("<b>{pct}% above baseline</b>", pct=ctx.num(-trend.change_pct, 1)))
    if criteria is None or (criteria.response_reduction_pct is None and criteria.remission_at_most is None):
        parts.append(ctx.t("response and remission not assessed: no threshold in the evidence base"))
        return "; ".join(parts) + "."
    marks = cite(ctx, criteria.citations)
    if criteria.response_reduction_pct is not None:
        threshold = ctx.num(criteria.response_reduction_pct, 1)
        if trend.responder is True:
            parts.append("<b>" + ctx.t("responder (fall of at least {pct}%)", pct=threshold) + "</b>")
        elif trend.responder is False:
            parts.append("<b>" + ctx.t("not a responder (fall of less than {pct}%)", pct=threshold) + "</b>")
        else:
            parts.append(ctx.t("response not yet assessable (a fall of at least {pct}%)", pct=threshold))
    else:
        parts.append(ctx.t("response not assessed: no threshold in the evidence base"))
    if criteria.remission_at_most is not None:
        limit = ctx.num(criteria.remission_at_most, 1)
        if trend.remitter is True:
            parts.append("<b>" + ctx.t("in remission (score at most {limit})", limit=limit) + "</b>")
        elif trend.remitter is False:
            parts.append("<b>" + ctx.t("not in remission (score above {limit})", limit=limit) + "</b>")
        else:
            parts.append(ctx.t("remission not yet assessable (a score of at most {limit})", limit=limit))
    else:
        parts.append(ctx.t("remission not assessed: no threshold in the evidence base"))
    unverified = f" <b>{mark(True)}</b>" if criteria.provenance.value == "unverified" else ""
    return "; ".join(parts) + (f" {marks}" if marks else "") + unverified + "."


def _outcomes_section(ctx: ReportContext, view: RecordView, width: float) -> list[Flowable]:
    s = ctx.styles
    title = Paragraph(ctx.t("Outcomes"), s.h2)
    if not view.trends:
        return [title, Paragraph(ctx.t("No rating scale is planned or recorded for this course."), s.body)]
    out: list[Flowable] = []
    for k, trend in enumerate(view.trends):
        scale = trend.scale
        head: list[Flowable] = [title] if k == 0 else []  # the section's title never ends a page alone
        head.append(Paragraph(text(ctx.ev(scale, "name"))
                              + (f" {cite(ctx, scale.citations)}" if scale.citations else ""), s.h3))
        if not trend.points:
            out.append(KeepTogether([*head, Paragraph(ctx.t("No score recorded."), s.body)]))
            continue
        raters = {p.rater for p in trend.points if p.rater}
        scores = "; ".join(f"{ctx.day(p.date)}: <b>{ctx.num(p.value, 1)}</b>" + (f" ({text(p.rater)})"
                                                                                if p.rater and len(raters) > 1 else "")
                           for p in trend.points)
        rated = (" " + ctx.t("Rated by {rater}.", rater=text(next(iter(raters))))) if len(raters) == 1 else ""
        out.append(KeepTogether([
            *head,
            _trend_chart(ctx, view, trend, width),
            Spacer(0, 2),
            Paragraph(_trend_words(ctx, trend), s.body),
            Paragraph(ctx.t("Scores: {scores}.", scores=scores) + rated, s.small),
        ]))
    return out


# --- findings, corrections, sign-off ------------------------------------------------------------------------


def _findings_section(ctx: ReportContext, view: RecordView, width: float) -> list[Flowable]:
    """Every finding on the delivered course with its rule and citations, worded as the printed plan words them."""
    s = ctx.styles
    out: list[Flowable] = [Paragraph(ctx.t("Findings on the delivered course"), s.h2)]
    if not view.findings:
        return [*out, Paragraph(ctx.t("The checks on the delivered course found nothing to report."), s.body)]
    translator = ctx.translator
    rows = [_head(ctx, (ctx.t("Severity"), ctx.t("Rule"), ctx.t("Finding")))]
    tints: list[tuple[object, ...]] = []
    for k, f in enumerate(view.findings, start=1):
        unverified = f" <b>{mark(f.unverified)}</b>" if f.unverified else ""
        rows.append([
            Paragraph(f"<b>{text(ctx.t(f.severity.value.upper()))}</b>", s.cell),
            Paragraph(f"<b>{text(f.rule)}</b><br/><font size='7.5'>{text(ctx.rule_title(f.rule))}</font>", s.cell),
            Paragraph(f"{text(render_finding(f, ctx.kb.rules, translator))} {ctx.citations.marks(f.citations)}"
                      f"{unverified}", s.cell),
        ])
        tints += [("BACKGROUND", (0, k), (0, k), SEVERITY_TINT[f.severity]),
                  ("TEXTCOLOR", (0, k), (0, k), SEVERITY_COLOUR[f.severity])]
    words = max(stringWidth(ctx.t(f.severity.value.upper()), "PTSans-Bold", s.cell.fontSize) for f in view.findings)
    first = min(max(0.1 * width, words + 10), 0.2 * width)  # the severity's word on one line
    out.append(grid(rows, [first, 0.25 * width, 0.75 * width - first], extra=tints))
    if any(f.unverified for f in view.findings):
        out.append(Paragraph(ctx.t(UNVERIFIED_LEGEND), s.tiny))
    return out


def _entry_words(ctx: ReportContext, entry: Entry) -> str:
    body = entry.body
    if isinstance(body, SessionRecord):
        return ctx.t("Session {n} of {date}", n=body.session, date=ctx.day(body.date))
    if isinstance(body, Deviation):
        return ctx.t("Deviation at session {n} ({deviation})", n=body.session,
                     deviation=text(ctx.label(body.deviation)))
    if isinstance(body, MTRetest):
        return ctx.t("MT re-test of {date}", date=ctx.day(body.date))
    assert isinstance(body, Score)
    scale = next((sc for sc in ctx.kb.outcomes if sc.id == body.scale), None)
    return ctx.t("{scale} score of {date}", scale=text(ctx.ev(scale, "short")) if scale else text(body.scale),
                 date=ctx.day(body.date))


def _stamp(ctx: ReportContext, when: dt.datetime) -> str:
    utc = when.astimezone(dt.UTC)
    return f"{ctx.day(utc.date())}<br/>{utc:%H:%M} UTC"


def _corrections_section(ctx: ReportContext, view: RecordView, width: float) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Paragraph(ctx.t("Corrections"), s.h2)]
    if not view.corrections:
        return [*out, Paragraph(ctx.t("No entry was corrected."), s.body)]
    rows = [_head(ctx, (ctx.t("Entry corrected"), ctx.t("First recorded"), ctx.t("Corrected"), ctx.t("Reason")))]
    for entry in view.corrections:
        earlier = view.corrected_entry(entry)
        rows.append([Paragraph(f"<b>{_entry_words(ctx, entry)}</b>", s.cell),
                     Paragraph(_stamp(ctx, earlier.recorded_at) if earlier is not None else "—", s.cell),
                     Paragraph(_stamp(ctx, entry.recorded_at), s.cell),
                     Paragraph(text(entry.correction_reason or ""), s.cell)])
    return [*out,
            Paragraph(ctx.t("Entries are never changed: a correction is a new entry, and the summary shows the "
                            "corrected values. Times are in UTC."), s.lead),
            grid(rows, [0.28 * width, 0.19 * width, 0.19 * width, 0.34 * width])]


def _signature_section(ctx: ReportContext, width: float) -> list[Flowable]:
    s = ctx.styles
    blank = Paragraph("<br/><br/><br/>", s.cell)
    rows = [[Paragraph(ctx.t("<b>Physician</b> (name)"), s.cell), Paragraph(ctx.t("<b>Signature</b>"), s.cell),
             Paragraph(ctx.t("<b>Date</b>"), s.cell)], [blank, blank, blank]]
    return [
        Paragraph(ctx.t("Signature"), s.h2),
        Paragraph(ctx.t("I have reviewed this summary of the delivered course."), s.lead),
        grid(rows, [0.45 * width, 0.35 * width, 0.2 * width]),
        Spacer(0, 4),
        Paragraph(ctx.t("This summary prints the course record as it was entered; it is not a log of the "
                        "stimulator."), s.tiny),
    ]


def _story(ctx: ReportContext, view: RecordView, width: float) -> list[Flowable]:
    """Every section in reading order (citations are numbered in this order)."""
    story: list[Flowable] = []
    for section in (_header_section, _planned_delivered, _sessions_section, _deviations_section,
                    _side_effects_section, _mt_section, _outcomes_section, _findings_section,
                    _corrections_section):
        story += section(ctx, view, width)
    last: list[Flowable] = []
    if ctx.citations.used():
        references = references_section(ctx, width)
        story += references[:-2]
        last = references[-2:]  # a signature never stands on a page of its own
    story.append(KeepTogether([*last, *_signature_section(ctx, width)]))
    return story


def _decorator(ctx: ReportContext, view: RecordView, page_w: float,
               page_h: float) -> Callable[[Canvas, int, int], None]:
    opts, plan = ctx.options, ctx.plan
    patient = plan.patient
    right = " · ".join(filter(None, (ctx.t("Patient {id}", id=patient.identifier), patient.display_name)))
    footer = (ctx.t("plan {id}", id=view.plan_id)
              + " · " + ctx.t("Plan fingerprint {fingerprint}", fingerprint=ctx.fingerprint)
              + " · " + ctx.t("exported {date} · evidence base {version}", date=ctx.day(opts.export_date),
                              version=ctx.kb.info.version)
              + f" · tmsplanner {__version__}")
    title = ctx.t("rTMS course summary")

    def decorate(c: Canvas, page: int, total: int) -> None:
        draw_header(c, page_w, page_h, opts.clinic_name or "", title, right)
        draw_footer(c, page_w, footer, ctx.t("Page {page} of {total}", page=page, total=total))

    return decorate


def build_course_summary(view: RecordView, plan: Plan, kb: KnowledgeBase, language: str, *,
                         clinic: AppSettings | None = None, export_date: dt.date | None = None) -> bytes:
    """The course summary of ``plan``'s record as PDF bytes, in ``language`` (``en``, ``ru``, ``uk``).

    ``view`` is the plan's record view
    (:func:`tmsplanner.app.records.course_record`), which holds every figure
    printed. ``clinic`` gives the clinic name printed in the header and the
    paper size (A4 without it); ``export_date`` (today without it) is printed in
    the footer and stored as the PDF's creation date: the same record and date
    give the same bytes. The metadata name the patient by identifier only.

    Raises
    ------
    ValueError
        If the view is not of this plan.
    UnprintableText
        If a printed text has a character none of the report's fonts can draw; no PDF is made.
    """
    if view.plan_id != plan.plan_id:
        raise ValueError(f"the record view is of plan {view.plan_id}, not of plan {plan.plan_id}")
    options = ReportOptions(export_date=export_date or dt.date.today(), paper=clinic.paper if clinic else "a4",
                            clinic_name=clinic.clinic_name if clinic else None, language=language)
    check_printable([("clinic_name", options.clinic_name), ("patient.identifier", plan.patient.identifier),
                     ("patient.display_name", plan.patient.display_name), ("plan_id", plan.plan_id)])
    ctx = ReportContext(plan=plan, kb=kb, figures=view.course.figures, findings=list(view.findings),
                        options=options, styles=make_styles(), view=view.course)
    page_w, page_h = PAPER[options.paper]
    buffer = io.BytesIO()
    title = ctx.t("rTMS course summary")
    doc = BaseDocTemplate(
        buffer, pagesize=(page_w, page_h), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H - 4, bottomMargin=MARGIN + FOOTER_H - 8,
        title=f"{title} — {plan.patient.identifier}",
        author=options.clinic_name or "tmsplanner",
        subject=f"{title}: {ctx.label(plan.indication)}",
        creator=f"tmsplanner {__version__}", producer=f"tmsplanner {__version__}",
        keywords="rTMS; " + ctx.t("plan {id}", id=view.plan_id),
        initialFontName="PTSans", invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(_story(ctx, view, doc.width),
              canvasmaker=canvas_class(_decorator(ctx, view, page_w, page_h), options.export_date))
    return buffer.getvalue()
