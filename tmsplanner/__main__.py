"""``python -m tmsplanner``."""

from tmsplanner.launcher import run

run()
