"""The record view: the plan's course beside what was delivered, computed once.

A :class:`RecordView` pairs each planned session of the :class:`CourseView`
with its recorded delivery (or deviation), carries the motor-threshold
history, the side effects, the outcome trends with response and remission,
and the findings on the delivered course. The window's Treatment view, the
course summary PDF and ``tmsplanner course`` render it and compute nothing.

Qt-free and storage-free: it is built from the plan and a list of entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Literal, NamedTuple, get_args

from tmsplanner.core.checks.findings import Finding, Verdict, verdict
from tmsplanner.core.course_view import BlockSettings, CourseView, SessionRow
from tmsplanner.core.dosing import mso_to_set, round_half_up
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.models import OutcomeScale
from tmsplanner.core.outcomes import scales_for
from tmsplanner.core.plan import Plan
from tmsplanner.core.record import (
    Deviation,
    DeviationKind,
    Entry,
    MTRetest,
    Score,
    SessionRecord,
    SideEffect,
    effective,
)
from tmsplanner.core.vocab import MTKind, MTMethod, MTMuscle

__all__ = [
    "BlockDelivery", "BlockSummary", "MTPoint", "RecordView", "ScaleTrend", "ScorePoint", "SessionDelivery",
    "SessionStatus", "SessionThen", "SideEffectNote", "record_view",
]

SessionStatus = Literal["delivered", "shortened", "stopped", "missed", "pending"]


class SessionThen(NamedTuple):
    """A session as the plan version its delivery was made under set it: that version's planned session
    (date, %MT and %MSO per block), its blocks' settings (pattern, pulses, target, threshold scaling) and the
    version itself (the device, say)."""

    row: SessionRow
    settings: tuple[BlockSettings, ...]
    plan: Plan


PlannedThen = Mapping[int, SessionThen]
"""Per session number delivered under an earlier version of the plan, the session as that version set it."""


class BlockDelivery(NamedTuple):
    """One block at one session: planned and delivered (``number`` is 1-based; None where nothing is known)."""

    number: int
    planned_pct_mso: int | None
    planned_pulses: int | None
    delivered_pct_mso: float | None
    delivered_pulses: int | None
    interrupted: bool
    implied_pct_mso: int | None
    """The %MSO the current motor threshold implies for the session's %MT (None without a re-test)."""


class SessionDelivery(NamedTuple):
    """A planned session (``planned``; None for a session number beyond the plan) and what happened.

    ``record`` is the session as it stands after corrections, ``entry`` its
    entry, ``deviation`` a recorded deviation. ``pause_before_min`` is the
    whole minutes since the previous recorded session of the same day ended,
    from the recorded times (None where either time is missing). ``then`` is
    the session as the plan version its delivery was made under set it, when
    that is an earlier version than the current (None otherwise): the
    delivery is held against that.
    """

    session: int
    planned: SessionRow | None
    record: SessionRecord | None
    entry: Entry | None
    deviation: Deviation | None
    blocks: tuple[BlockDelivery, ...]
    status: SessionStatus
    pause_before_min: int | None
    corrected: bool
    then: SessionThen | None = None

    @property
    def held_against(self) -> SessionRow | None:
        """The planned session the delivery is held against: as the version it was made under set it."""
        return self.then.row if self.then is not None else self.planned

    def settings(self, view: CourseView) -> tuple[BlockSettings, ...]:
        """The block settings the delivery was made under: its version's, else those of ``view`` (the
        current plan's course)."""
        return self.then.settings if self.then is not None else view.blocks

    @property
    def date(self) -> dt.date | None:
        """The date delivered (or the deviation's), else the planned date."""
        if self.record is not None:
            return self.record.date
        if self.deviation is not None:
            return self.deviation.date
        return self.planned.date if self.planned is not None else None


class MTPoint(NamedTuple):
    """A motor threshold of the course: the plan's (``retest`` False) or a recorded re-test."""

    date: dt.date
    value_pct_mso: float
    kind: MTKind
    method: MTMethod
    muscle: MTMuscle
    reason: str | None
    operator: str | None
    retest: bool


class SideEffectNote(NamedTuple):
    """A side effect recorded at a session."""

    session: int
    date: dt.date
    effect: SideEffect


class ScorePoint(NamedTuple):
    """One recorded score."""

    date: dt.date
    value: float
    rater: str | None


class ScaleTrend(NamedTuple):
    """The scores of one scale over the course, and the course's response and remission on it.

    ``baseline`` is the last score on or before the first delivered session
    (the first score when none is that early); ``latest`` the last score after
    it. ``change_pct`` is the fall from baseline in percent (positive:
    better). ``responder`` and ``remitter`` are None where the scale has no
    threshold in the evidence base or no score after baseline.
    """

    scale: OutcomeScale
    points: tuple[ScorePoint, ...]
    baseline: ScorePoint | None
    latest: ScorePoint | None
    change_pct: float | None
    responder: bool | None
    remitter: bool | None

    @property
    def response_level(self) -> float | None:
        """The score at or below which the latest counts as a response: baseline × (1 − reduction / 100).

        None without a baseline or without a response threshold for the scale in the evidence base.
        """
        criteria = self.scale.response
        if self.baseline is None or criteria is None or criteria.response_reduction_pct is None:
            return None
        return self.baseline.value * (1 - criteria.response_reduction_pct / 100)

    @property
    def remission_level(self) -> float | None:
        """The score at or below which the latest counts as remission (None without a threshold)."""
        criteria = self.scale.response
        return criteria.remission_at_most if criteria is not None else None


class BlockSummary(NamedTuple):
    """One block over the whole course: the %MSO planned and delivered, and its pulses (``number`` 1-based).

    ``planned_pct_mso_min`` and ``_max`` are the lowest and highest %MSO the plan
    sets for the block over its sessions (they differ under titration; None for
    a block the plan does not have); the delivered figures are over the
    sessions with the block recorded (None where none is). ``planned_pulses``
    is the block's pulses over every planned session.
    """

    number: int
    planned_pct_mso_min: int | None
    planned_pct_mso_max: int | None
    planned_pulses: int
    delivered_pct_mso_min: float | None
    delivered_pct_mso_max: float | None
    delivered_pct_mso_mean: float | None
    delivered_pulses: int
    sessions_delivered: int
    interrupted: int


class RecordView(NamedTuple):
    """The plan's course and its record, side by side; everything the renderings show."""

    plan_id: str
    course: CourseView
    sessions: tuple[SessionDelivery, ...]
    mt_history: tuple[MTPoint, ...]
    side_effects: tuple[SideEffectNote, ...]
    trends: tuple[ScaleTrend, ...]
    entries: tuple[Entry, ...]
    corrections: tuple[Entry, ...]
    findings: tuple[Finding, ...]
    planned_sessions: int
    delivered_sessions: int
    planned_pulses: int
    delivered_pulses: int
    last_recorded: dt.date | None

    @property
    def delivered(self) -> tuple[SessionDelivery, ...]:
        """The sessions with a delivery recorded (shortened and stopped ones included)."""
        return tuple(s for s in self.sessions if s.record is not None)

    @property
    def deviations(self) -> tuple[SessionDelivery, ...]:
        """The sessions missed, shortened or stopped."""
        return tuple(s for s in self.sessions if s.deviation is not None)

    @property
    def first_delivered(self) -> dt.date | None:
        """The date of the first delivered session (None before any)."""
        return min((s.record.date for s in self.sessions if s.record is not None), default=None)

    @property
    def last_delivered(self) -> dt.date | None:
        """The date of the last delivered session (None before any)."""
        return max((s.record.date for s in self.sessions if s.record is not None), default=None)

    @property
    def status_counts(self) -> Mapping[SessionStatus, int]:
        """How many sessions have each status (every status present, 0 where none has it)."""
        counts: dict[SessionStatus, int] = dict.fromkeys(get_args(SessionStatus), 0)
        for s in self.sessions:
            counts[s.status] += 1
        return counts

    @property
    def block_summaries(self) -> tuple[BlockSummary, ...]:
        """Each block over the course, planned beside delivered."""
        count = max((len(s.blocks) for s in self.sessions), default=0)
        count = max(count, len(self.course.blocks))
        result = []
        for number in range(1, count + 1):
            in_plan = number <= len(self.course.blocks)
            planned = [row.blocks[number - 1].intensity_pct_mso_to_set for row in self.course.sessions] \
                if in_plan else []
            got = [b for s in self.sessions if s.record is not None for b in s.blocks
                   if b.number == number and b.delivered_pct_mso is not None]
            levels = [b.delivered_pct_mso for b in got if b.delivered_pct_mso is not None]
            result.append(BlockSummary(
                number=number,
                planned_pct_mso_min=min(planned, default=None),
                planned_pct_mso_max=max(planned, default=None),
                planned_pulses=self.course.blocks[number - 1].dose.pulses * len(self.course.sessions) if in_plan
                else 0,
                delivered_pct_mso_min=min(levels, default=None),
                delivered_pct_mso_max=max(levels, default=None),
                delivered_pct_mso_mean=sum(levels) / len(levels) if levels else None,
                delivered_pulses=sum(b.delivered_pulses or 0 for b in got),
                sessions_delivered=len(got),
                interrupted=sum(1 for b in got if b.interrupted),
            ))
        return tuple(result)

    def corrected_entry(self, correction: Entry) -> Entry | None:
        """The entry a correction replaced (itself possibly a correction); None for an entry that corrects none."""
        if correction.corrects is None:
            return None
        return next((e for e in self.entries if e.entry_id == correction.corrects), None)

    @property
    def verdict(self) -> Verdict:
        """The verdict on the delivered course."""
        return verdict(list(self.findings))

    def current_mt(self, on: dt.date) -> MTPoint:
        """The motor threshold in force on a date: the latest measured on or before it (the plan's or a re-test's).

        Only re-tests of the plan's kind and muscle count (a resting threshold is not replaced by an active one).
        """
        return _in_force(self.mt_history, on)

    def mt_for(self, delivery: SessionDelivery) -> MTPoint:
        """The motor threshold in force for a session as the plan version it was delivered under had it: that
        version's measured threshold, then the re-tests (the current plan's for a session delivered under it)."""
        return _in_force(_history_under(self.mt_history, delivery.then), delivery.date or dt.date.min)


def _in_force(history: tuple[MTPoint, ...], on: dt.date) -> MTPoint:
    plan_mt = history[0]
    current = plan_mt
    for point in history:
        comparable = point.kind == plan_mt.kind and point.muscle == plan_mt.muscle
        if comparable and point.date <= on and point.date >= current.date:
            current = point
    return current


def _plan_mt(plan: Plan) -> MTPoint:
    mt = plan.motor_threshold
    return MTPoint(mt.measured_on, mt.value_pct_mso, mt.kind, mt.method, mt.muscle, None, None, False)


def _history_under(history: tuple[MTPoint, ...], then: SessionThen | None) -> tuple[MTPoint, ...]:
    """The threshold history a session is held to: the version it was delivered under measured its own
    threshold (the re-tests are the course's); the current plan's history for a session under it."""
    return history if then is None else (_plan_mt(then.plan), *history[1:])


def _mt_history(plan: Plan, effective_entries: list[Entry]) -> tuple[MTPoint, ...]:
    points = [_plan_mt(plan)]
    retests = sorted((e.body for e in effective_entries if isinstance(e.body, MTRetest)), key=lambda r: r.date)
    points += [MTPoint(r.date, r.value_pct_mso, r.mt_kind, r.method, r.muscle, r.reason, r.operator, True)
               for r in retests]
    return tuple(points)


def _implied(blocks: Sequence[BlockSettings], history: tuple[MTPoint, ...], row: SessionRow | None, number: int,
             on: dt.date) -> int | None:
    """The %MSO a re-tested threshold in force on ``on`` implies for block ``number`` of session ``row`` (whose
    plan version's block settings are ``blocks``)."""
    if row is None or number > len(blocks) or len(history) == 1:
        return None
    current = _in_force(history, on)
    if not current.retest:
        return None
    settings = blocks[number - 1]
    shift = settings.mt_pct_mso - settings.measured_mt_pct_mso  # the depth correction, if any
    return mso_to_set(current.value_pct_mso + shift, row.blocks[number - 1].intensity_pct_mt)


def _minutes_between(earlier: SessionRecord, later: SessionRecord) -> int | None:
    if earlier.date != later.date or earlier.end is None or later.start is None:
        return None
    gap = dt.datetime.combine(later.date, later.start) - dt.datetime.combine(earlier.date, earlier.end)
    return round_half_up(gap.total_seconds() / 60)


def standing_sessions(effective_entries: list[Entry]) -> dict[int, list[Entry]]:
    """Per session number, its entries in force (corrections folded), the latest recorded last.

    One session has more than one only when records were brought together (an import, another
    workstation's store). The latest recorded is the one shown; a correction settles every entry of its
    session recorded before it (see DLV-012).
    """
    standing: dict[int, list[Entry]] = {}
    for item in effective_entries:
        if isinstance(item.body, SessionRecord):
            standing.setdefault(item.body.session, []).append(item)
    for entries in standing.values():
        entries.sort(key=lambda e: e.recorded_at)  # stable: entries recorded at one moment keep their order
    return standing


def delivered_under(entries: list[Entry]) -> dict[str, str]:
    """Per entry id, the plan version its delivery was made under: its own, or for a correction (which restates
    a delivery) that of the entry it corrects, first of its chain."""
    under: dict[str, str] = {}
    for entry in entries:  # recording order: a corrected entry comes before its correction
        under[entry.entry_id] = under.get(entry.corrects, entry.plan_version) if entry.corrects else entry.plan_version
    return under


def _sessions(view: CourseView, history: tuple[MTPoint, ...], effective_entries: list[Entry],
              planned_then: PlannedThen) -> tuple[SessionDelivery, ...]:
    records = {number: found[-1] for number, found in standing_sessions(effective_entries).items()}
    deviations: dict[int, Deviation] = {}
    for item in effective_entries:
        if isinstance(item.body, Deviation):
            deviations[item.body.session] = item.body
    planned = {row.index: row for row in view.sessions}
    numbers = sorted(set(planned) | set(records) | set(deviations))
    result = []
    previous: SessionRecord | None = None
    for number in numbers:
        row = planned.get(number)
        entry = records.get(number)
        record = entry.body if entry is not None and isinstance(entry.body, SessionRecord) else None
        deviation = deviations.get(number)
        on = record.date if record is not None else (row.date if row is not None else dt.date.min)
        delivered = {b.block: b for b in record.blocks} if record is not None else {}
        then = planned_then.get(number) if record is not None else None
        # Held against the version the delivery was made under: an earlier one's session, blocks and measured
        # threshold, else the current's.
        held, settings = (then.row, then.settings) if then is not None else (row, view.blocks)
        in_force = _history_under(history, then)
        count = max(len(settings) if held is not None else 0, max(delivered, default=0))
        blocks = []
        for k in range(1, count + 1):
            got = delivered.get(k)
            in_plan = held is not None and k <= len(settings)
            planned_mso = held.blocks[k - 1].intensity_pct_mso_to_set if in_plan and held else None
            planned_pulses = settings[k - 1].dose.pulses if in_plan else None
            blocks.append(BlockDelivery(
                number=k,
                planned_pct_mso=planned_mso,
                planned_pulses=planned_pulses,
                delivered_pct_mso=got.intensity_pct_mso if got else None,
                delivered_pulses=got.pulses if got else None,
                interrupted=got.interrupted if got else False,
                implied_pct_mso=_implied(settings, in_force, held, k, on),
            ))
        status: SessionStatus
        if deviation is not None and deviation.deviation == DeviationKind.SHORTENED:
            status = "shortened"
        elif deviation is not None and deviation.deviation == DeviationKind.STOPPED:
            status = "stopped"
        elif record is not None:
            status = "delivered"
        elif deviation is not None:
            status = "missed"
        else:
            status = "pending"
        pause = _minutes_between(previous, record) if previous is not None and record is not None else None
        if record is not None:
            previous = record
        result.append(SessionDelivery(
            session=number, planned=row, record=record, entry=entry, deviation=deviation, blocks=tuple(blocks),
            status=status, pause_before_min=pause,
            corrected=entry is not None and entry.corrects is not None, then=then,
        ))
    return tuple(result)


def _trends(plan: Plan, kb: KnowledgeBase, effective_entries: list[Entry],
            first_session: dt.date | None) -> tuple[ScaleTrend, ...]:
    scores: dict[str, list[ScorePoint]] = {}
    for entry in effective_entries:
        if isinstance(entry.body, Score):
            scores.setdefault(entry.body.scale, []).append(
                ScorePoint(entry.body.date, entry.body.value, entry.body.rater))
    known = {s.id: s for s in kb.outcomes}
    order = [s.id for s in scales_for(plan, kb)] + sorted(set(scores) - {s.id for s in scales_for(plan, kb)})
    trends = []
    for scale_id in order:
        if scale_id not in known:
            continue
        points = tuple(sorted(scores.get(scale_id, []), key=lambda p: p.date))
        before = [p for p in points if first_session is None or p.date <= first_session]
        baseline = before[-1] if before else (points[0] if points else None)
        later = [p for p in points if baseline is not None and p.date > baseline.date]
        latest = later[-1] if later else None
        change = None
        responder = remitter = None
        criteria = known[scale_id].response
        if baseline is not None and latest is not None:
            if baseline.value > 0:
                change = (baseline.value - latest.value) / baseline.value * 100
            if criteria is not None and criteria.response_reduction_pct is not None and change is not None:
                responder = change >= criteria.response_reduction_pct
            if criteria is not None and criteria.remission_at_most is not None:
                remitter = latest.value <= criteria.remission_at_most
        trends.append(ScaleTrend(known[scale_id], points, baseline, latest, change, responder, remitter))
    return tuple(trends)


def record_view(plan: Plan, view: CourseView, kb: KnowledgeBase, entries: list[Entry],
                findings: list[Finding] | None = None, planned_then: PlannedThen | None = None) -> RecordView:
    """Build the record view of a plan from its course view and its record's entries (in recording order).

    ``findings`` are the findings on the delivered course
    (:func:`tmsplanner.core.checks.delivered.check_delivered`); empty when not given. ``planned_then`` holds,
    for each session recorded against an earlier version of the plan, the session as that version set it
    (:class:`SessionThen`): its delivery is shown, checked and exported against that; the other sessions against the
    current plan.
    """
    if plan.plan_id is None:
        raise ValueError("a plan's record needs its plan_id")
    current = effective(entries)
    history = _mt_history(plan, current)
    sessions = _sessions(view, history, current, planned_then or {})
    delivered = [s for s in sessions if s.record is not None]
    first = min((s.record.date for s in delivered if s.record is not None), default=None)
    side_effects = tuple(SideEffectNote(s.session, s.record.date, effect)
                         for s in delivered if s.record is not None for effect in s.record.side_effects)
    dates = [e.body.date for e in current]
    return RecordView(
        plan_id=plan.plan_id,
        course=view,
        sessions=sessions,
        mt_history=history,
        side_effects=side_effects,
        trends=_trends(plan, kb, current, first),
        entries=tuple(entries),
        corrections=tuple(e for e in entries if e.corrects is not None),
        findings=tuple(findings or ()),
        planned_sessions=len(view.sessions),
        delivered_sessions=len(delivered),
        planned_pulses=view.figures.total_pulses,
        delivered_pulses=sum(b.delivered_pulses or 0 for s in delivered for b in s.blocks),
        last_recorded=max(dates, default=None),
    )
