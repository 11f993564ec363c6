"""Evidence-based protocol presets: the published courses a plan can start from."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tmsplanner.core.evidence.models import Cited, RecordId, Text
from tmsplanner.core.plan import Block, Device, PlanModel
from tmsplanner.core.vocab import Indication, MTKind


class ScheduleTemplate(PlanModel):
    """The schedule of a published course, without dates."""

    treatment_days: int = Field(ge=1, le=365)
    days_per_week: int = Field(default=5, ge=1, le=7)
    sessions_per_day: int = Field(default=1, ge=1, le=20)
    intersession_interval_min: float = Field(default=0, ge=0, le=720)


class Protocol(Cited):
    """A published protocol, ready to become a plan.

    ``unverified_fields`` lists the dotted plan paths whose values were not read
    in a source (for example ``blocks.0.intensity_pct_mt``); the protocol's
    ``provenance`` must then be ``unverified``.
    """

    id: RecordId
    name: Text
    short_name: Text
    indication: Indication
    mt_kind: MTKind
    device: Device
    blocks: list[Block] = Field(min_length=1)
    schedule: ScheduleTemplate
    cleared: bool = Field(description="the protocol is part of a regulatory clearance")
    guideline_level: Literal["A", "B", "C"] | None = Field(
        default=None, description="level of the matching guideline statement, if one was seen"
    )
    guideline_id: RecordId | None = None
    clearance_ids: list[RecordId] = Field(default_factory=list)
    accelerated: bool = False
    depth_corrected: bool = Field(default=False, description="intensity published as depth-adjusted MT")
    unverified_fields: list[Text] = Field(default_factory=list)
    summary: Text
