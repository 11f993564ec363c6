"""The least plan model the bare comparators validate a plan file with (pydantic only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Pattern(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: Literal["rtms", "tbs"]
    trains: int = Field(ge=1)
    pulses_per_train: int | None = None
    pulses_per_burst: int | None = None
    bursts_per_train: int | None = None


class Block(BaseModel):
    model_config = ConfigDict(extra="ignore")
    target: str
    intensity_pct_mt: float = Field(gt=0, le=250)
    pattern: Pattern


class Schedule(BaseModel):
    model_config = ConfigDict(extra="ignore")
    start_date: dt.date
    treatment_days: int = Field(ge=1)


class Plan(BaseModel):
    model_config = ConfigDict(extra="ignore")
    indication: str
    blocks: list[Block]
    schedule: Schedule


def load(path: str | Path) -> Plan:
    """Validate a plan file against the small model."""
    return Plan.model_validate_json(Path(path).read_bytes())


def pulses_per_session(plan: Plan) -> int:
    return sum(
        b.pattern.trains
        * (b.pattern.pulses_per_train or (b.pattern.pulses_per_burst or 0) * (b.pattern.bursts_per_train or 0))
        for b in plan.blocks
    )
