"""Recording a course: what the command line and the window share.

Each function validates everything first and then writes one entry in one
transaction, so a bad value never changes the store. A plan without a
``plan_id`` gets one (saved atomically into its file) before its first entry.
:func:`course_record` builds the :class:`RecordView` with the findings on the
delivered course under the clinic's settings.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tmsplanner.app.plans import FileStamp, file_stamp, new_plan_id, save_plan
from tmsplanner.app.store import RecordStore, StoreError, UnreadablePlan
from tmsplanner.core.checks import CheckContext, CheckSettings, figures_for, run_checks
from tmsplanner.core.checks.delivered import check_delivered
from tmsplanner.core.course_view import CourseView, course_view
from tmsplanner.core.errors import Phrase
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.holiday_calendar import DEFAULT_LANGUAGE
from tmsplanner.core.plan import Plan
from tmsplanner.core.record import (
    DeliveredBlock,
    Deviation,
    Entry,
    MTRetest,
    Score,
    SessionRecord,
    effective,
    plan_version,
)
from tmsplanner.core.record_view import (
    PlannedThen,
    RecordView,
    SessionThen,
    delivered_under,
    record_view,
    standing_sessions,
)
from tmsplanner.core.vocab import DeviationKind

__all__ = [
    "RecordError", "course_record", "earlier_versions", "ensure_plan_id", "planned_blocks", "record_deviation",
    "record_retest", "record_score", "record_session", "taken_place",
]


class RecordError(StoreError):
    """A value cannot be recorded (unknown session, already recorded, unknown scale...); nothing was written."""


@dataclass(frozen=True)
class IdentifiedPlan:
    """A plan with its ``plan_id``, and whether the id was just generated (and saved to ``path``)."""

    plan: Plan
    generated: bool


def ensure_plan_id(plan: Plan, path: str | os.PathLike[str] | None = None,
                   expected: FileStamp | None = None) -> IdentifiedPlan:
    """The plan with a ``plan_id``: its own, or a new one saved atomically into ``path`` (when given).

    Raises
    ------
    FileWriteError, FileChangedError
        The plan file cannot be updated (then nothing is recorded).
    """
    if plan.plan_id is not None:
        return IdentifiedPlan(plan, False)
    identified = plan.model_copy(update={"plan_id": new_plan_id()})
    if path is not None:
        save_plan(identified, path, expected=expected if expected is not None else file_stamp(path),
                  check_disk=True)
    return IdentifiedPlan(identified, True)


def _course(plan: Plan, kb: KnowledgeBase, language: str = DEFAULT_LANGUAGE) -> CourseView:
    return course_view(plan, figures_for(plan, kb, language), kb)


def _session_entry(entries: list[Entry], session: int) -> Entry | None:
    """The entry shown for ``session`` (the latest recorded of those in force), None if it has none."""
    standing = standing_sessions(effective(entries)).get(session)
    return standing[-1] if standing else None


def planned_blocks(view: CourseView, session: int) -> tuple[DeliveredBlock, ...]:
    """The blocks of planned session ``session`` as the plan sets them: the window's and the CLI's defaults."""
    row = view.sessions[session - 1]
    return tuple(DeliveredBlock(block=k, intensity_pct_mso=float(b.intensity_pct_mso_to_set),
                                pulses=settings.dose.pulses)
                 for k, (b, settings) in enumerate(zip(row.blocks, view.blocks, strict=True), start=1))


def _reason_given(correct: bool, reason: str | None) -> None:
    """A correction says why: what was wrong with the entry it replaces."""
    if correct and not (reason or "").strip():
        raise RecordError(Phrase("a correction needs its reason (what was wrong with the entry it corrects)"))


def taken_place(body: SessionRecord | MTRetest | Score | Deviation, today: dt.date | None = None) -> None:
    """What is recorded has taken place: a session (shortened or stopped ones too), a re-test or a score is not
    dated after today (the clock's unless given); a missed session may be noted ahead. :class:`RecordError`
    otherwise."""
    if isinstance(body, Deviation) and body.deviation == DeviationKind.MISSED:
        return
    today = today or dt.date.today()
    if body.date > today:
        raise RecordError(Phrase("the date {date} is after today ({today}); a session, a re-test or a score is "
                                 "recorded once it has taken place", date=body.date, today=today))


def record_session(store: RecordStore, plan: Plan, kb: KnowledgeBase, record: SessionRecord, *,
                   correct: bool = False, reason: str | None = None, today: dt.date | None = None) -> Entry:
    """Record one delivered session of ``plan`` (which has a ``plan_id``); ``today`` is the local date (the
    clock's unless given).

    Raises
    ------
    RecordError
        The session is dated after today, the session number is not in the
        plan, a block is not in the plan, the session is already recorded
        (unless ``correct``), there is nothing to correct, or a correction has
        no reason; the store is unchanged.
    """
    assert plan.plan_id is not None
    _reason_given(correct, reason)
    taken_place(record, today)
    held = _held_to(store, plan, record.session) if correct else plan  # a correction restates its delivery
    view = _course(held, kb)
    count = len(view.sessions)
    if record.session > count:
        raise RecordError(Phrase("session {session} is not in the plan, which has sessions 1 to {count}",
                                 session=record.session, count=count))
    blocks = len(held.blocks)
    for b in record.blocks:
        if b.block > blocks:
            raise RecordError(Phrase("block {block} is not in the plan, which has blocks 1 to {count}",
                                     block=b.block, count=blocks))
    def check(entries: list[Entry]) -> str | None:
        earlier = _session_entry(entries, record.session)
        if earlier is not None and not correct:
            assert isinstance(earlier.body, SessionRecord)
            raise RecordError(Phrase("session {session} is already recorded (on {date} by {operator}); "
                                     "to change it, record it again as a correction", session=record.session,
                                     date=earlier.body.date, operator=earlier.body.operator))
        if earlier is None and correct:
            raise RecordError(Phrase("session {session} has no entry to correct; record it without correcting",
                                     session=record.session))
        return earlier.entry_id if earlier is not None else None

    return store.append(plan, record, reason=reason, check=check,
                        check_scope=("session", record.session, None))


def _held_to(store: RecordStore, plan: Plan, session: int) -> Plan:
    """The plan version the shown entry of ``session`` was delivered under (the current plan if that is the
    current version, the session has no entry yet, or the store cannot give that version)."""
    assert plan.plan_id is not None
    entries = store.entries(plan.plan_id)
    shown = _session_entry(entries, session)
    if shown is None:
        return plan
    version = delivered_under(entries)[shown.entry_id]
    if version == plan_version(plan):
        return plan
    return _readable(store, plan.plan_id, version) or plan


def record_score(store: RecordStore, plan: Plan, kb: KnowledgeBase, score: Score, *,
                 correct: bool = False, reason: str | None = None, today: dt.date | None = None) -> Entry:
    """Record an outcome score; a second score of one scale on one date needs ``correct``.

    Raises
    ------
    RecordError
        The score is dated after today, the scale is unknown or the value
        beyond its range, the date already has a score (unless ``correct``),
        or a correction has no reason; the store is unchanged.
    """
    assert plan.plan_id is not None
    _reason_given(correct, reason)
    taken_place(score, today)
    scales = {s.id: s for s in kb.outcomes}
    scale = scales.get(score.scale)
    if scale is None:
        raise RecordError(Phrase("'{scale}' is not a rating scale of tmsplanner; choose one of: {scales}",
                                 scale=score.scale, scales=", ".join(scales)))
    if scale.max_score is not None and score.value > scale.max_score:
        raise RecordError(Phrase("a {scale} score lies between 0 and {most}, not {value}", scale=scale.short,
                                 most=_number(scale.max_score), value=_number(score.value)))
    def check(entries: list[Entry]) -> str | None:
        earlier = None
        for entry in effective(entries):
            if isinstance(entry.body, Score) and entry.body.scale == score.scale and entry.body.date == score.date:
                earlier = entry
        if earlier is not None and not correct:
            raise RecordError(Phrase("a {scale} score is already recorded on {date}; to change it, record it again "
                                     "as a correction", scale=scale.short, date=score.date))
        return earlier.entry_id if earlier is not None else None

    return store.append(plan, score, reason=reason, check=check,
                        check_scope=("score", None, score.date))


def record_retest(store: RecordStore, plan: Plan, retest: MTRetest, *, today: dt.date | None = None) -> Entry:
    """Record a motor-threshold re-test.

    Raises
    ------
    RecordError
        The re-test is dated after today; the store is unchanged.
    """
    taken_place(retest, today)
    return store.append(plan, retest)


def record_deviation(store: RecordStore, plan: Plan, kb: KnowledgeBase, deviation: Deviation, *,
                     today: dt.date | None = None) -> Entry:
    """Record a planned session missed, shortened or stopped; a missed one may be noted ahead.

    Raises
    ------
    RecordError
        A shortened or stopped session is dated after today, or the session
        number is not in the plan; the store is unchanged.
    """
    taken_place(deviation, today)
    count = len(_course(plan, kb).sessions)
    if deviation.session > count:
        raise RecordError(Phrase("session {session} is not in the plan, which has sessions 1 to {count}",
                                 session=deviation.session, count=count))
    return store.append(plan, deviation)


def _number(value: float) -> str:
    return f"{value:g}"


def earlier_versions(store: RecordStore, plan: Plan, entries: Sequence[Entry]) -> dict[str, Plan | None]:
    """The plan as it was for each version other than the current that the entries were made against (None
    where the store did not keep it, or keeps it in a form this tmsplanner cannot read: the sessions delivered
    under it are then held to the current plan)."""
    assert plan.plan_id is not None
    current = plan_version(plan)
    wanted = {e.plan_version for e in entries if e.plan_version != current}
    return {version: _readable(store, plan.plan_id, version) for version in sorted(wanted)}


def _readable(store: RecordStore, plan_id: str, version: str) -> Plan | None:
    try:
        return store.plan_at(plan_id, version)
    except UnreadablePlan:
        return None


def _planned_then(plan: Plan, kb: KnowledgeBase, entries: Sequence[Entry],
                  versions: Mapping[str, Plan | None]) -> PlannedThen:
    """Each session whose shown entry was delivered under an earlier plan version, as that version set it (a
    correction keeps the version of the delivery it restates)."""
    current = plan_version(plan)
    under = delivered_under(list(entries))
    views: dict[str, tuple[Plan, CourseView] | None] = {}
    then: dict[int, SessionThen] = {}
    for session, standing in standing_sessions(effective(list(entries))).items():
        version = under[standing[-1].entry_id]
        if version == current:
            continue
        if version not in views:
            old = versions.get(version)
            views[version] = (old, _course(old, kb)) if old is not None else None
        found = views[version]
        if found is not None and session <= len(found[1].sessions):
            old_plan, old_view = found
            then[session] = SessionThen(old_view.sessions[session - 1], old_view.blocks, old_plan)
    return then


def course_record(store: RecordStore | None, plan: Plan, kb: KnowledgeBase, settings: CheckSettings, *,
                  entries: Sequence[Entry] | None = None, language: str = DEFAULT_LANGUAGE,
                  missed_limit: int | None = None, versions: Mapping[str, Plan | None] | None = None) -> RecordView:
    """The plan's record view with the findings on the delivered course.

    ``entries`` (in recording order) stand in for the store's when given. A session recorded against an
    earlier version of the plan is checked against what that version set: the versions come from ``versions``
    (see :func:`earlier_versions`) when given, else from the store.
    """
    assert plan.plan_id is not None
    found = list(entries) if entries is not None else (store.entries(plan.plan_id) if store is not None else [])
    if versions is None:
        versions = earlier_versions(store, plan, found) if store is not None else {}
    figures = figures_for(plan, kb, language)
    view = course_view(plan, figures, kb, run_checks(plan, kb, settings, figures))
    then = _planned_then(plan, kb, found, versions)
    bare = record_view(plan, view, kb, found, planned_then=then)
    ctx = CheckContext(plan=plan, figures=figures, kb=kb, settings=settings)
    findings = check_delivered(ctx, bare) if missed_limit is None else check_delivered(ctx, bare, missed_limit)
    return record_view(plan, view, kb, found, findings, planned_then=then)
