"""The course-record commands: record, retest, deviation, score, course, summary, bids.

Every value is checked before the store is opened for writing, so a bad value
never changes it; each entry is one transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tmsplanner.app.checking import check_settings
from tmsplanner.app.plans import OpenedPlan, open_plan
from tmsplanner.app.records import (
    RecordError,
    course_record,
    ensure_plan_id,
    planned_blocks,
    record_deviation,
    record_retest,
    record_score,
    record_session,
    taken_place,
)
from tmsplanner.app.store import RecordStore, default_store_url, open_store
from tmsplanner.cli.terminal import one_line
from tmsplanner.core.checks import figures_for
from tmsplanner.core.course_view import course_view
from tmsplanner.core.errors import Phrase, PlanFileError
from tmsplanner.core.evidence.kb import KnowledgeBase, bundled_knowledge_base
from tmsplanner.core.fieldnames import ValidationWords
from tmsplanner.core.i18n import Catalogue, catalogue
from tmsplanner.core.messages import finding_as_json, translator_for
from tmsplanner.core.plan import Plan
from tmsplanner.core.record import DeliveredBlock, Deviation, MTRetest, Score, SessionRecord, SideEffect
from tmsplanner.core.record_view import RecordView
from tmsplanner.core.settings import AppSettings
from tmsplanner.core.validation import describe_validation_error
from tmsplanner.core.vocab import DeviationKind, MTKind, MTMethod, MTMuscle, SideEffectKind, SideEffectSeverity

__all__ = ["cmd_bids", "cmd_course", "cmd_deviation", "cmd_record", "cmd_retest", "cmd_score", "cmd_store",
           "cmd_summary", "course_json"]

_CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def _t(message: str, c: Catalogue, /, **values: object) -> str:
    words = c.gettext(message, "cli")
    return words.format(**values) if values else words


def _say(line: str) -> None:
    print(one_line(line))


def _clock(option: str, text: str | None) -> dt.time | None:
    if text is None:
        return None
    found = _CLOCK.fullmatch(text.strip())
    if not found:
        raise PlanFileError(option, "'{value}' is not a time of day; use HH:MM, e.g. 09:30", value=text[:20])
    return dt.time(int(found[1]), int(found[2]))


def _pairs(option: str, items: list[str] | None, kind: str) -> dict[int, float]:
    """``BLOCK=VALUE`` pairs of --mso (a number) or --pulses (a whole number)."""
    result: dict[int, float] = {}
    for item in items or []:
        block, _, value = item.partition("=")
        if not (block.strip().isascii() and block.strip().isdigit()) or int(block) < 1 or not value.strip():
            raise PlanFileError(option, "'{value}' is not BLOCK=VALUE, e.g. 1=66 for block 1", value=item[:30])
        text = value.strip().replace(",", ".")
        try:
            number = float(text) if kind == "pct" else int(text)
        except ValueError:
            allowed = Phrase("a number of % MSO between 1 and 100") if kind == "pct" \
                else Phrase("a whole number of pulses from 0 to 100000")
            raise PlanFileError(option, "block {block}: '{value}' is not {allowed}", block=int(block),
                                value=value[:20], allowed=allowed) from None
        if kind == "pct" and not 1 <= number <= 100:
            raise PlanFileError(option, "block {block}: {value}% MSO is outside 1 to 100", block=int(block),
                                value=value.strip()[:20])
        if kind == "count" and not 0 <= number <= 100_000:
            raise PlanFileError(option, "block {block}: {value} pulses is outside 0 to 100000", block=int(block),
                                value=value.strip()[:20])
        result[int(block)] = number
    return result


def _choice(option: str, text: str, kinds: type[Any]) -> Any:
    value = text.strip().lower().replace("-", "_")
    try:
        return kinds(value)
    except ValueError:
        raise PlanFileError(option, "'{value}' is not one of: {allowed}", value=text[:30],
                            allowed=", ".join(k.value for k in kinds)) from None


def _side_effects(items: list[str] | None) -> tuple[SideEffect, ...]:
    effects = []
    for item in items or []:
        kind, sep, severity = item.partition(":")
        if not sep:
            raise PlanFileError("--side-effect", "'{value}' is not KIND:SEVERITY, e.g. headache:mild",
                                value=item[:40])
        effects.append(SideEffect(kind=_choice("--side-effect", kind, SideEffectKind),
                                  severity=_choice("--side-effect", severity, SideEffectSeverity)))
    return tuple(effects)


def _built(option: str, model: type[Any], **values: Any) -> Any:
    """A record part from the command line's values; a value the model refuses names the option."""
    try:
        return model(**values)
    except ValidationError as exc:
        problem = describe_validation_error(exc)
        raise PlanFileError(option, ValidationWords(problem, exc, model, named=True)) from None


def _check_reason(reason: str | None, day: dt.date) -> None:
    """A correction's reason is given and is a short text, like a deviation's: refused naming --reason otherwise."""
    if not (reason or "").strip():
        raise PlanFileError("--reason", "a correction needs its reason (what was wrong with the entry it corrects)")
    _built("--reason", Deviation, session=1, date=day, deviation=DeviationKind.MISSED, reason=reason, operator="-")


def _store(args: argparse.Namespace) -> RecordStore:
    return open_store(args.store or None)


def _identified(opened: OpenedPlan, c: Catalogue) -> Plan:
    identified = ensure_plan_id(opened.plan, opened.path, opened.stamp)
    if identified.generated:
        print(one_line("tmsplanner: " + _t("note", c) + ": " + _t(
            "the plan had no plan_id; {file} now has {plan_id}", c, file=opened.path.name,
            plan_id=identified.plan.plan_id)), file=sys.stderr, flush=True)
    return identified.plan


def _today(args: argparse.Namespace) -> dt.date:
    """The local date (--today, else the clock's)."""
    return getattr(args, "today", None) or dt.date.today()


def _date(value: dt.date | None, args: argparse.Namespace) -> dt.date:
    """The date given, else today."""
    return value or _today(args)


def _happened(body: SessionRecord | MTRetest | Score | Deviation, args: argparse.Namespace) -> None:
    """What is recorded has taken place (:func:`taken_place`): refused naming --date otherwise."""
    try:
        taken_place(body, _today(args))
    except RecordError as exc:
        raise PlanFileError("--date", exc.phrase) from None


def cmd_record(args: argparse.Namespace) -> int:
    """Record one delivered session (planned values where --mso or --pulses leave a block out)."""
    c = catalogue(args.lang)
    kb = bundled_knowledge_base()
    opened = open_plan(args.plan)
    view = course_view(opened.plan, figures_for(opened.plan, kb), kb)
    if not 1 <= args.session <= len(view.sessions):
        raise PlanFileError("--session", "session {session} is not in the plan, which has sessions 1 to {count}",
                            session=args.session, count=len(view.sessions))
    mso, pulses = _pairs("--mso", args.mso, "pct"), _pairs("--pulses", args.pulses, "count")
    blocks = len(opened.plan.blocks)
    for option, given in (("--mso", mso), ("--pulses", pulses)):
        for block in given:
            if block > blocks:
                raise PlanFileError(option, "block {block} is not in the plan, which has blocks 1 to {count}",
                                    block=block, count=blocks)
    interrupted = set(args.interrupted or [])
    for block in interrupted:
        if not 1 <= block <= blocks:
            raise PlanFileError("--interrupted", "block {block} is not in the plan, which has blocks 1 to {count}",
                                block=block, count=blocks)
    delivered = tuple(
        DeliveredBlock(block=b.block, intensity_pct_mso=float(mso.get(b.block, b.intensity_pct_mso)),
                       pulses=int(pulses.get(b.block, b.pulses)), interrupted=b.block in interrupted)
        for b in planned_blocks(view, args.session))
    start, end = _clock("--start", args.start), _clock("--end", args.end)
    if start is not None and end is not None and end < start:
        raise PlanFileError("--end", "the end time {end} is before the start time {start}", end=args.end,
                            start=args.start)
    record = _built("--operator", SessionRecord, session=args.session, date=_date(args.date, args), start=start,
                    end=end,
                    operator=args.operator, blocks=delivered, side_effects=_side_effects(args.side_effect),
                    note=args.note, coil_position_confirmed=True if args.coil_confirmed else None)
    _happened(record, args)
    reason = args.reason or (args.note if args.correct else None)
    if args.correct:
        _check_reason(reason, record.date)
    with _store(args) as store:
        plan = _identified(opened, c)
        entry = record_session(store, plan, kb, record, correct=args.correct,
                               reason=reason[:200] if reason else None, today=_today(args))
    word = _t("recorded a correction of session {session}", c, session=args.session) if entry.corrects \
        else _t("recorded session {session}", c, session=args.session)
    _say(f"{word} ({record.date.isoformat()}, {record.operator})")
    return 0


def cmd_retest(args: argparse.Namespace) -> int:
    """Record a motor-threshold re-test."""
    c = catalogue(args.lang)
    opened = open_plan(args.plan)
    mt = opened.plan.motor_threshold
    retest = _built("--value", MTRetest, date=_date(args.date, args), value_pct_mso=args.value,
                    mt_kind=_choice("--kind", args.kind, MTKind) if args.kind else mt.kind,
                    method=_choice("--method", args.method, MTMethod) if args.method else mt.method,
                    muscle=_choice("--muscle", args.muscle, MTMuscle) if args.muscle else mt.muscle,
                    reason=args.reason, operator=args.operator)
    _happened(retest, args)
    with _store(args) as store:
        record_retest(store, _identified(opened, c), retest, today=_today(args))
    _say(_t("recorded a motor threshold of {value}% MSO on {date}", c, value=c.number(retest.value_pct_mso, 1),
            date=retest.date.isoformat()))
    return 0


def cmd_deviation(args: argparse.Namespace) -> int:
    """Record a planned session missed, shortened or stopped."""
    c = catalogue(args.lang)
    kb = bundled_knowledge_base()
    opened = open_plan(args.plan)
    deviation = _built("--reason", Deviation, session=args.session, date=_date(args.date, args),
                       deviation=_choice("--kind", args.kind, DeviationKind), reason=args.reason,
                       operator=args.operator)
    _happened(deviation, args)
    with _store(args) as store:
        record_deviation(store, _identified(opened, c), kb, deviation, today=_today(args))
    _say(_t("recorded session {session} as {kind}", c, session=args.session,
            kind=c.gettext(deviation.deviation.value, "cli")))
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    """Record an outcome score."""
    c = catalogue(args.lang)
    kb = bundled_knowledge_base()
    opened = open_plan(args.plan)
    score = _built("--value", Score, scale=args.scale.strip().lower(), date=args.date, value=args.value,
                   rater=args.rater)
    _happened(score, args)
    if args.correct or args.reason is not None:
        _check_reason(args.reason, score.date)
    with _store(args) as store:
        record_score(store, _identified(opened, c), kb, score, correct=args.correct, reason=args.reason,
                     today=_today(args))
    _say(_t("recorded {scale} {value} on {date}", c, scale=score.scale, value=c.number(score.value, 1),
            date=score.date.isoformat()))
    return 0


def _view(args: argparse.Namespace, kb: KnowledgeBase) -> tuple[Plan, RecordView]:
    """The plan and its record, read only: a plan without a plan_id has no record, and its file stays as it is."""
    opened = open_plan(args.plan)
    settings = check_settings(_clinic_settings(args), args.today or dt.date.today())
    plan = ensure_plan_id(opened.plan).plan  # an id in memory only: nothing is recorded against it yet
    with _store(args) as store:
        return plan, course_record(store, plan, kb, settings)


def _clinic_settings(args: argparse.Namespace) -> AppSettings:
    given = {"mt_max_age_days": getattr(args, "mt_max_age_days", None)}
    return AppSettings(**{k: v for k, v in given.items() if v is not None})


def course_json(view: RecordView, kb: KnowledgeBase, language: str | None = None) -> dict[str, Any]:
    """The document ``tmsplanner course --json`` prints."""
    translator = translator_for(language, kb)
    delivered = []
    for s in view.delivered:
        assert s.record is not None and s.entry is not None
        delivered.append({
            "session": s.session,
            "date": s.record.date.isoformat(),
            "operator": s.record.operator,
            "start": s.record.start.strftime("%H:%M") if s.record.start else None,
            "end": s.record.end.strftime("%H:%M") if s.record.end else None,
            "status": s.status,
            "corrected": s.corrected,
            "blocks": [{"block": b.number, "intensity_pct_mso": b.delivered_pct_mso, "pulses": b.delivered_pulses,
                        "planned_intensity_pct_mso": b.planned_pct_mso, "planned_pulses": b.planned_pulses,
                        "interrupted": b.interrupted} for b in s.blocks if b.delivered_pct_mso is not None],
            "side_effects": [{"kind": e.kind.value, "severity": e.severity.value} for e in s.record.side_effects],
            "entry_id": s.entry.entry_id,
        })
    scores = [{"scale": t.scale.id, "date": p.date.isoformat(), "value": p.value}
              for t in view.trends for p in t.points]
    response = {}
    for t in view.trends:
        criteria = t.scale.response
        response[t.scale.id] = {
            "baseline": {"date": t.baseline.date.isoformat(), "value": t.baseline.value} if t.baseline else None,
            "latest": {"date": t.latest.date.isoformat(), "value": t.latest.value} if t.latest else None,
            "change_pct": round(t.change_pct, 1) if t.change_pct is not None else None,
            "responder": t.responder,
            "remitter": t.remitter,
            "response_reduction_pct": criteria.response_reduction_pct if criteria else None,
            "remission_at_most": criteria.remission_at_most if criteria else None,
            "citations": list(criteria.citations) if criteria else [],
        }
    return {
        "plan_id": view.plan_id,
        "planned": {"sessions": view.planned_sessions, "pulses": view.planned_pulses},
        "delivered_totals": {"sessions": view.delivered_sessions, "pulses": view.delivered_pulses},
        "delivered": delivered,
        "deviations": [{"session": s.session, "date": s.deviation.date.isoformat(), "kind": s.deviation.deviation.value,
                        "reason": s.deviation.reason} for s in view.deviations if s.deviation is not None],
        "mt_history": [{"date": m.date.isoformat(), "value_pct_mso": m.value_pct_mso, "kind": m.kind.value,
                        "method": m.method.value, "retest": m.retest, "reason": m.reason} for m in view.mt_history],
        "scores": scores,
        "findings": [finding_as_json(f, kb.rules, translator) for f in view.findings],
        "verdict": view.verdict,
        "response": response,
        "corrections": [{"entry_id": e.entry_id, "corrects": e.corrects, "reason": e.correction_reason,
                         "recorded_at": e.recorded_at.isoformat()} for e in view.corrections],
    }


def cmd_course(args: argparse.Namespace) -> int:
    """Print planned versus delivered and the findings on the delivered course (exit 1 if one blocks)."""
    import json

    kb = bundled_knowledge_base()
    _plan, view = _view(args, kb)
    data = course_json(view, kb, args.lang)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 1 if view.verdict == "blocked" else 0
    c = catalogue(args.lang)
    _say(_t("{file}: {delivered} of {planned} sessions delivered, {pulses} of {planned_pulses} pulses", c,
            file=Path(args.plan).name, delivered=view.delivered_sessions, planned=view.planned_sessions,
            pulses=view.delivered_pulses, planned_pulses=view.planned_pulses))
    for s in view.sessions:
        if s.status == "pending":
            continue
        blocks = "; ".join(
            _t("block {n} {mso}% MSO (planned {planned}), {pulses} pulses", c, n=b.number,
               mso=c.number(b.delivered_pct_mso, 1), planned=b.planned_pct_mso if b.planned_pct_mso is not None
               else "—", pulses=b.delivered_pulses) for b in s.blocks if b.delivered_pct_mso is not None)
        if s.record is None and s.deviation is not None and s.deviation.reason:
            blocks = s.deviation.reason
        who = s.record.operator if s.record else (s.deviation.operator if s.deviation else "")
        day = s.date.isoformat() if s.date else ""
        _say(f"  {s.session:>3}  {day}  {c.gettext(s.status, 'cli'):10} {who:6} {blocks}")
    for item in data["findings"]:
        refs = f" [{', '.join(item['citations'])}]" if item["citations"] else ""
        _say(f"  {c.gettext(item['severity'].upper(), 'report'):5} {item['rule']:8} {item['message']}{refs}")
    for scale, result in data["response"].items():
        if result["latest"] is None:
            continue
        verdicts = []
        if result["responder"] is not None:
            verdicts.append(_t("response", c) if result["responder"] else _t("no response", c))
        if result["remitter"] is not None:
            verdicts.append(_t("remission", c) if result["remitter"] else _t("no remission", c))
        short = next(t.scale.short for t in view.trends if t.scale.id == scale)
        _say("  " + _t("{scale}: {baseline} at baseline, {latest} on {date} ({change}% lower){verdict}", c,
                       scale=short, baseline=c.number(result["baseline"]["value"], 1),
                       latest=c.number(result["latest"]["value"], 1), date=result["latest"]["date"],
                       change=c.number(result["change_pct"] or 0, 1),
                       verdict=(": " + ", ".join(verdicts)) if verdicts else ""))
    return 1 if view.verdict == "blocked" else 0


def cmd_summary(args: argparse.Namespace) -> int:
    """Write the course summary PDF."""
    from tmsplanner.app.exports import export_summary
    from tmsplanner.cli.commands import output_path

    c = catalogue(args.lang)
    out = output_path(args.output, ".pdf", args.force, source=args.plan, c=c)
    kb = bundled_knowledge_base()
    plan, view = _view(args, kb)
    given = {"clinic_name": args.clinic, "paper": args.paper}
    clinic = AppSettings(**{k: v for k, v in given.items() if v is not None})
    written = export_summary(view, plan, kb, out, language=args.lang, clinic=clinic,
                             export_date=args.export_date, force=True)
    _say(_t("wrote {file}", c, file=written))
    return 0


def cmd_bids(args: argparse.Namespace) -> int:
    """Write the delivered sessions as a NIBS-BIDS dataset folder."""
    from tmsplanner.app.research_export import export_nibs_bids

    c = catalogue(args.lang)
    kb = bundled_knowledge_base()
    plan, view = _view(args, kb)
    files = export_nibs_bids(view, plan, Path(args.output), subject=args.subject, force=args.force)
    _say(_t("wrote {count} files to {folder}", c, count=len(files), folder=args.output))
    return 0


def cmd_store(args: argparse.Namespace) -> int:
    """Set up, check or describe a record store: init, upgrade, status, verify."""
    from tmsplanner.app.store.admin import init_store

    c = catalogue(args.lang)
    if args.action in ("init", "upgrade"):
        with init_store(args.store or default_store_url()) as store:
            status = store.status()
        _say(_t("{url}: schema at revision {revision} ({backend})", c, url=status.url, revision=status.revision,
                backend=status.backend))
        return 0
    if args.action in ("import", "export"):
        return _transfer(args, c)
    if args.action == "sign":
        if len(args.items) != 1:
            raise PlanFileError("store sign", "give the id of the plan to sign")
        with _store(args) as store:
            signed = store.sign_plan(args.items[0], args.revision)
        _say(_t("signed revision {revision} of plan {plan}", c, revision=signed.revision, plan=signed.plan_id))
        return 0
    with _store(args) as store:
        if args.action == "status":
            status = store.status()
            _say(_t("{url}: {backend}, schema revision {revision} (this tmsplanner: {head}); {plans} plans, "
                    "{entries} entries, {audit} audit rows; connected as {who}", c, url=status.url,
                    backend=status.backend, revision=status.revision, head=status.head, plans=status.plans,
                    entries=status.entries, audit=status.audit_rows, who=status.who))
            return 0
        check = store.verify()
    if check.first_break is None:
        _say(_t("{url}: the audit trail holds: {rows} rows chained, {entries} entries match their audit rows", c,
                url=store.url, rows=check.rows, entries=check.entries))
        return 0
    problem = check.first_break
    words = {
        "changed": _t("audit row {seq} ({action} {object}) was changed after it was written", c, seq=problem.seq,
                      action=problem.action, object=problem.object),
        "missing": _t("the audit trail breaks at row {seq}: a row was deleted or inserted before it", c,
                      seq=problem.seq),
        "row_changed": _t("{object} was changed after it was recorded (its audit row is {seq})", c,
                          object=problem.object, seq=problem.seq) if problem.seq else
        _t("{object} no longer matches its fingerprint: it was changed after it was kept", c, object=problem.object),
        "row_deleted": _t("{object} was deleted after it was recorded (its audit row is {seq})", c,
                          object=problem.object, seq=problem.seq),
        "row_unaudited": _t("{object} has no audit row: it was added behind tmsplanner's back", c,
                            object=problem.object),
    }[problem.problem]
    print(one_line(f"tmsplanner: {store.url}: {words}"), file=sys.stderr)
    return 1


def _transfer(args: argparse.Namespace, c: Catalogue) -> int:
    from tmsplanner.app.store.transfer import export_plan, import_record_file, import_store

    with _store(args) as store:
        if args.action == "export":
            if not args.output:
                raise PlanFileError("-o", "give the folder to write the plans and records to")
            written = []
            for plan_id in args.items or store.plan_ids():
                written += export_plan(store, plan_id, Path(args.output), force=args.force)
            _say(_t("wrote {count} files to {folder}", c, count=len(written), folder=args.output))
            return 0
        if not args.source and not args.items:
            raise PlanFileError("--from", "give the store to copy from, or .record.json files to read")
        reports = []
        if args.source:
            with open_store(args.source) as source:
                reports.append(import_store(store, source))
        reports += [import_record_file(store, Path(item)) for item in args.items]
    _say(_t("imported {added} entries of {plans} plans ({skipped} already there)", c,
            added=sum(r.added for r in reports), plans=sum(r.plans for r in reports),
            skipped=sum(r.skipped for r in reports)))
    return 0
