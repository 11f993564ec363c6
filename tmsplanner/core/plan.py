"""The course plan: what a ``*.tmsplan`` file holds (schema version 1).

Field titles, descriptions, units and bounds live here once; the GUI, the PDF
and the validation messages read them. Numbers carry their unit in their name.
"""


import datetime as dt
from typing import Annotated, Final, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic.config import JsonDict

from tmsplanner.core.vocab import (
    Coil,
    Indication,
    Localisation,
    MTKind,
    MTMethod,
    MTMuscle,
    ScreeningItem,
    Sex,
    Target,
)

PLAN_FORMAT: Final = "tmsplanner-plan"
SCHEMA_VERSION: Final = 1

# Every date a plan holds lies within this horizon, so that every date the
# course derives from it (sessions, phases, re-tests, outcome measures) can be
# computed; a date outside it is refused with a message naming the horizon.
FIRST_PLAN_DATE: Final = dt.date(2000, 1, 1)
LAST_PLAN_DATE: Final = dt.date(2100, 12, 31)  # both named in _within_horizon's message


def _within_horizon(value: dt.date) -> dt.date:
    if not FIRST_PLAN_DATE <= value <= LAST_PLAN_DATE:
        raise ValueError("the date must lie within the planning horizon 2000-01-01 to 2100-12-31")
    return value


def _local_clock_time(value: dt.time) -> dt.time:
    if value.tzinfo is not None:
        raise ValueError("give a local clock time such as 09:30, without a UTC offset or time zone")
    return value


# Control characters (line breaks, escapes, NUL, C1 codes) and line or paragraph
# separators would forge lines on a terminal and break calendars and paper.
_CONTROL = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))} | {"\u2028", "\u2029"}
_TEXT_CONTROL = _CONTROL - {"\n", "\t", "\r"}


def _no_control(value: str) -> str:
    if any(ch in _CONTROL for ch in value):
        raise ValueError("control characters (a line break, tab, escape or NUL) are not allowed")
    return value


def _text_without_control(value: str) -> str:
    if any(ch in _TEXT_CONTROL for ch in value):
        raise ValueError("control characters (an escape or NUL) are not allowed; line breaks and tabs are")
    return value


PlanDate = Annotated[dt.date, AfterValidator(_within_horizon)]
ClockTime = Annotated[dt.time, AfterValidator(_local_clock_time)]
ShortText = Annotated[
    str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True), AfterValidator(_no_control)
]
LongText = Annotated[str, StringConstraints(max_length=4000), AfterValidator(_text_without_control)]

# Electrode positions of the 10-20 system and its 10-10 extension (with the older T3-T6 names and the
# reference points), by row: the label is the row's letters and one of its suffixes.
_EEG_ROWS: Final = {
    "Fp": ("1", "2", "z"), "AF": ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "z"),
    "F": ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "z"), "FT": ("7", "8", "9", "10"),
    "FC": ("1", "2", "3", "4", "5", "6", "z"), "T": ("3", "4", "5", "6", "7", "8", "9", "10"),
    "C": ("1", "2", "3", "4", "5", "6", "z"), "TP": ("7", "8", "9", "10"),
    "CP": ("1", "2", "3", "4", "5", "6", "z"), "P": ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "z"),
    "PO": ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "z"), "O": ("1", "2", "9", "10", "z"),
    "I": ("z",), "N": ("z",), "A": ("1", "2"), "M": ("1", "2"),
}
EEG_POSITIONS: Final = frozenset(row + suffix for row, suffixes in _EEG_ROWS.items() for suffix in suffixes)
_EEG_CANONICAL: Final = {label.casefold(): label for label in EEG_POSITIONS}


def _eeg_label(value: str) -> str:
    canonical = _EEG_CANONICAL.get(value.casefold())
    if canonical is None:
        raise ValueError("give an electrode position of the 10-20 or 10-10 system, such as F3, Fp2 or C3")
    return canonical


EegPosition = Annotated[
    str, StringConstraints(min_length=1, max_length=5, strip_whitespace=True), AfterValidator(_eeg_label)
]


def _unit(unit: str) -> JsonDict:
    return {"unit": unit}


class PlanModel(BaseModel):
    """Base of every plan part: strict types, no unknown keys, no NaN."""

    model_config = ConfigDict(
        strict=True, extra="forbid", allow_inf_nan=False, validate_assignment=True, defer_build=True
    )


class Patient(PlanModel):
    """Who is treated. Only the identifier is required."""

    identifier: ShortText = Field(title="Patient identifier", description="Record number or code")
    display_name: ShortText | None = Field(default=None, title="Name")
    birth_year: int | None = Field(default=None, ge=1900, le=2100, title="Birth year")
    sex: Sex | None = Field(default=None, title="Sex")


class MotorThreshold(PlanModel):
    """The motor threshold that intensities are scaled to."""

    kind: MTKind = Field(title="MT kind", description="Resting (RMT) or active (AMT) motor threshold")
    muscle: MTMuscle = Field(
        default=MTMuscle.HAND_FDI, title="MT muscle",
        description="The muscle whose response defines the threshold; some protocols scale to another one "
        "(the H7 OCD protocol to the leg motor threshold)",
    )
    value_pct_mso: float = Field(
        ge=1, le=100, title="Motor threshold", description="In % of maximum stimulator output",
        json_schema_extra=_unit("%MSO"),
    )
    method: MTMethod = Field(
        title="MT method",
        description="EMG (relative frequency), visual observation, adaptive (PEST) ...; "
        "visual thresholds run higher than EMG thresholds",
    )
    measured_on: PlanDate = Field(title="MT measured on")
    placeholder: bool = Field(
        default=False, title="Placeholder value",
        description="True while the value is a placeholder still to be measured; such a plan is blocked",
    )
    m1_scalp_cortex_distance_mm: float | None = Field(
        default=None, gt=0, le=60, title="Scalp-to-cortex distance at M1",
        description="From MRI; with the target distance it enables depth correction",
        json_schema_extra=_unit("mm"),
    )
    target_scalp_cortex_distance_mm: float | None = Field(
        default=None, gt=0, le=60, title="Scalp-to-cortex distance at the target",
        description="From MRI; a block may give its own", json_schema_extra=_unit("mm"),
    )


class Device(PlanModel):
    """The stimulator and coil."""

    name: ShortText | None = Field(default=None, title="Device")
    coil: Coil = Field(default=Coil.FIGURE8, title="Coil")
    coil_model: ShortText | None = Field(
        default=None, title="Coil model", description="Make and model as printed on the coil"
    )
    max_output_pct_mso: float = Field(
        default=100, ge=1, le=100, title="Maximum output",
        description="Highest output this device can deliver with this coil, % MSO",
        json_schema_extra=_unit("%MSO"),
    )


class RtmsPattern(PlanModel):
    """Conventional rTMS: trains of pulses at one frequency."""

    type: Literal["rtms"] = "rtms"
    frequency_hz: float = Field(ge=0.1, le=100, title="Frequency", json_schema_extra=_unit("Hz"))
    pulses_per_train: int = Field(ge=1, le=10000, title="Pulses per train")
    trains: int = Field(ge=1, le=1000, title="Trains")
    inter_train_interval_s: float = Field(
        ge=0, le=3600, title="Pause between trains",
        description="From the end of one train to the start of the next",
        json_schema_extra=_unit("s"),
    )


class TbsPattern(PlanModel):
    """Theta-burst stimulation: bursts of pulses repeated at a burst frequency."""

    type: Literal["tbs"] = "tbs"
    pulses_per_burst: int = Field(default=3, ge=1, le=10, title="Pulses per burst")
    intra_burst_frequency_hz: float = Field(
        default=50, ge=1, le=1000, title="Frequency within a burst", json_schema_extra=_unit("Hz")
    )
    burst_frequency_hz: float = Field(
        default=5, ge=0.1, le=100, title="Burst frequency", json_schema_extra=_unit("Hz")
    )
    bursts_per_train: int = Field(ge=1, le=10000, title="Bursts per train")
    trains: int = Field(ge=1, le=1000, title="Trains")
    inter_train_interval_s: float = Field(
        ge=0, le=3600, title="Pause between trains",
        description="From the end of one train to the start of the next",
        json_schema_extra=_unit("s"),
    )

    @model_validator(mode="after")
    def _burst_fits_its_period(self) -> Self:
        burst_span = (self.pulses_per_burst - 1) / self.intra_burst_frequency_hz
        if burst_span >= 1 / self.burst_frequency_hz:
            raise ValueError(
                "a burst must end before the next one starts: "
                "(pulses_per_burst - 1) / intra_burst_frequency_hz must be shorter than 1 / burst_frequency_hz"
            )
        return self


Pattern = Annotated[RtmsPattern | TbsPattern, Field(discriminator="type")]


class Titration(PlanModel):
    """An intensity ramp over the first treatment days, ending at the block's intensity."""

    start_pct_mt: float = Field(
        ge=1, le=250, title="Starting intensity", description="Intensity on the first treatment day, % MT",
        json_schema_extra=_unit("%MT"),
    )
    days: int = Field(
        ge=2, le=30, title="Ramp days",
        description="Treatment days over which the intensity rises in equal steps to the block's intensity",
    )


class MniCoordinate(PlanModel):
    """A target in MNI space, in millimetres."""

    x_mm: float = Field(ge=-100, le=100, title="x", description="Left (-) to right (+)",
                        json_schema_extra=_unit("mm"))
    y_mm: float = Field(ge=-130, le=100, title="y", description="Back (-) to front (+)",
                        json_schema_extra=_unit("mm"))
    z_mm: float = Field(ge=-80, le=100, title="z", description="Bottom (-) to top (+)",
                        json_schema_extra=_unit("mm"))


class NativeCoordinate(PlanModel):
    """A target in the patient's own MRI (scanner space), in millimetres, as the navigation system shows it."""

    x_mm: float = Field(ge=-300, le=300, title="x", json_schema_extra=_unit("mm"))
    y_mm: float = Field(ge=-300, le=300, title="y", json_schema_extra=_unit("mm"))
    z_mm: float = Field(ge=-300, le=300, title="z", json_schema_extra=_unit("mm"))


class Block(PlanModel):
    """One stimulation block; blocks run in order within a session."""

    target: Target = Field(title="Target")
    custom_target: ShortText | None = Field(
        default=None, title="Custom target", description="Required when the target is 'custom'"
    )
    mni: MniCoordinate | None = Field(default=None, title="MNI coordinates")
    native: NativeCoordinate | None = Field(
        default=None, title="Scanner coordinates",
        description="The target in the patient's own MRI (scanner space), as the neuronavigation system shows it",
    )
    localisation: Localisation = Field(title="Localisation")
    eeg_position: EegPosition | None = Field(
        default=None, title="Electrode position",
        description="10-20 or 10-10 position of the target, e.g. F3; for localisation by the 10-20 system",
    )
    coil_orientation: ShortText | None = Field(
        default=None, title="Coil orientation", description="e.g. handle 45° to the midline, pointing back"
    )
    intensity_pct_mt: float = Field(
        ge=1, le=250, title="Intensity", description="In % of the motor threshold",
        json_schema_extra=_unit("%MT"),
    )
    scalp_cortex_distance_mm: float | None = Field(
        default=None, gt=0, le=60, title="Scalp-to-cortex distance at this target",
        json_schema_extra=_unit("mm"),
    )
    pattern: Pattern
    titration: Titration | None = Field(default=None, title="Intensity titration")

    @model_validator(mode="after")
    def _custom_target_named(self) -> Self:
        if self.target == Target.CUSTOM and not self.custom_target:
            raise ValueError("custom_target must name the target when target is 'custom'")
        return self


Weekday = Annotated[int, Field(ge=0, le=6)]
HolidayCalendar = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]


class MissedSession(PlanModel):
    """A planned session that did not take place; the course re-flows after it."""

    date: PlanDate = Field(title="Date")
    index_in_day: int | None = Field(
        default=None, ge=1, le=20, title="Session of the day",
        description="1 for the first session of that day; empty for the whole day",
    )


class Phase(PlanModel):
    """A taper or maintenance phase after the acute course."""

    name: ShortText = Field(title="Phase", description="e.g. 'Taper' or 'Maintenance'")
    weeks: int = Field(ge=1, le=104, title="Weeks")
    sessions_per_week: int = Field(ge=1, le=7, title="Sessions per week")
    every_weeks: int = Field(
        default=1, ge=1, le=12, title="Every n weeks", description="1 = every week, 2 = every other week, ..."
    )


class Schedule(PlanModel):
    """When the sessions happen."""

    start_date: PlanDate = Field(title="Start date")
    treatment_days: int = Field(ge=1, le=365, title="Treatment days")
    days_per_week: int = Field(
        default=5, ge=1, le=7, title="Days per week",
        description="5 = Monday to Friday; ignored when weekdays are given",
    )
    weekdays: list[Weekday] | None = Field(
        default=None, min_length=1, max_length=7, title="Weekdays",
        description="Explicit treatment weekdays, 0 = Monday ... 6 = Sunday",
    )
    sessions_per_day: int = Field(default=1, ge=1, le=20, title="Sessions per day")
    intersession_interval_min: float = Field(
        default=0, ge=0, le=720, title="Interval between sessions",
        description="From the end of one session to the start of the next on the same day",
        json_schema_extra=_unit("min"),
    )
    first_session_time: ClockTime = Field(default=dt.time(9, 0), title="First session time")
    holiday_country: HolidayCalendar | None = Field(
        default=None, title="Public holidays",
        description="ISO 3166 country code, optionally with a region (e.g. 'DE' or 'DE-BY'); "
        "treatment days skip its public holidays",
    )
    closures: list[PlanDate] = Field(default=[], max_length=366, title="Clinic closures")
    missed_sessions: list[MissedSession] = Field(default=[], max_length=500, title="Missed sessions")
    phases: list[Phase] = Field(default=[], max_length=10, title="Taper and maintenance phases")
    clinic_closing_time: ClockTime | None = Field(
        default=None, title="Clinic closing time", description="Sessions should end before it"
    )
    mt_retest_every_days: int | None = Field(
        default=None, ge=1, le=90, title="Re-test MT every",
        description="Plan a motor-threshold re-determination every so many days", json_schema_extra=_unit("days"),
    )

    @model_validator(mode="after")
    def _weekdays_unique(self) -> Self:
        if self.weekdays is not None and len(set(self.weekdays)) != len(self.weekdays):
            raise ValueError("weekdays must not repeat a day")
        return self


class MedicationEntry(PlanModel):
    """A current medication."""

    name: ShortText = Field(title="Medication")
    dose: ShortText | None = Field(default=None, title="Dose")
    changed_on: PlanDate | None = Field(
        default=None, title="Started or changed on", description="Plans a motor-threshold re-test after it"
    )


class ScreeningConfirmation(PlanModel):
    """A clinician's confirmation that the unanswered screening items were reviewed."""

    by: ShortText = Field(title="Confirmed by", description="The clinician who reviewed the unanswered items")
    on: PlanDate = Field(title="Confirmed on")
    note: ShortText | None = Field(default=None, title="Confirmation note", description="e.g. why items are open")


class HeadMeasurements(PlanModel):
    """Head measurements for Beam F3 localisation of the left DLPFC."""

    tragus_tragus_cm: float = Field(ge=20, le=50, title="Tragus to tragus", description="Over the vertex",
                                    json_schema_extra=_unit("cm"))
    nasion_inion_cm: float = Field(ge=20, le=50, title="Nasion to inion", description="Over the vertex",
                                   json_schema_extra=_unit("cm"))
    head_circumference_cm: float = Field(ge=40, le=75, title="Head circumference", json_schema_extra=_unit("cm"))


class Plan(PlanModel):
    """A course of rTMS for one patient."""

    format: Literal["tmsplanner-plan"] = PLAN_FORMAT
    schema_version: Literal[1] = SCHEMA_VERSION
    plan_id: ShortText | None = Field(default=None, title="Plan id")
    protocol_id: ShortText | None = Field(
        default=None, title="Preset", description="Evidence-base protocol this plan started from"
    )
    patient: Patient
    indication: Indication = Field(title="Indication")
    motor_threshold: MotorThreshold
    device: Device = Field(default_factory=Device)
    blocks: list[Block] = Field(min_length=1, max_length=10)
    schedule: Schedule
    medications: list[MedicationEntry] = Field(default=[], max_length=100)
    screening: dict[ScreeningItem, bool | None] = Field(
        default={}, title="Safety screening",
        description="Answers keyed by item id: true, false or null (unanswered)",
    )
    screening_recorded_by: ShortText | None = Field(
        default=None, title="Screening recorded by", description="Who asked the screening questions"
    )
    screening_recorded_on: PlanDate | None = Field(default=None, title="Screening recorded on")
    screening_confirmed: ScreeningConfirmation | None = Field(
        default=None, title="Open screening items confirmed",
        description="A clinician confirms that the unanswered items were reviewed; "
        "without it a plan with unanswered items prints as a draft",
    )
    head: HeadMeasurements | None = Field(default=None, title="Head measurements (Beam F3)")
    outcome_scales: list[ShortText] | None = Field(
        default=None, title="Outcome measures",
        description="Rating-scale ids to schedule; empty means the defaults for the indication",
    )
    notes: LongText | None = Field(default=None, title="Notes")
