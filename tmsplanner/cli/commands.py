"""The CLI's subcommands; each returns an exit code."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

from tmsplanner.core.checks import CheckSettings, count, figures_for, run_checks, verdict
from tmsplanner.core.derived import CourseFigures, figures_as_json
from tmsplanner.core.errors import EvidenceError, FileWriteError, PlanFileError
from tmsplanner.core.evidence.kb import KnowledgeBase, bundled_knowledge_base, load_safety_table
from tmsplanner.core.labels import WEEKDAYS
from tmsplanner.core.plan import Plan
from tmsplanner.core.planio import load_plan, save_plan
from tmsplanner.core.presets import next_monday, plan_from_protocol
from tmsplanner.core.resources import resource_path

PLACEHOLDER_MT = 50.0
EXAMPLE_PLAN = ("examples", "standard-10hz-ldlpfc.tmsplan")


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _note(message: str) -> None:
    print(f"tmsplanner: note: {message}", file=sys.stderr)


def output_path(given: str, suffix: str, force: bool, source: str | None = None) -> Path:
    """The file an output option names, with ``suffix`` added to a name that has no extension.

    A name with another extension (``-o plan.txt``) is kept as typed, with a note:
    the user may have a reason, and renaming it behind their back would write a
    file they did not ask for.

    Raises
    ------
    FileWriteError
        If the file is a folder, already exists (without ``force``) or is the plan
        being read (``source``), which is never overwritten.
    """
    out = Path(given)
    if out.is_dir():
        raise FileWriteError(given, "is a folder; give a file name")
    if not out.suffix:
        out = out.with_name(out.name.rstrip(".") + suffix)
    elif out.suffix.lower() != suffix:
        _note(f"{out} does not end in {suffix}; writing it under the name given")
    if source is not None and out.exists() and Path(source).exists() and os.path.samefile(out, source):
        raise FileWriteError(str(out), "is the plan being read; choose another output file")
    if out.exists() and not force:
        raise FileWriteError(str(out), "already exists; use --force to overwrite it")
    return out


def cmd_presets(args: argparse.Namespace) -> int:
    """List the presets."""
    kb = bundled_knowledge_base()
    rows = [
        {"id": p.id, "name": p.name, "indication": p.indication.value, "evidence_level": p.guideline_level}
        for p in kb.protocols.values()
    ]
    if args.json:
        _print_json(rows)
        return 0
    for proto in kb.protocols.values():
        level = f"Level {proto.guideline_level}" if proto.guideline_level else "no level"
        flags = ", ".join(filter(None, [level, "cleared" if proto.cleared else "", proto.provenance.value]))
        print(f"{proto.id:28} {proto.indication.value:18} {proto.name}  [{flags}]")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """Write a new plan from a preset."""
    kb = bundled_knowledge_base()
    proto = kb.protocols.get(args.preset)
    if proto is None:
        raise PlanFileError(args.preset, f"unknown preset; choose one of: {', '.join(kb.protocols)}")
    if args.mt is not None and not 0 < args.mt <= 100:
        raise PlanFileError("--mt", "the motor threshold must be more than 0 and at most 100 % MSO")
    out = output_path(args.output, ".tmsplan", args.force)
    today = dt.date.today()
    plan = plan_from_protocol(
        proto,
        patient_id=args.patient,
        mt_pct_mso=args.mt if args.mt is not None else PLACEHOLDER_MT,
        mt_measured_on=args.mt_date or today,
        start_date=args.start or next_monday(today),
        mt_placeholder=args.mt is None,
    )
    save_plan(plan, out)
    print(f"wrote {out} from preset '{proto.id}'")
    for note in start_notes(plan, figures_for(plan, kb), today, given=args.start is not None):
        _note(note)
    if args.mt is None:
        _note(f"the motor threshold is a placeholder ({PLACEHOLDER_MT:g}% MSO); "
              "measure it and enter it before treatment")
    return 0


def start_notes(plan: Plan, figures: CourseFigures, today: dt.date, given: bool = True) -> list[str]:
    """One-line notes on a start date in the past or on a day without sessions.

    The first session comes from the course figures (the core's own calendar), so
    weekends, public holidays of the plan's calendar and clinic closures are
    handled exactly as everywhere else.
    """
    start = plan.schedule.start_date
    named = f"--start {start}" if given else f"the start date {start}"
    notes = [f"{named} is in the past"] if start < today else []
    first = figures.start_date
    if first != start:
        # A treatment weekday that is closed is in the calendar's skipped dates, with the reason.
        reason = next((skip.reason for skip in figures.skipped if skip.date == start), None)
        weekday = WEEKDAYS[start.weekday()]
        closed = (f"{start} ({weekday}) is closed ({reason})" if reason
                  else f"{start} is a {weekday} with no sessions")
        notes.append(f"{closed}; the course starts {WEEKDAYS[first.weekday()]} {first}")
    return notes


def _settings(args: argparse.Namespace) -> CheckSettings:
    table = None
    if args.safety_table:
        try:
            table = load_safety_table(args.safety_table)
        except EvidenceError as exc:
            raise PlanFileError(args.safety_table, f"not a valid safety-limit table: {exc}") from None
    return CheckSettings(today=args.today or dt.date.today(), mt_max_age_days=args.mt_max_age_days,
                         safety_table=table)


def check_report(plan: Plan, kb: KnowledgeBase, settings: CheckSettings) -> dict[str, Any]:
    """Return the JSON document ``tmsplanner check --json`` prints."""
    figures = figures_for(plan, kb)
    findings = run_checks(plan, kb, settings, figures)
    table = settings.safety_table or kb.safety_table
    return {
        "verdict": verdict(findings),
        "findings": [f.as_json() for f in findings],
        "derived": figures_as_json(figures),
        "evidence_base": kb.info.version,
        "safety_table": {"id": table.id, "name": table.name, "provenance": table.provenance.value},
    }


def _print_text(report: dict[str, Any], source: str) -> None:
    derived = report["derived"]
    headline = {"ok": "no findings that need attention", "warnings": "warnings: needs the clinician's judgement",
                "blocked": "BLOCKED: must not be delivered as planned"}[report["verdict"]]
    print(f"{source}: {headline}")
    for f in report["findings"]:
        refs = f" [{', '.join(f['citations'])}]" if f["citations"] else ""
        print(f"  {f['severity'].upper():5} {f['rule']:15} {f['field']}: {f['message']}{refs}")
    print(f"  {derived['total_sessions']} sessions from {derived['start_date']} to {derived['end_date']}, "
          f"{derived['pulses_per_session']} pulses a session ({derived['session_duration_s']:g} s, final pause "
          f"not counted), {derived['total_pulses']} pulses in all")
    for i, block in enumerate(derived["blocks"], start=1):
        to_set, exact = block["intensity_pct_mso_to_set"], block["intensity_pct_mso"]
        shown = f" ({exact:g}% MSO exact)" if exact != to_set else ""
        print(f"  block {i}: set {to_set}% MSO{shown}, train {block['train_duration_s']:g} s")
    print(f"  safety table: {report['safety_table']['name']} ({report['safety_table']['provenance']})")


def cmd_check(args: argparse.Namespace) -> int:
    """Check a plan; exit 1 if any finding blocks it."""
    path = str(resource_path(*EXAMPLE_PLAN)) if args.example else args.plan
    settings = _settings(args)
    plan = load_plan(path)
    report = check_report(plan, bundled_knowledge_base(), settings)
    code = 1 if report["verdict"] == "blocked" else 0
    try:
        if args.json:
            _print_json(report)
        else:
            _print_text(report, path)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (check PLAN | head -1): the verdict still counts
        from tmsplanner.cli.main import silence_stdout

        silence_stdout()
    return code


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the plan format's JSON Schema."""
    _print_json(Plan.model_json_schema())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Print a plan to PDF; a blocked plan only with --draft (exit 1 otherwise, nothing written)."""
    from tmsplanner.core.fileio import write_atomic
    from tmsplanner.core.vocab import Severity
    from tmsplanner.report import ReportOptions, render_pdf

    out = output_path(args.output, ".pdf", args.force, source=args.plan)
    settings = _settings(args)
    plan = load_plan(args.plan)
    kb = bundled_knowledge_base()
    figures = figures_for(plan, kb)
    findings = run_checks(plan, kb, settings, figures)
    blocking = count(findings, Severity.BLOCK)
    if blocking and not args.draft:
        print(f"tmsplanner: {args.plan}: {blocking} blocking finding{'s' if blocking > 1 else ''}; "
              "no PDF written (use --draft to print a watermarked draft)", file=sys.stderr)
        return 1
    options = ReportOptions(export_date=args.export_date or dt.date.today(), paper=args.paper,
                            clinic_name=args.clinic, draft=bool(blocking))
    write_atomic(out, render_pdf(plan, kb, findings, options, figures))
    print(f"wrote {out}" + (" (DRAFT — NOT FOR TREATMENT)" if blocking else ""))
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    """Write the plan's delivered sessions to an iCalendar file."""
    from tmsplanner.core.fileio import write_atomic
    from tmsplanner.core.vocab import Severity
    from tmsplanner.ics import calendar_bytes

    out = output_path(args.output, ".ics", args.force, source=args.plan)
    plan = load_plan(args.plan)
    kb = bundled_knowledge_base()
    figures = figures_for(plan, kb)
    blocking = count(run_checks(plan, kb, _settings(args), figures), Severity.BLOCK)
    if blocking and not args.draft:
        print(f"tmsplanner: {args.plan}: {blocking} blocking finding{'s' if blocking > 1 else ''}; "
              "no calendar written (use --draft for events marked DRAFT — NOT FOR TREATMENT)", file=sys.stderr)
        return 1
    data = calendar_bytes(plan, figures, exported=args.export_date or dt.date.today(),
                          include_patient_name=args.with_names, draft=bool(blocking))
    write_atomic(out, data)
    print(f"wrote {out} ({figures.total_sessions} sessions)" + (" (DRAFT)" if blocking else ""))
    return 0
