"""The ``tmsplanner`` command: the desktop app with no arguments (or ``gui [PLAN]``), the CLI otherwise.

The CLI package itself never imports the GUI; only this dispatcher does, and
only when the window is asked for.
"""

from __future__ import annotations

import sys


def run() -> None:
    """Dispatch to the GUI or the CLI."""
    args = sys.argv[1:]
    if not args or args[0] == "gui":
        try:
            from tmsplanner.gui.app import main as gui_main
        except ImportError as exc:
            sys.stderr.write(f"tmsplanner: the desktop interface cannot start ({exc}); "
                             "the command line still works: tmsplanner --help\n")
            sys.exit(3)
        sys.exit(gui_main(args[1:]))
    from tmsplanner.cli.main import main as cli_main

    sys.exit(cli_main(args))
