"""``python -m tmsplanner``."""

from tmsplanner.cli.main import run

run()
