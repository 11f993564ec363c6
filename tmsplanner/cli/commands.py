"""The CLI's subcommands; each returns an exit code."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from tmsplanner.core.checks import CheckSettings, count, figures_for, run_checks, verdict
from tmsplanner.core.derived import figures_as_json
from tmsplanner.core.errors import EvidenceError, PlanFileError
from tmsplanner.core.evidence.kb import KnowledgeBase, bundled_knowledge_base, load_safety_table
from tmsplanner.core.plan import Plan
from tmsplanner.core.planio import load_plan, save_plan
from tmsplanner.core.presets import next_monday, plan_from_protocol
from tmsplanner.core.resources import resource_path

PLACEHOLDER_MT = 50.0
EXAMPLE_PLAN = ("examples", "standard-10hz-ldlpfc.tmsplan")


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


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
    out = Path(args.output)
    if out.exists() and not args.force:
        raise PlanFileError(str(out), "already exists; use --force to overwrite it")
    today = dt.date.today()
    if args.mt is not None and not 0 < args.mt <= 100:
        raise PlanFileError("--mt", "the motor threshold must be more than 0 and at most 100 % MSO")
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
    if args.mt is None:
        print(f"note: the motor threshold is a placeholder ({PLACEHOLDER_MT:g}% MSO); "
              "measure it and enter it before treatment", file=sys.stderr)
    return 0


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
        print(f"  block {i}: set {block['intensity_pct_mso_to_set']}% MSO "
              f"({block['intensity_pct_mso']:g}% MSO), train {block['train_duration_s']:g} s")
    print(f"  safety table: {report['safety_table']['name']} ({report['safety_table']['provenance']})")


def cmd_check(args: argparse.Namespace) -> int:
    """Check a plan; exit 1 if any finding blocks it."""
    path = str(resource_path(*EXAMPLE_PLAN)) if args.example else args.plan
    settings = _settings(args)
    plan = load_plan(path)
    report = check_report(plan, bundled_knowledge_base(), settings)
    if args.json:
        _print_json(report)
    else:
        _print_text(report, path)
    return 1 if report["verdict"] == "blocked" else 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the plan format's JSON Schema."""
    _print_json(Plan.model_json_schema())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Print a plan to PDF; a blocked plan only with --draft (exit 1 otherwise, nothing written)."""
    from tmsplanner.core.fileio import write_atomic
    from tmsplanner.core.vocab import Severity
    from tmsplanner.report import ReportOptions, render_pdf

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
    write_atomic(Path(args.output), render_pdf(plan, kb, findings, options, figures))
    print(f"wrote {args.output}" + (" (DRAFT — NOT FOR TREATMENT)" if blocking else ""))
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    """Write the plan's delivered sessions to an iCalendar file."""
    from tmsplanner.core.fileio import write_atomic
    from tmsplanner.core.vocab import Severity
    from tmsplanner.ics import calendar_bytes

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
    write_atomic(Path(args.output), data)
    print(f"wrote {args.output} ({figures.total_sessions} sessions)" + (" (DRAFT)" if blocking else ""))
    return 0
