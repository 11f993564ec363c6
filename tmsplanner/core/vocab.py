"""Controlled vocabularies shared by plans, the evidence base and the checks.

Every id here is stable: it is written into plan files and evidence data, so an
id is never renamed, only added.
"""

from __future__ import annotations

from enum import StrEnum


class Indication(StrEnum):
    """Clinical indication of a course."""

    MDD = "mdd"
    OCD = "ocd"
    SMOKING_CESSATION = "smoking_cessation"
    NEUROPATHIC_PAIN = "neuropathic_pain"
    STROKE_MOTOR = "stroke_motor"
    TINNITUS = "tinnitus"
    AUDITORY_HALLUCINATIONS = "auditory_hallucinations"
    PARKINSON = "parkinson"
    OTHER = "other"


class Target(StrEnum):
    """Stimulation target of a block."""

    LEFT_DLPFC = "left_dlpfc"
    RIGHT_DLPFC = "right_dlpfc"
    BILATERAL_DLPFC = "bilateral_dlpfc"
    DMPFC = "dmpfc"
    LEFT_M1 = "left_m1"
    RIGHT_M1 = "right_m1"
    LEFT_TEMPOROPARIETAL = "left_temporoparietal"
    OCCIPITAL = "occipital"
    INSULA_LATERAL_PFC = "insula_lateral_pfc"
    CUSTOM = "custom"


class Localisation(StrEnum):
    """How the target is found on the scalp."""

    BEAM_F3 = "beam_f3"
    RULE_5CM = "rule_5cm"
    RULE_5_5CM = "rule_5_5cm"
    EEG_10_20 = "eeg_10_20"
    NEURONAVIGATION_MRI = "neuronavigation_mri"
    FMRI_CONNECTIVITY = "fmri_connectivity"
    MOTOR_HOTSPOT = "motor_hotspot"
    H_COIL_CAP = "h_coil_cap"


class Coil(StrEnum):
    """Coil family; H-coils are deep-TMS coils."""

    FIGURE8 = "figure8"
    H1 = "h1"
    H4 = "h4"
    H7 = "h7"
    DOUBLE_CONE = "double_cone"
    OTHER = "other"

    @property
    def is_h_coil(self) -> bool:
        """Whether this is a deep-TMS H-coil."""
        return self in (Coil.H1, Coil.H4, Coil.H7)


class MTKind(StrEnum):
    """Resting or active motor threshold."""

    RESTING = "resting"
    ACTIVE = "active"


class MTMuscle(StrEnum):
    """The muscle whose response defines the motor threshold."""

    HAND_FDI = "hand_fdi"
    HAND_APB = "hand_apb"
    LEG = "leg"


class MTMethod(StrEnum):
    """How the motor threshold was determined."""

    EMG = "emg"
    VISUAL = "visual"
    PEST = "pest"
    MILLS_NITHI = "mills_nithi"
    OTHER = "other"


class Sex(StrEnum):
    """Sex recorded for the patient."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class ScreeningItem(StrEnum):
    """Stable ids of the pre-TMS safety screening questionnaire."""

    EPILEPSY_OR_SEIZURE = "epilepsy_or_seizure"
    METAL_IN_HEAD = "metal_in_head"
    COCHLEAR_IMPLANT = "cochlear_implant"
    IMPLANTED_STIMULATOR = "implanted_stimulator"
    CARDIAC_PACEMAKER = "cardiac_pacemaker"
    PREGNANCY = "pregnancy"
    BRAIN_LESION = "brain_lesion"
    HEAD_INJURY = "head_injury"
    SLEEP_DEPRIVATION = "sleep_deprivation"
    ALCOHOL_OR_DRUG_USE = "alcohol_or_drug_use"
    PRIOR_TMS_ADVERSE_EVENT = "prior_tms_adverse_event"


class PatternClass(StrEnum):
    """Evidence-level grouping of a stimulation pattern.

    Guidelines grade by class, not by exact parameters: high-frequency rTMS is
    5 Hz or more, low-frequency rTMS is 1 Hz or less; frequencies in between
    belong to neither class.
    """

    HF_RTMS = "hf_rtms"
    LF_RTMS = "lf_rtms"
    INTERMEDIATE_RTMS = "intermediate_rtms"
    ITBS = "itbs"
    CTBS = "ctbs"
    OTHER_TBS = "other_tbs"
    BILATERAL_SEQUENTIAL = "bilateral_sequential"


class Provenance(StrEnum):
    """Whether a fact was read in a source (verified) or not (unverified)."""

    VERIFIED = "verified"
    UNVERIFIED = "unverified"


class SideEffectKind(StrEnum):
    """A side effect noted at a session (the kinds the safety guidance lists most often, and 'other')."""

    HEADACHE = "headache"
    SCALP_PAIN = "scalp_pain"
    SYNCOPE = "syncope"
    SEIZURE = "seizure"
    HEARING = "hearing"
    MOOD_CHANGE = "mood_change"
    OTHER = "other"


class SideEffectSeverity(StrEnum):
    """How severe a side effect was."""

    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class DeviationKind(StrEnum):
    """How a planned session departed from the plan."""

    MISSED = "missed"
    SHORTENED = "shortened"
    STOPPED = "stopped"


class Severity(StrEnum):
    """Severity of a finding, from most to least serious."""

    BLOCK = "block"
    WARN = "warn"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Sort key: 0 for block, 2 for info."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.INFO: 2}
