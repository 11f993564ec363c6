"""Hypothesis strategies for valid plans."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import strategies as st

from tmsplanner.core.plan import Plan
from tmsplanner.core.vocab import Coil, Indication, Localisation, MTKind, MTMethod, ScreeningItem, Target

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda s: s.strip() != ""
)
finite = {"allow_nan": False, "allow_infinity": False}


@st.composite
def rtms_patterns(draw: st.DrawFn) -> dict:
    return {
        "type": "rtms",
        "frequency_hz": draw(st.floats(0.1, 30, **finite)),
        "pulses_per_train": draw(st.integers(1, 3000)),
        "trains": draw(st.integers(1, 100)),
        "inter_train_interval_s": draw(st.floats(0, 120, **finite)),
    }


@st.composite
def tbs_patterns(draw: st.DrawFn) -> dict:
    burst_hz = draw(st.floats(1, 10, **finite))
    return {
        "type": "tbs",
        "pulses_per_burst": draw(st.integers(1, 5)),
        "intra_burst_frequency_hz": draw(st.floats(30, 100, **finite)),
        "burst_frequency_hz": burst_hz,
        "bursts_per_train": draw(st.integers(1, 200)),
        "trains": draw(st.integers(1, 60)),
        "inter_train_interval_s": draw(st.floats(0, 30, **finite)),
    }


@st.composite
def blocks(draw: st.DrawFn) -> dict:
    target = draw(st.sampled_from(list(Target)))
    block = {
        "target": target.value,
        "localisation": draw(st.sampled_from(list(Localisation))).value,
        "intensity_pct_mt": draw(st.floats(50, 140, **finite)),
        "pattern": draw(st.one_of(rtms_patterns(), tbs_patterns())),
    }
    if target == Target.CUSTOM:
        block["custom_target"] = draw(text)
    if draw(st.booleans()):
        block["scalp_cortex_distance_mm"] = draw(st.floats(5, 30, **finite))
    if draw(st.integers(0, 3)) == 0:
        block["titration"] = {"start_pct_mt": draw(st.floats(40, 140, **finite)), "days": draw(st.integers(2, 10))}
    return block


day = st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31))


@st.composite
def schedule_extras(draw: st.DrawFn) -> dict:
    """The optional real-world scheduling fields, sometimes."""
    extras: dict = {}
    if draw(st.booleans()):
        extras["holiday_country"] = draw(st.sampled_from(["DE", "DE-BY", "RU", "US", "UA", "FR"]))
    if draw(st.booleans()):
        extras["closures"] = sorted({d.isoformat() for d in draw(st.lists(day, max_size=5))})
    if draw(st.booleans()):
        extras["missed_sessions"] = [{"date": d.isoformat(), "index_in_day": draw(st.none() | st.integers(1, 3))}
                                     for d in draw(st.lists(day, max_size=4))]
    if draw(st.booleans()):
        extras["phases"] = [{"name": draw(st.sampled_from(["Taper", "Maintenance", "Поддержка"])),
                             "weeks": draw(st.integers(1, 8)), "sessions_per_week": draw(st.integers(1, 5)),
                             "every_weeks": draw(st.integers(1, 3))} for _ in range(draw(st.integers(1, 3)))]
    if draw(st.booleans()):
        extras["mt_retest_every_days"] = draw(st.integers(1, 30))
    if draw(st.booleans()):
        extras["clinic_closing_time"] = draw(st.times()).replace(microsecond=0, second=0).isoformat()
    return extras


@st.composite
def plan_documents(draw: st.DrawFn) -> dict:
    return {
        "format": "tmsplanner-plan",
        "schema_version": 1,
        "patient": {"identifier": draw(text), "display_name": draw(st.none() | text)},
        "indication": draw(st.sampled_from(list(Indication))).value,
        "motor_threshold": {
            "kind": draw(st.sampled_from(list(MTKind))).value,
            "value_pct_mso": draw(st.floats(20, 90, **finite)),
            "method": draw(st.sampled_from(list(MTMethod))).value,
            "measured_on": draw(st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31))).isoformat(),
            "m1_scalp_cortex_distance_mm": draw(st.none() | st.floats(5, 30, **finite)),
        },
        "device": {"coil": draw(st.sampled_from(list(Coil))).value,
                   "max_output_pct_mso": draw(st.floats(50, 100, **finite))},
        "blocks": draw(st.lists(blocks(), min_size=1, max_size=3)),
        "schedule": {
            "start_date": draw(st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31))).isoformat(),
            "treatment_days": draw(st.integers(1, 40)),
            "days_per_week": draw(st.integers(1, 7)),
            "sessions_per_day": draw(st.integers(1, 12)),
            "intersession_interval_min": draw(st.floats(0, 90, **finite)),
            "first_session_time": draw(st.times()).replace(microsecond=0).isoformat(),
            **draw(schedule_extras()),
        },
        "medications": draw(st.lists(st.fixed_dictionaries({"name": text}, optional={"changed_on": day.map(str)}),
                                     max_size=4)),
        "screening": draw(st.dictionaries(st.sampled_from([s.value for s in ScreeningItem]),
                                          st.none() | st.booleans())),
    }


def plans() -> st.SearchStrategy[Plan]:
    """Valid plans (documents that fail a cross-field rule are filtered out)."""

    def build(doc: dict) -> Plan | None:
        try:
            return Plan.model_validate_json(json.dumps(doc))
        except ValueError:
            return None

    return plan_documents().map(build).filter(lambda p: p is not None)
