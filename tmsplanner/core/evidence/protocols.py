"""Evidence-based protocol presets: the published courses a plan can start from."""


from typing import Annotated, Literal, Self

from pydantic import Field, StringConstraints, model_validator

from tmsplanner.core.evidence.models import Cited, RecordId, Text
from tmsplanner.core.plan import Block, Device, PlanModel
from tmsplanner.core.vocab import Indication, MTKind, MTMuscle

StepText = Annotated[str, StringConstraints(min_length=1, max_length=300, pattern=r"^[^\x00-\x1f\x7f-\x9f]*$")]


class ScheduleTemplate(PlanModel):
    """The schedule of a published course, without dates."""

    treatment_days: int = Field(ge=1, le=365)
    days_per_week: int = Field(default=5, ge=1, le=7)
    sessions_per_day: int = Field(default=1, ge=1, le=20)
    intersession_interval_min: float = Field(default=0, ge=0, le=720)


class ProtocolStep(Cited):
    """A delivery step that belongs to a protocol, such as a provocation before each session.

    ``text`` is one sentence a technician can act on; ``before_block`` is the
    number (from 1) of the block the step comes before. A step cites only
    sources its protocol cites.
    """

    id: RecordId
    text: StepText
    before_block: int = Field(default=1, ge=1, le=10)


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
    mt_muscle: MTMuscle | None = Field(
        default=None, description="the muscle the protocol's MT is measured in, where it is not a hand muscle"
    )
    device: Device
    blocks: list[Block] = Field(min_length=1)
    schedule: ScheduleTemplate
    cleared: bool = Field(description="the protocol is part of a regulatory clearance")
    guideline_level: Literal["A", "B", "C"] | None = Field(
        default=None, description="level of the matching guideline statement, if one was seen"
    )
    guideline_id: RecordId | None = None
    clearance_ids: list[RecordId] = Field(default=[])
    accelerated: bool = False
    depth_corrected: bool = Field(default=False, description="intensity published as depth-adjusted MT")
    unverified_fields: list[Text] = Field(default=[])
    summary: Text
    steps: list[ProtocolStep] = Field(default=[], description="delivery steps that belong to the protocol")

    @model_validator(mode="after")
    def _steps_fit(self) -> Self:
        ids = [step.id for step in self.steps]
        if len(set(ids)) != len(ids):
            raise ValueError("step ids must be unique within a protocol")
        for step in self.steps:
            if step.before_block > len(self.blocks):
                raise ValueError(f"step '{step.id}': before_block {step.before_block} names no block of the protocol")
            uncited = sorted(set(step.citations) - set(self.citations))
            if uncited:
                raise ValueError(f"step '{step.id}' cites {', '.join(uncited)}, which the protocol does not cite")
        return self
