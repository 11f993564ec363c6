"""Human-readable labels for vocabulary ids and clinical wording of patterns.

English source strings; the GUI passes them through Qt's translator (context
``"vocab"``), the PDF prints them as they are.
"""

from __future__ import annotations

from enum import StrEnum

from tmsplanner.core.dosing import BlockDose, NestedTiming
from tmsplanner.core.i18n import Catalogue
from tmsplanner.core.outcomes import TimePoint
from tmsplanner.core.plan import Block, RtmsPattern
from tmsplanner.core.schedule import PhaseKind, RetestKind, RetestReason, SkipReason
from tmsplanner.core.vocab import (
    Coil,
    DeviationKind,
    Indication,
    Localisation,
    MTKind,
    MTMethod,
    MTMuscle,
    PatternClass,
    ScreeningItem,
    Severity,
    Sex,
    SideEffectKind,
    SideEffectSeverity,
    Target,
)

LABELS: dict[StrEnum, str] = {
    Indication.MDD: "Major depressive disorder",
    Indication.OCD: "Obsessive-compulsive disorder",
    Indication.SMOKING_CESSATION: "Smoking cessation",
    Indication.NEUROPATHIC_PAIN: "Neuropathic pain",
    Indication.STROKE_MOTOR: "Motor recovery after stroke",
    Indication.TINNITUS: "Tinnitus",
    Indication.AUDITORY_HALLUCINATIONS: "Auditory hallucinations",
    Indication.PARKINSON: "Parkinson's disease",
    Indication.OTHER: "Other",
    Target.LEFT_DLPFC: "Left DLPFC",
    Target.RIGHT_DLPFC: "Right DLPFC",
    Target.BILATERAL_DLPFC: "Bilateral DLPFC",
    Target.DMPFC: "Dorsomedial PFC",
    Target.LEFT_M1: "Left M1",
    Target.RIGHT_M1: "Right M1",
    Target.LEFT_TEMPOROPARIETAL: "Left temporoparietal cortex",
    Target.OCCIPITAL: "Occipital cortex",
    Target.INSULA_LATERAL_PFC: "Insula and lateral PFC",
    Target.CUSTOM: "Custom target",
    Localisation.BEAM_F3: "Beam F3",
    Localisation.RULE_5CM: "5 cm rule",
    Localisation.RULE_5_5CM: "5.5 cm rule",
    Localisation.EEG_10_20: "EEG 10-20 system",
    Localisation.NEURONAVIGATION_MRI: "MRI neuronavigation",
    Localisation.FMRI_CONNECTIVITY: "fMRI connectivity targeting",
    Localisation.MOTOR_HOTSPOT: "Motor hotspot",
    Localisation.H_COIL_CAP: "H-coil cap",
    Coil.FIGURE8: "Figure-8",
    Coil.H1: "H1 (deep TMS)",
    Coil.H4: "H4 (deep TMS)",
    Coil.H7: "H7 (deep TMS)",
    Coil.DOUBLE_CONE: "Double cone",
    Coil.OTHER: "Other coil",
    MTKind.RESTING: "Resting MT",
    MTKind.ACTIVE: "Active MT",
    MTMuscle.HAND_FDI: "Hand (FDI)",
    MTMuscle.HAND_APB: "Hand (APB)",
    MTMuscle.LEG: "Leg",
    MTMethod.EMG: "EMG (relative frequency)",
    MTMethod.VISUAL: "Visual observation",
    MTMethod.PEST: "Adaptive (PEST)",
    MTMethod.MILLS_NITHI: "Mills-Nithi two-threshold",
    MTMethod.OTHER: "Other method",
    Sex.FEMALE: "Female",
    Sex.MALE: "Male",
    Sex.OTHER: "Other",
    Sex.UNKNOWN: "Not recorded",
    PatternClass.HF_RTMS: "High-frequency rTMS",
    PatternClass.LF_RTMS: "Low-frequency rTMS",
    PatternClass.INTERMEDIATE_RTMS: "rTMS between 1 and 5 Hz",
    PatternClass.ITBS: "Intermittent theta burst",
    PatternClass.CTBS: "Continuous theta burst",
    PatternClass.OTHER_TBS: "Theta burst",
    PatternClass.BILATERAL_SEQUENTIAL: "Sequential bilateral",
    Severity.BLOCK: "Blocking",
    Severity.WARN: "Warning",
    Severity.INFO: "Information",
    ScreeningItem.EPILEPSY_OR_SEIZURE: "Epilepsy or seizure",
    ScreeningItem.METAL_IN_HEAD: "Metal in the head",
    ScreeningItem.COCHLEAR_IMPLANT: "Cochlear implant",
    ScreeningItem.IMPLANTED_STIMULATOR: "Implanted stimulator or pump",
    ScreeningItem.CARDIAC_PACEMAKER: "Cardiac pacemaker or intracardiac lines",
    ScreeningItem.PREGNANCY: "Pregnancy",
    ScreeningItem.BRAIN_LESION: "Brain lesion",
    ScreeningItem.HEAD_INJURY: "Severe head injury",
    ScreeningItem.SLEEP_DEPRIVATION: "Sleep deprivation",
    ScreeningItem.ALCOHOL_OR_DRUG_USE: "Alcohol or drug use",
    ScreeningItem.PRIOR_TMS_ADVERSE_EVENT: "Earlier problem with TMS",
    SideEffectKind.HEADACHE: "Headache",
    SideEffectKind.SCALP_PAIN: "Scalp pain or discomfort",
    SideEffectKind.SYNCOPE: "Syncope (fainting)",
    SideEffectKind.SEIZURE: "Seizure",
    SideEffectKind.HEARING: "Hearing problem",
    SideEffectKind.MOOD_CHANGE: "Mood change",
    SideEffectKind.OTHER: "Other side effect",
    SideEffectSeverity.MILD: "Mild",
    SideEffectSeverity.MODERATE: "Moderate",
    SideEffectSeverity.SEVERE: "Severe",
    DeviationKind.MISSED: "Missed",
    DeviationKind.SHORTENED: "Shortened",
    DeviationKind.STOPPED: "Stopped",
}

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def label(value: StrEnum) -> str:
    """Return the English label of a vocabulary id."""
    return LABELS.get(value, value.value.replace("_", " "))


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym ('rTMS', 'DLPFC')."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _t(c: Catalogue | None, message: str, /, **values: object) -> str:
    """A phrase in the catalogue's language (context ``labels``; English without one), ``{names}`` filled."""
    words = c.gettext(message, "labels") if c is not None else message
    return words.format(**values) if values else words


def _n(value: float, c: Catalogue | None = None) -> str:
    return c.number(value, 3) if c is not None else f"{value:.3f}".rstrip("0").rstrip(".")


def target_label(block: Block, c: Catalogue | None = None) -> str:
    """The block's target in words (the custom name for custom targets)."""
    if block.custom_target:
        return block.custom_target
    return c.gettext(label(block.target), "vocab") if c is not None else label(block.target)


def block_line(block: Block, c: Catalogue | None = None) -> str:
    """A block in one line: 'Left DLPFC — 10 Hz rTMS, 120% MT' (iTBS and cTBS by their abbreviations)."""
    p = block.pattern
    if isinstance(p, RtmsPattern):
        kind = _t(c, "{hz} Hz rTMS", hz=_n(p.frequency_hz, c))
    else:
        kind = "cTBS" if p.trains == 1 else "iTBS"
    return _t(c, "{target} — {pattern}, {pct}% MT", target=target_label(block, c), pattern=kind,
              pct=_n(block.intensity_pct_mt, c))


def pattern_words(block: Block, dose: BlockDose, c: Catalogue | None = None) -> str:
    """The pattern as a clinician says it, e.g. '10 Hz, 4 s trains, 26 s pauses, 75 trains'."""
    p = block.pattern
    train = _n(dose.train_duration_s, c)
    if isinstance(p, RtmsPattern):
        if p.trains == 1:
            return _t(c, "{hz} Hz, one continuous train of {pulses} pulses ({train} s)", hz=_n(p.frequency_hz, c),
                      pulses=p.pulses_per_train, train=train)
        return _t(c, "{hz} Hz, {train} s trains, {pause} s pauses, {trains} trains", hz=_n(p.frequency_hz, c),
                  train=train, pause=_n(p.inter_train_interval_s, c), trains=p.trains)
    burst = _t(c, "bursts of {pulses} pulses at {hz} Hz repeated at {rate} Hz", pulses=p.pulses_per_burst,
               hz=_n(p.intra_burst_frequency_hz, c), rate=_n(p.burst_frequency_hz, c))
    if p.trains == 1:
        return _t(c, "continuous theta burst: {burst}, one train of {train} s", burst=burst, train=train)
    return _t(c, "intermittent theta burst: {burst}, {train} s trains, {pause} s pauses, {trains} trains",
              burst=burst, train=train, pause=_n(p.inter_train_interval_s, c), trains=p.trains)


def timing_words(t: NestedTiming) -> str:
    """The NIBS-BIDS six-parameter form on one line (the specification's own names, never translated)."""
    return (f"pulses_in_burst {t.pulses_in_burst}, inter_pulse_interval {_n(t.inter_pulse_interval_s)} s, "
            f"bursts_in_train {t.bursts_in_train}, inter_burst_interval {_n(t.inter_burst_interval_s)} s, "
            f"trains_in_protocol {t.trains_in_protocol}, inter_train_interval {_n(t.inter_train_interval_s)} s")


def duration_words(seconds: float, c: Catalogue | None = None) -> str:
    """A duration as 'H h MM min SS s' (dropping leading zero units)."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return _t(c, "{hours} h {minutes} min", hours=hours, minutes=str(minutes).zfill(2))
    if minutes:
        return _t(c, "{minutes} min {seconds} s", minutes=minutes, seconds=str(secs).zfill(2))
    return _t(c, "{seconds} s", seconds=secs)


def length_words(cm: float | str, decimals: int = 1, c: Catalogue | None = None) -> str:
    """A length measured on the head, with fixed decimals: '36.0 cm', «36,0 см»; a range ('20–50') as it is."""
    if isinstance(cm, str):
        number = cm
    else:
        number = c.number(cm, decimals, fixed=True) if c is not None else f"{cm:.{decimals}f}"
    return _t(c, "{value} cm", value=number)


# -- the course view's ids in words (the PDF, the CLI and the calendar print these) ----------------------------

PHASE_WORDS = {PhaseKind.ACUTE: "acute", PhaseKind.TAPER: "taper", PhaseKind.MAINTENANCE: "maintenance"}
_PHASE_MESSAGES = (_t(None, "acute"), _t(None, "taper"), _t(None, "maintenance"))  # for the message extractor


def phase_words(phase: PhaseKind, name: str | None, c: Catalogue | None = None) -> str:
    """The phase as the plan names it ('Taper'), else the phase id in words ('acute')."""
    return name or _t(c, PHASE_WORDS[phase])


def skip_reason_words(reason: SkipReason, holiday: str | None, c: Catalogue | None = None) -> str:
    """'public holiday: Christmas Day' or 'clinic closure'."""
    if reason == SkipReason.HOLIDAY:
        return _t(c, "public holiday: {name}", name=holiday) if holiday else _t(c, "public holiday")
    return _t(c, "clinic closure")


def retest_reason_words(reason: RetestReason, c: Catalogue | None = None) -> str:
    """'every 7 days' or 'after Sertraline changed'."""
    if reason.kind == RetestKind.INTERVAL:
        return _t(c, "every {days} days", days=reason.every_days)
    return _t(c, "after {medication} changed", medication=reason.medication)


def time_point_words(kind: TimePoint, weeks: int | None, c: Catalogue | None = None) -> str:
    """'baseline', 'week 2', 'end of acute course' or 'follow-up at 4 weeks'."""
    if kind == TimePoint.WEEKLY:
        return _t(c, "week {weeks}", weeks=weeks)
    if kind == TimePoint.FOLLOW_UP:
        return _t(c, "follow-up at {weeks} weeks", weeks=weeks)
    if kind == TimePoint.BASELINE:
        return _t(c, "baseline")
    return _t(c, "end of acute course")


def rater_words(rater: str, c: Catalogue | None = None) -> str:
    """Who rates a scale: 'clinician', or 'self' (the patient)."""
    return _t(c, "clinician") if rater == "clinician" else _t(c, "self") if rater == "self" else rater


def verdict_words(blocking: int, warnings: int) -> tuple[str, Severity | None]:
    """The one-line verdict and the severity that colours it."""
    if blocking:
        return f"BLOCKED: {blocking} blocking finding{'s' if blocking > 1 else ''}", Severity.BLOCK
    if warnings:
        return f"No blocking findings · {warnings} warning{'s' if warnings > 1 else ''} to review", Severity.WARN
    return "No blocking findings", None
