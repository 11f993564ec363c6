"""Course-record builders shared by the tests: entries without a store, and planned sessions."""

from __future__ import annotations

import datetime as dt
import itertools

from tmsplanner.app.records import course_record, planned_blocks
from tmsplanner.core.checks import CheckSettings, figures_for
from tmsplanner.core.course_view import CourseView, course_view
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.plan import Plan
from tmsplanner.core.record import Entry, EntryBody, SessionRecord, new_entry_id, plan_version
from tmsplanner.core.record_view import RecordView

_CLOCK = itertools.count()


def with_id(plan: Plan, plan_id: str = "TP-test") -> Plan:
    """The plan with a plan id (a record needs one)."""
    return plan.model_copy(update={"plan_id": plan_id})


def entry(plan: Plan, body: EntryBody, corrects: Entry | None = None, reason: str | None = None) -> Entry:
    """An entry about ``plan``, recorded one second after the previous one."""
    assert plan.plan_id is not None
    moment = dt.datetime(2026, 11, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=next(_CLOCK))
    return Entry(entry_id=new_entry_id(), plan_id=plan.plan_id, plan_version=plan_version(plan), recorded_at=moment,
                 body=body, corrects=corrects.entry_id if corrects else None,
                 correction_reason=reason if corrects else None)


def planned(plan: Plan, kb: KnowledgeBase) -> CourseView:
    """The plan's course view (no findings)."""
    return course_view(plan, figures_for(plan, kb), kb)


def as_planned(plan: Plan, kb: KnowledgeBase, session: int, operator: str = "AB",
               view: CourseView | None = None) -> SessionRecord:
    """Session ``session`` delivered exactly as planned, at its planned times."""
    view = view or planned(plan, kb)
    row = view.sessions[session - 1]
    return SessionRecord(session=session, date=row.date, start=row.start.time().replace(second=0, microsecond=0),
                         end=row.end.time().replace(second=0, microsecond=0), operator=operator,
                         blocks=planned_blocks(view, session))


def view_of(plan: Plan, kb: KnowledgeBase, entries: list[Entry], today: dt.date,
            **settings: object) -> RecordView:
    """The record view with the delivered-course findings, from entries alone."""
    return course_record(None, plan, kb, CheckSettings(today=today, **settings), entries=entries)  # type: ignore[arg-type]


def rule_ids(view: RecordView) -> list[str]:
    """The rule ids of the view's findings, in order."""
    return [f.rule for f in view.findings]
