"""The ``tmsplanner`` command: the desktop app with no arguments (or ``gui [PLAN]``), the CLI otherwise.

The CLI package itself never imports the GUI; only this dispatcher does, and
only when the window is asked for, after :mod:`tmsplanner.preflight` has made
sure that Qt can start here (a display, the system libraries).
"""

from __future__ import annotations

import sys

from tmsplanner.startup import exit_process, quiet_collector, without_pydantic_plugins

without_pydantic_plugins()

EXIT_GUI_CANNOT_START = 3

GUI_HELP = """\
usage: tmsplanner gui [PLAN]

Open the desktop application, with the plan file PLAN (*.tmsplan) if given.
Without arguments, 'tmsplanner' does the same. A file whose name starts with
'-' opens as well; after '--' every argument is a file.

positional arguments:
  PLAN        plan file to open

options:
  -h, --help  show this help message and exit

On Linux the window needs a display (X11 or Wayland) and a few system
libraries; see the README, section "Start". The command line works without
them: tmsplanner --help.
"""


def _gui_fail(message: str) -> int:
    sys.stderr.write(f"tmsplanner: {message}\n")
    return EXIT_GUI_CANNOT_START


def start_gui(args: list[str]) -> int:
    """Open the window (after the pre-flight check); return the exit code."""
    options = args[:args.index("--")] if "--" in args else args
    if any(arg in ("-h", "--help") for arg in options):
        sys.stdout.write(GUI_HELP)
        return 0
    from tmsplanner import preflight

    problem = preflight.gui_start_problem()
    if problem:
        return _gui_fail(problem)
    try:
        from tmsplanner.gui.app import main as gui_main  # the package loads its Qt-free modules first
    except ImportError as exc:
        return _gui_fail(preflight.import_error_message(exc))
    return gui_main(args)


def run() -> None:
    """Dispatch to the GUI or the CLI."""
    quiet_collector()
    args = sys.argv[1:]
    if not args or args[0] == "gui":
        exit_process(start_gui(args[1:]))
    from tmsplanner.cli.main import main as cli_main

    exit_process(cli_main(args))


def run_gui() -> None:
    """The ``tmsplanner-gui`` entry point: the window only."""
    quiet_collector()
    exit_process(start_gui(sys.argv[1:]))
