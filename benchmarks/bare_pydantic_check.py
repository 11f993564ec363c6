"""The bare stack doing the least of `tmsplanner check`: import pydantic, validate
the same file with a small model (bare_plan.py) and compute pulses per session."""

from __future__ import annotations

import sys

from bare_plan import load, pulses_per_session

print("ok" if pulses_per_session(load(sys.argv[1])) > 0 else "invalid")
