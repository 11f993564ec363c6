"""The course record: what was delivered, as append-only entries beside the plan.

An :class:`Entry` is one thing recorded about one plan (by its ``plan_id``): a
delivered session, a motor-threshold re-test, an outcome score or a deviation
(a session missed, shortened or stopped). Entries are never changed or removed:
a correction is a new entry that names the one it corrects (``corrects``) and
says why (``correction_reason``). :func:`effective` folds a plan's entries into
the record as it stands, every corrected entry replaced by its latest
correction; the history stays in the entries.

Each entry keeps ``plan_version``, the fingerprint of the plan it was made
against (:func:`plan_version`), so a plan changed later (a re-flow after a
missed day, a new MT) loses nothing of what was recorded.

Qt-free and storage-free: the application layer keeps entries in a database.
"""


import datetime as dt
import uuid
from typing import Annotated, Final, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from tmsplanner.core.plan import ClockTime, LongText, PlanDate, ShortText
from tmsplanner.core.planio import plan_version
from tmsplanner.core.vocab import DeviationKind, MTKind, MTMethod, MTMuscle, SideEffectKind, SideEffectSeverity

__all__ = [
    "DeliveredBlock", "Deviation", "DeviationKind", "Entry", "EntryBody", "MTRetest", "PRE_SESSION_CHECKS",
    "RecordModel", "Score", "SessionRecord", "SideEffect", "SideEffectKind", "SideEffectSeverity", "effective",
    "new_entry_id", "plan_version",
]


PRE_SESSION_CHECKS: Final = ("slept_normally", "no_new_medication", "no_alcohol_or_drugs", "no_seizure_since_last",
                             "no_metal_or_implant_change")
"""The questions asked before each session, each answered yes (all well) or no."""

PreSessionCheck = Literal["slept_normally", "no_new_medication", "no_alcohol_or_drugs", "no_seizure_since_last",
                          "no_metal_or_implant_change"]


class RecordModel(BaseModel):
    """Base of every record part: strict types, no unknown keys, no NaN, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False, frozen=True)


class DeliveredBlock(RecordModel):
    """One block as delivered at one session (``block`` is 1-based, as printed)."""

    block: int = Field(ge=1, le=10, title="Block")
    intensity_pct_mso: float = Field(ge=1, le=100, title="Delivered intensity", json_schema_extra={"unit": "%MSO"})
    pulses: int = Field(ge=0, le=100_000, title="Delivered pulses")
    interrupted: bool = Field(default=False, title="Train interrupted")


class SideEffect(RecordModel):
    """A side effect noted at a session."""

    kind: SideEffectKind = Field(title="Side effect")
    severity: SideEffectSeverity = Field(title="Severity")
    note: ShortText | None = Field(default=None, title="Side effect note")


class SessionRecord(RecordModel):
    """One delivered session: when, by whom, what each block delivered, and what happened."""

    kind: Literal["session"] = "session"
    session: int = Field(ge=1, le=10_000, title="Session")
    date: PlanDate = Field(title="Date")
    start: ClockTime | None = Field(default=None, title="Start time")
    end: ClockTime | None = Field(default=None, title="End time")
    operator: ShortText = Field(title="Operator")
    blocks: tuple[DeliveredBlock, ...] = Field(min_length=1, max_length=10, title="Delivered blocks")
    coil_position_confirmed: bool | None = Field(default=None, title="Coil position confirmed")
    pre_session_check: dict[PreSessionCheck, bool] = Field(default={}, title="Pre-session check")
    side_effects: tuple[SideEffect, ...] = Field(default=(), max_length=20, title="Side effects")
    note: LongText | None = Field(default=None, title="Note")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        numbers = [b.block for b in self.blocks]
        if len(set(numbers)) != len(numbers):
            raise ValueError("a block must not be recorded twice in one session")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError("the end time must not be before the start time")
        return self


class MTRetest(RecordModel):
    """A motor threshold re-determined during the course."""

    kind: Literal["mt_retest"] = "mt_retest"
    date: PlanDate = Field(title="Date")
    value_pct_mso: float = Field(ge=1, le=100, title="Motor threshold", json_schema_extra={"unit": "%MSO"})
    mt_kind: MTKind = Field(title="MT kind")
    method: MTMethod = Field(title="MT method")
    muscle: MTMuscle = Field(default=MTMuscle.HAND_FDI, title="MT muscle")
    reason: ShortText | None = Field(default=None, title="Reason")
    operator: ShortText = Field(title="Operator")


class Score(RecordModel):
    """An outcome score on a rating scale of the evidence base (``scale`` is its id)."""

    kind: Literal["score"] = "score"
    scale: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")] = Field(title="Scale")
    date: PlanDate = Field(title="Date")
    value: float = Field(ge=0, le=1000, title="Score")
    rater: ShortText | None = Field(default=None, title="Rater")


class Deviation(RecordModel):
    """A planned session missed, shortened or stopped."""

    kind: Literal["deviation"] = "deviation"
    session: int = Field(ge=1, le=10_000, title="Session")
    date: PlanDate = Field(title="Date")
    deviation: DeviationKind = Field(title="Deviation")
    reason: ShortText | None = Field(default=None, title="Reason")
    operator: ShortText = Field(title="Operator")


EntryBody = Annotated[SessionRecord | MTRetest | Score | Deviation, Field(discriminator="kind")]

_ID = r"^[0-9a-f]{32}$"
EntryId = Annotated[str, StringConstraints(pattern=_ID)]


class Entry(RecordModel):
    """One append-only entry of a course record."""

    entry_id: EntryId
    plan_id: ShortText
    plan_version: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
    recorded_at: dt.datetime = Field(description="When the entry was made (UTC)")
    body: EntryBody
    corrects: EntryId | None = Field(default=None, description="The entry this one corrects")
    correction_reason: ShortText | None = Field(default=None, title="Reason for the correction")

    @model_validator(mode="after")
    def _correction_has_reason(self) -> Self:
        if self.corrects is not None and self.correction_reason is None:
            raise ValueError("a correction must say why the entry is corrected")
        if self.corrects is None and self.correction_reason is not None:
            raise ValueError("a reason for a correction needs the entry it corrects")
        if self.recorded_at.tzinfo is None:
            raise ValueError("the recording time must carry its time zone (UTC)")
        return self


def new_entry_id() -> str:
    """A new random entry id (32 hex digits)."""
    return uuid.uuid4().hex


def effective(entries: list[Entry]) -> list[Entry]:
    """The entries as they stand: each corrected entry replaced by its latest correction, in recording order.

    A correction takes the place of the entry it corrects (and of every entry
    that one replaced); ``entries`` are in the order they were recorded. The
    history is the ``entries`` themselves.
    """
    replaced_by: dict[str, Entry] = {}
    root_of: dict[str, str] = {}
    order: list[str] = []
    for entry in entries:
        if entry.corrects is not None and entry.corrects in root_of:
            root = root_of[entry.corrects]
        else:
            root = entry.entry_id
            order.append(root)
        root_of[entry.entry_id] = root
        replaced_by[root] = entry
    return [replaced_by[root] for root in order]
