"""Rules on the delivered course: what the record says was given, against the plan and the guidance.

The findings' ``field`` is a path into the record: ``record.sessions[N]``
(N the plan's session number), with ``.blocks[K].intensity_pct_mso`` or
``.blocks[K].pulses`` (K from 0), ``.start`` or ``.side_effects``;
``record.scores.<scale>`` and ``record.deviations``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tmsplanner.core.checks.context import CheckContext
from tmsplanner.core.checks.findings import Finding, sort_findings
from tmsplanner.core.record import SessionRecord, effective, plan_version
from tmsplanner.core.record_view import MTPoint, RecordView, delivered_under, standing_sessions
from tmsplanner.core.schedule import ACUTE
from tmsplanner.core.vocab import DeviationKind, SideEffectKind, SideEffectSeverity

__all__ = ["check_delivered", "session_field"]

DEFAULT_MISSED_SESSIONS_LIMIT = 3
"""Missed or stopped sessions from which DLV-008 is given: a clinic default, not a published limit."""


def session_field(session: int, tail: str = "") -> str:
    """The field path of a recorded session (``session`` as numbered in the plan)."""
    return f"record.sessions[{session}]{tail}"


def _doses(ctx: CheckContext, view: RecordView) -> Iterator[Finding]:
    """DLV-001, DLV-003: delivered %MSO above the plan, more pulses than planned."""
    for s in view.delivered:
        if s.record is None or s.held_against is None:
            continue
        for b in s.blocks:
            k = b.number - 1
            if b.delivered_pct_mso is not None and b.planned_pct_mso is not None \
                    and b.delivered_pct_mso > b.planned_pct_mso:
                yield ctx.finding("DLV-001", session_field(s.session, f".blocks[{k}].intensity_pct_mso"),
                                  session=s.session, date=s.record.date, block=b.number,
                                  delivered=b.delivered_pct_mso, planned=b.planned_pct_mso)
            if b.delivered_pulses is not None and b.planned_pulses is not None \
                    and b.delivered_pulses > b.planned_pulses:
                yield ctx.finding("DLV-003", session_field(s.session, f".blocks[{k}].pulses"),
                                  session=s.session, date=s.record.date, block=b.number,
                                  delivered=b.delivered_pulses, planned=b.planned_pulses)


def _above_retest(ctx: CheckContext, view: RecordView) -> Iterator[Finding]:
    """DLV-002: delivered %MSO above what a re-tested threshold gives; one finding per block, re-test and
    intensity (a titration's steps each have theirs, so each finding quotes the %MT and %MSO of its sessions)."""
    groups: dict[tuple[int, MTPoint, float, int], list[tuple[int, dt.date, float]]] = {}
    for s in view.delivered:
        held = s.held_against  # the plan version the session was delivered under: its %MT and threshold
        if s.record is None or held is None:
            continue
        mt = view.mt_for(s)
        for b in s.blocks:
            if b.delivered_pct_mso is not None and b.implied_pct_mso is not None \
                    and b.delivered_pct_mso > b.implied_pct_mso:
                intensity = held.blocks[b.number - 1].intensity_pct_mt
                groups.setdefault((b.number, mt, intensity, b.implied_pct_mso), []).append(
                    (s.session, s.record.date, b.delivered_pct_mso))
    for (block, mt, intensity, implied), rows in sorted(groups.items(),
                                                        key=lambda item: (item[0][0], item[1][0][0])):
        first = rows[0]
        yield ctx.finding("DLV-002", session_field(first[0], f".blocks[{block - 1}].intensity_pct_mso"),
                          block=block, sessions=tuple(r[0] for r in rows), date=first[1],
                          delivered=max(r[2] for r in rows), implied=implied, mt_date=mt.date,
                          mt=mt.value_pct_mso, intensity=intensity)


def _spacing(ctx: CheckContext, view: RecordView) -> Iterator[Finding]:
    """DLV-004: the recorded pause between two sessions of a day below the published accelerated minimum."""
    refs = ctx.kb.accelerated
    if not refs:
        return
    shortest = min(refs, key=lambda r: r.intersession_interval_min)
    cited = tuple(dict.fromkeys(c for r in refs for c in r.citations))
    for s in view.delivered:
        if s.record is not None and s.pause_before_min is not None \
                and s.pause_before_min < shortest.intersession_interval_min:
            overlap = s.pause_before_min < 0
            yield ctx.finding("DLV-004", session_field(s.session, ".start"), citations=cited,
                              variant="overlap" if overlap else None, session=s.session, date=s.record.date,
                              interval=-s.pause_before_min if overlap else s.pause_before_min,
                              ref_interval=shortest.intersession_interval_min, ref=shortest.name)


def _mt_age(ctx: CheckContext, view: RecordView) -> Iterator[Finding]:
    """DLV-005: a session delivered with a threshold older than the plan's re-test interval (or the clinic's)."""
    every = ctx.plan.schedule.mt_retest_every_days
    variant = None
    if every is None:
        every, variant = ctx.settings.mt_max_age_days, "clinic"
    flagged: set[dt.date] = set()
    for s in view.delivered:
        if s.record is None:
            continue
        mt = view.current_mt(s.record.date)
        days = (s.record.date - mt.date).days
        if days > every and mt.date not in flagged:
            flagged.add(mt.date)
            yield ctx.finding("DLV-005", session_field(s.session), variant=variant, session=s.session,
                              date=s.record.date, days=days, mt_date=mt.date, every=every)


def _side_effects(ctx: CheckContext, view: RecordView) -> Iterator[Finding]:
    """DLV-006, DLV-007, DLV-010: a seizure, a syncope, any other severe side effect."""
    for note in view.side_effects:
        field = session_field(note.session, ".side_effects")
        if note.effect.kind == SideEffectKind.SEIZURE:
            yield ctx.finding("DLV-006", field, session=note.session, date=note.date)
        elif note.effect.kind == SideEffectKind.SYNCOPE:
            yield ctx.finding("DLV-007", field, session=note.session, date=note.date)
        elif note.effect.severity == SideEffectSeverity.SEVERE:
            yield ctx.finding("DLV-010", field, effect=note.effect.kind.value, session=note.session, date=note.date)


def _missed(ctx: CheckContext, view: RecordView, limit: int) -> Iterator[Finding]:
    """DLV-008: missed or stopped sessions reaching the clinic's limit."""
    missed = sum(1 for s in view.deviations if s.deviation is not None
                 and s.deviation.deviation in (DeviationKind.MISSED, DeviationKind.STOPPED))
    if missed >= limit:
        yield ctx.finding("DLV-008", "record.deviations", missed=missed, limit=limit)


def _not_in_plan(ctx: CheckContext, view: RecordView) -> Iterator[Finding]:
    """DLV-011: a recorded session number the current plan does not have."""
    for s in view.sessions:
        if s.planned is None and s.record is not None:
            yield ctx.finding("DLV-011", session_field(s.session), session=s.session, date=s.record.date,
                              count=view.planned_sessions)


def _version_not_read(ctx: CheckContext, view: RecordView) -> Iterator[Finding]:
    """DLV-013: sessions delivered under an earlier plan version not available here, held to the current plan."""
    current = plan_version(ctx.plan)
    under = delivered_under(list(view.entries))
    held_now = [s for s in view.delivered if s.then is None and s.entry is not None and s.record is not None
                and under.get(s.entry.entry_id, current) != current]
    if held_now:
        first = held_now[0]
        assert first.record is not None
        yield ctx.finding("DLV-013", session_field(first.session), sessions=tuple(s.session for s in held_now),
                          date=first.record.date)


def _recorded_twice(ctx: CheckContext, view: RecordView) -> Iterator[Finding]:
    """DLV-012: a session with more than one entry in force (records brought together). A correction of the
    session settles every entry of it recorded before the correction."""
    for session, standing in sorted(standing_sessions(effective(list(view.entries))).items()):
        settled_at = max((e.recorded_at for e in standing if e.corrects is not None), default=None)
        open_ = [e for e in standing if settled_at is None or e.recorded_at >= settled_at]
        if len(open_) > 1:
            bodies = [e.body for e in open_ if isinstance(e.body, SessionRecord)]
            yield ctx.finding("DLV-012", session_field(session), session=session, count=len(open_),
                              date=min(b.date for b in bodies))


def _response(ctx: CheckContext, view: RecordView) -> Iterator[Finding]:
    """DLV-009: a score at or after the end of the acute course that is not a response."""
    acute = [row for row in view.course.sessions if row.phase == ACUTE]
    if not acute:
        return
    end = acute[-1].date
    for trend in view.trends:
        criteria = trend.scale.response
        if criteria is None or criteria.response_reduction_pct is None:
            continue
        if trend.responder is False and trend.latest is not None and trend.baseline is not None \
                and trend.latest.date >= end and trend.change_pct is not None:
            rise = trend.change_pct < 0
            yield ctx.finding("DLV-009", f"record.scores.{trend.scale.id}", citations=tuple(criteria.citations),
                              unverified=criteria.provenance.value == "unverified", variant="rise" if rise else None,
                              scale=trend.scale.short, baseline=trend.baseline.value,
                              baseline_date=trend.baseline.date, latest=trend.latest.value,
                              latest_date=trend.latest.date, change=abs(trend.change_pct),
                              threshold=criteria.response_reduction_pct)


def check_delivered(ctx: CheckContext, view: RecordView,
                    missed_limit: int = DEFAULT_MISSED_SESSIONS_LIMIT) -> list[Finding]:
    """Every rule on the delivered course, block first.

    Parameters
    ----------
    ctx : CheckContext
        The plan, its figures, the evidence base and the clinic's settings.
    view : RecordView
        The record view (its own ``findings`` are not read).
    missed_limit : int
        Missed or stopped sessions from which DLV-008 is given (a clinic default).
    """
    findings = [
        *_doses(ctx, view), *_above_retest(ctx, view), *_spacing(ctx, view), *_mt_age(ctx, view),
        *_side_effects(ctx, view), *_missed(ctx, view, missed_limit), *_not_in_plan(ctx, view),
        *_recorded_twice(ctx, view), *_version_not_read(ctx, view), *_response(ctx, view),
    ]
    return sort_findings(findings)
