"""The ``tmsplanner`` command line.

Imports stay inside the commands so that ``tmsplanner check`` loads only the
core (never Qt, never reportlab) and starts fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from tmsplanner import __version__

EXIT_OK = 0
EXIT_BLOCKED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; use YYYY-MM-DD") from None


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return int(text)


def _add_check_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", type=_date, metavar="DATE", help="check as of this date (default today)")
    parser.add_argument("--mt-max-age-days", type=_positive_int, default=7, metavar="N",
                        help="flag motor thresholds older than N days (clinic policy; default 7)")
    parser.add_argument("--safety-table", metavar="FILE",
                        help="a clinic's own verified train-duration table (TOML) instead of the bundled one")


def _add_output_options(parser: argparse.ArgumentParser, kind: str, what: str, draft: str, stamp: str) -> None:
    """PLAN, -o, --draft, --export-date and the check options of an export command."""
    parser.add_argument("plan", metavar="PLAN", help="plan file (*.tmsplan)")
    parser.add_argument("-o", "--output", required=True, metavar=kind, help=what)
    parser.add_argument("--draft", action="store_true", help=f"allow a plan with blocking findings; {draft}")
    parser.add_argument("--export-date", type=_date, metavar="DATE", help=f"{stamp} (default today; pins the output)")
    _add_check_options(parser)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="tmsplanner",
        description="Plan, check and print courses of repetitive TMS. Decision support only: "
        "tmsplanner never controls a stimulator.",
    )
    parser.add_argument("--version", action="version", version=f"tmsplanner {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    presets = sub.add_parser("presets", help="list the evidence-based presets")
    presets.add_argument("--json", action="store_true", help="print JSON")

    new = sub.add_parser("new", help="write a new plan from a preset")
    new.add_argument("--preset", required=True, metavar="ID", help="preset id (see 'tmsplanner presets')")
    new.add_argument("-o", "--output", required=True, metavar="PLAN", help="plan file to write (*.tmsplan)")
    new.add_argument("--patient", default="NEW-PATIENT", metavar="ID", help="patient identifier")
    new.add_argument("--mt", type=float, metavar="PCT_MSO", help="measured motor threshold, %% MSO")
    new.add_argument("--mt-date", type=_date, metavar="DATE", help="date the MT was measured (default today)")
    new.add_argument("--start", type=_date, metavar="DATE", help="first treatment day (default: next Monday)")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")

    check = sub.add_parser("check", help="check a plan against the evidence and safety rules")
    source = check.add_mutually_exclusive_group(required=True)
    source.add_argument("plan", nargs="?", metavar="PLAN", help="plan file (*.tmsplan)")
    source.add_argument("--example", action="store_true", help="check the bundled example plan")
    check.add_argument("--json", action="store_true", help="print JSON")
    _add_check_options(check)

    export = sub.add_parser("export", help="print a plan to PDF")
    _add_output_options(export, "PDF", "PDF file to write", "watermarked DRAFT — NOT FOR TREATMENT",
                        "date printed as the export date")
    export.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    export.add_argument("--clinic", metavar="NAME", help="clinic name for the page header")

    ics = sub.add_parser("ics", help="export the sessions as an iCalendar (.ics) file")
    _add_output_options(ics, "ICS", "iCalendar file to write", "every event marked DRAFT — NOT FOR TREATMENT",
                        "date stored as the events' time stamp")
    ics.add_argument("--with-names", action="store_true",
                     help="put the patient's name into the events (off by default: calendars are often shared)")

    sub.add_parser("schema", help="print the JSON Schema of the plan format")
    return parser


def _fail(message: str, code: int) -> int:
    print(f"tmsplanner: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    from tmsplanner.core.errors import EvidenceError, FileError

    try:
        from tmsplanner.cli import commands

        return int(getattr(commands, f"cmd_{args.command}")(args))
    except FileError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except EvidenceError as exc:
        return _fail(f"evidence base error: {exc}", EXIT_INTERNAL)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return _fail("interrupted", 130)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
