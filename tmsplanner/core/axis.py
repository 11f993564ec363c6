"""Axis arithmetic shared by the on-screen and printed pictures."""

from __future__ import annotations

import math


def nice_step(span: float, target_ticks: int = 6) -> float:
    """Return a 1-2-5 step that divides ``span`` into about ``target_ticks`` parts."""
    raw = span / max(target_ticks, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    return next((f * power for f in (1, 2, 5) if raw <= f * power), 10 * power)
