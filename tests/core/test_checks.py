"""Every rule, addressed by id, variant and params, on real presets and deliberately unsafe variants.

No test here reads a message: findings are data, and their words are tested
once, by kind, in test_messages.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from planfactory import TODAY, all_no, edit, preset_plan, rules

from tmsplanner.core.checks import CheckContext, CheckSettings, figures_for, run_checks, verdict
from tmsplanner.core.checks.train_safety import lookup_limit
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.models import SafetyLimitTable
from tmsplanner.core.plan import MedicationEntry, Plan
from tmsplanner.core.vocab import Indication, PatternClass, Provenance, ScreeningItem, Severity, Target

CHECKS_DIR = Path(__file__).parents[2] / "tmsplanner" / "core" / "checks"
WASSERMANN = "Wassermann 1998"
NEUROSTAR = "neurostar-10hz-ldlpfc"  # the preset id a finding names (printed as its name)
SNT = "SAINT / SNT (Stanford neuromodulation therapy)"
H1 = "deep-tms-h1-mdd"


def findings_for(plan, kb, settings=None):
    return run_checks(plan, kb, settings or CheckSettings(today=TODAY))


def by_rule(findings, rule, variant: Any = ...):
    return [f for f in findings if f.rule == rule and (variant is ... or f.variant == variant)]


def assert_params(actual: dict, expected: dict) -> None:
    """Equal names and values; floats within rounding."""
    assert set(actual) == set(expected), (sorted(actual), sorted(expected))
    for name, value in expected.items():
        if isinstance(value, float):
            assert actual[name] == pytest.approx(value), name
        elif isinstance(value, tuple) and any(isinstance(v, float) for v in value):
            assert actual[name] == pytest.approx(value), name
        else:
            assert actual[name] == value, name


@pytest.fixture
def standard(kb):
    return preset_plan(kb, "neurostar-10hz-ldlpfc")


# ---- every rule and variant of the catalogue, by id and params --------------------------------------------------

Build = Callable[[KnowledgeBase], tuple[Plan, KnowledgeBase]]


class Case(NamedTuple):
    rule: str
    variant: str | None
    build: Build
    severity: Severity
    field: str
    params: dict[str, Any]


def std(*edits: tuple[str, Any], preset: str = "neurostar-10hz-ldlpfc") -> Build:
    def build(kb: KnowledgeBase) -> tuple[Plan, KnowledgeBase]:
        plan = preset_plan(kb, preset)
        for path, value in edits:
            plan = edit(plan, path, value)
        return plan, kb
    return build


def with_update(build: Build, **update: Any) -> Build:
    def wrapped(kb: KnowledgeBase) -> tuple[Plan, KnowledgeBase]:
        plan, kb = build(kb)
        return plan.model_copy(update=update), kb
    return wrapped


def without_note(build: Build, medication_id: str) -> Build:
    """The same plan, checked against an evidence base where the medication's interactions have no note."""
    def wrapped(kb: KnowledgeBase) -> tuple[Plan, KnowledgeBase]:
        plan, kb = build(kb)
        med = next(m for m in kb.medications if m.id == medication_id)
        bare = med.model_copy(update={"interactions": [i.model_copy(update={"note": None}) for i in med.interactions]})
        drugs = {key: bare if value is med else value for key, value in kb._drugs.items()}
        return plan, dataclasses.replace(kb, _drugs=drugs)
    return wrapped


def without_protocol(build: Build, protocol_id: str) -> Build:
    """The same plan, checked against an evidence base without one protocol."""
    def wrapped(kb: KnowledgeBase) -> tuple[Plan, KnowledgeBase]:
        plan, kb = build(kb)
        return plan, dataclasses.replace(kb, protocols={k: v for k, v in kb.protocols.items() if k != protocol_id})
    return wrapped


def with_bilateral_clearance(build: Build) -> Build:
    """An evidence base with a clearance for sequential bilateral stimulation (none is known yet)."""
    def wrapped(kb: KnowledgeBase) -> tuple[Plan, KnowledgeBase]:
        plan, kb = build(kb)
        cleared = kb.clearances[0].model_copy(update={"id": "test-bilateral", "coil": None,
                                                      "pattern_class": PatternClass.BILATERAL_SEQUENTIAL})
        index = {**kb._cleared, (Indication.MDD, Target.LEFT_DLPFC, PatternClass.BILATERAL_SEQUENTIAL): [cleared]}
        return plan, dataclasses.replace(kb, _cleared=index)
    return wrapped


TRAIN_20HZ_10S = (("blocks.0.pattern.frequency_hz", 20.0), ("blocks.0.pattern.pulses_per_train", 200))
TRAIN_5HZ_12S = (("blocks.0.pattern.frequency_hz", 5.0), ("blocks.0.pattern.pulses_per_train", 60))
TRAIN_30HZ = (("blocks.0.pattern.frequency_hz", 30.0), ("blocks.0.pattern.pulses_per_train", 3))
STANDARD_BLOCK = {"target": "left_dlpfc", "localisation": "beam_f3", "intensity_pct_mt": 120.0,
                  "pattern": {"type": "rtms", "frequency_hz": 10.0, "pulses_per_train": 40, "trains": 75,
                              "inter_train_interval_s": 26.0}}
CUSTOM_BLOCK = {**STANDARD_BLOCK, "target": "custom", "custom_target": "Cerebellum"}
TBS_PATTERN = {"type": "tbs", "pulses_per_burst": 3, "intra_burst_frequency_hz": 50.0, "burst_frequency_hz": 5.0,
               "bursts_per_train": 10, "trains": 20, "inter_train_interval_s": 8.0}
MEDS = {  # rule: (the name entered, the drug param (the evidence base's id), the medication's id)
    "MED-001": ("Clozapine", "clozapine", "clozapine"),
    "MED-002": ("sertraline 100 mg", "sertraline", "sertraline"),
    "MED-003": ("Лоразепам", "lorazepam", "lorazepam"),
    "MED-004": ("memantine", "memantine", "memantine"),
}


def _train(block=1, train_s=4.0, frequency=10.0, intensity=120.0, table=WASSERMANN, **more) -> dict[str, Any]:
    return {"block": block, "train_s": train_s, "frequency": frequency, "intensity": intensity, "table": table, **more}


def _cell(limit, frequency, intensity) -> dict[str, Any]:
    return {"limit": limit, "cell_frequency": frequency, "cell_intensity": intensity}


CHEN_AT_4_2 = {"margin": 25.0, "chen_s": 3.15}  # 4.2 s shortened by 25 %
P0 = "blocks[0].pattern"

CASES = [
    # Train duration: 200 pulses at 20 Hz last 10 s; the 20 Hz, 120% MT cell is 1.0 s.
    Case("SAFE-TRAIN-001", None, std(*TRAIN_20HZ_10S), Severity.BLOCK, P0,
         _train(train_s=10.0, frequency=20.0, **_cell("1.0", 20.0, 120.0))),
    # 2 s trains at 20 Hz, 100% MT, ramping down from 130% MT: steps 130 and 115 (cells 0.55 s and 1.0 s) exceed.
    Case("SAFE-TRAIN-001", "titration",
         std(("blocks.0.pattern.frequency_hz", 20.0), ("blocks.0.pattern.pulses_per_train", 40),
             ("blocks.0.intensity_pct_mt", 100.0), ("blocks.0.titration", {"start_pct_mt": 130.0, "days": 3})),
         Severity.BLOCK, P0,
         _train(train_s=2.0, frequency=20.0, intensity=130.0, **_cell("0.55", 20.0, 130.0), steps=(115.0, 130.0))),
    # 4 s at 10 Hz, 120% MT: within the 4.2 s cell, beyond Chen's 3.15 s.
    Case("SAFE-TRAIN-002", None, std(("blocks.0.pattern.inter_train_interval_s", 25.0)), Severity.WARN, P0,
         _train(**_cell("4.2", 10.0, 120.0), **CHEN_AT_4_2)),
    Case("SAFE-TRAIN-002", "matched", std(), Severity.INFO, P0,
         _train(**_cell("4.2", 10.0, 120.0), **CHEN_AT_4_2, protocol=NEUROSTAR)),
    # The 110% MT step of a ramp: the '>5' cell holds, Chen's 3.75 s does not.
    Case("SAFE-TRAIN-002", "titration", std(("blocks.0.titration", {"start_pct_mt": 110.0, "days": 2})),
         Severity.WARN, P0,
         _train(intensity=110.0, **_cell(">5", 10.0, 110.0), margin=25.0, chen_s=3.75, steps=(110.0,))),
    Case("SAFE-TRAIN-003", None, std(*TRAIN_30HZ), Severity.WARN, P0, _train(train_s=0.1, frequency=30.0)),
    Case("SAFE-TRAIN-003", "beyond_tested", std(*TRAIN_5HZ_12S), Severity.WARN, P0,
         _train(train_s=12.0, frequency=5.0, **_cell(">10", 5.0, 120.0))),
    Case("SAFE-TRAIN-003", "below_table", std(*TRAIN_20HZ_10S, ("blocks.0.intensity_pct_mt", 80.0)),
         Severity.WARN, P0, _train(train_s=10.0, frequency=20.0, intensity=80.0, **_cell("2.05", 20.0, 100.0))),
    Case("SAFE-TRAIN-003", "titration",
         std(*TRAIN_30HZ, ("blocks.0.titration", {"start_pct_mt": 100.0, "days": 3})), Severity.WARN, P0,
         _train(train_s=0.1, frequency=30.0, intensity=110.0, steps=(100.0, 110.0))),
    Case("SAFE-TRAIN-003", "titration_beyond_tested",
         std(*TRAIN_5HZ_12S, ("blocks.0.titration", {"start_pct_mt": 100.0, "days": 3})), Severity.WARN, P0,
         _train(train_s=12.0, frequency=5.0, intensity=110.0, **_cell(">10", 5.0, 110.0), steps=(100.0, 110.0))),
    Case("SAFE-TRAIN-003", "titration_below_table",
         std(*TRAIN_20HZ_10S, ("blocks.0.titration", {"start_pct_mt": 80.0, "days": 2})), Severity.WARN, P0,
         _train(train_s=10.0, frequency=20.0, intensity=80.0, **_cell("2.05", 20.0, 100.0), steps=(80.0,))),
    Case("SAFE-TRAIN-004", None, std(preset="deep-tms-h1-mdd"), Severity.INFO, P0,
         {"block": 1, "protocol": "deep-tms-h1-mdd", "table": WASSERMANN}),
    # H-coils against the cleared train of their coil; H1: 18 Hz, 2 s trains, 20 s pauses, 120% MT, 1980 pulses.
    Case("SAFE-TRAIN-004", "within", std(("blocks.0.pattern.trains", 40), preset="deep-tms-h1-mdd"), Severity.INFO,
         P0, {"block": 1, "frequency": 18.0, "train_s": 2.0, "iti": 20.0, "intensity": 120.0, "pulses": 1440,
              "protocol": H1, "ref_frequency": 18.0, "ref_train_s": 2.0, "ref_iti": 20.0, "ref_intensity": 120.0,
              "ref_pulses": 1980, "table": WASSERMANN}),
    # H7 (2000 pulses) has no published trial of a larger dose in the evidence base.
    Case("SAFE-TRAIN-005", None, std(("blocks.0.pattern.trains", 60), preset="deep-tms-h7-ocd"), Severity.WARN,
         "blocks[0].pattern.trains",
         {"block": 1, "pulses": 2400, "ref_pulses": 2000, "excess": 400,
          "protocol": "deep-tms-h7-ocd"}),
    Case("SAFE-TRAIN-005", "trial", std(("blocks.0.pattern.trains", 167), preset="deep-tms-h1-mdd"), Severity.WARN,
         "blocks[0].pattern.trains",
         {"block": 1, "pulses": 6012, "ref_pulses": 1980, "excess": 4032, "protocol": H1, "trial_pulses": 6012,
          "trial_frequency": 18.0, "trial_intensity": 120.0}),
    Case("SAFE-TRAIN-005", "frequency", std(("blocks.0.pattern.frequency_hz", 25.0), preset="deep-tms-h1-mdd"),
         Severity.WARN, "blocks[0].pattern.frequency_hz",
         {"block": 1, "frequency": 25.0, "ref_frequency": 18.0, "excess": 7.0, "protocol": H1}),
    Case("SAFE-TRAIN-005", "train", std(("blocks.0.pattern.pulses_per_train", 72), preset="deep-tms-h1-mdd"),
         Severity.WARN, "blocks[0].pattern.pulses_per_train",
         {"block": 1, "train_s": 4.0, "ref_train_s": 2.0, "excess": 2.0, "protocol": H1}),
    Case("SAFE-TRAIN-005", "intensity", std(("blocks.0.intensity_pct_mt", 130.0), preset="deep-tms-h1-mdd"),
         Severity.WARN, "blocks[0].intensity_pct_mt",
         {"block": 1, "intensity": 130.0, "ref_intensity": 120.0, "excess": 10.0, "protocol": H1}),
    Case("SAFE-TRAIN-005", "iti", std(("blocks.0.pattern.inter_train_interval_s", 10.0), preset="deep-tms-h1-mdd"),
         Severity.WARN, "blocks[0].pattern.inter_train_interval_s",
         {"block": 1, "iti": 10.0, "ref_iti": 20.0, "shortfall": 10.0, "protocol": H1}),
    Case("SAFE-TRAIN-006", None, without_protocol(std(preset="deep-tms-h7-ocd"), "deep-tms-h7-ocd"), Severity.WARN,
         P0, {"block": 1, "coil": "h7", "train_s": 2.0, "frequency": 20.0, "intensity": 100.0}),
    Case("SAFE-TABLE-001", None, std(), Severity.INFO, "blocks", {"table": WASSERMANN}),
    Case("SAFE-TBS-001", None, std(preset="itbs600-ldlpfc"), Severity.INFO, P0, {"block": 1, "adverse_events": 5.0}),
    Case("SAFE-ITI-001", None,
         std(("blocks.0.intensity_pct_mt", 110.0), ("blocks.0.pattern.inter_train_interval_s", 1.0)),
         Severity.BLOCK, "blocks[0].pattern.inter_train_interval_s",
         {"block": 1, "iti": 1.0, "intensity": 110.0, "max_iti": 1.0, "above": 100.0}),
    # Device and motor threshold: 120% of MT 90% MSO is 108% MSO.
    Case("DEV-001", None, std(("motor_threshold.value_pct_mso", 90.0)), Severity.BLOCK, "blocks[0].intensity_pct_mt",
         {"block": 1, "mso": 108, "mt": 90.0, "max_out": 100.0}),
    # MT 75% MSO over M1 at 12 mm, target at 18 mm: 75 + 2.8 x 6 = 91.8% MSO; 120% of it is 110.16, set 110.
    Case("DEV-001", "depth_corrected",
         std(("motor_threshold.value_pct_mso", 75.0), ("motor_threshold.m1_scalp_cortex_distance_mm", 12.0),
             ("motor_threshold.target_scalp_cortex_distance_mm", 18.0)),
         Severity.BLOCK, "blocks[0].intensity_pct_mt", {"block": 1, "mso": 110, "mt": 91.8, "max_out": 100.0}),
    Case("MT-001", None, std(("motor_threshold.measured_on", "2026-11-01")), Severity.WARN,
         "motor_threshold.measured_on",
         {"measured": dt.date(2026, 11, 1), "age": 22, "reference": TODAY, "limit": 7}),
    Case("MT-002", None, std(("motor_threshold.measured_on", "2026-12-24")), Severity.WARN,
         "motor_threshold.measured_on", {"measured": dt.date(2026, 12, 24), "today": TODAY}),
    Case("MT-005", None, std(preset="snt-accelerated-itbs"), Severity.WARN,
         "motor_threshold.target_scalp_cortex_distance_mm",
         {"block": 1, "protocol": "snt-accelerated-itbs", "intensity": 90.0}),
    Case("MT-003", None, std(("motor_threshold.method", "visual")), Severity.WARN, "motor_threshold.method",
         {"excess": 11.3}),
    Case("MT-004", None, std(("motor_threshold.placeholder", True)), Severity.BLOCK, "motor_threshold.value_pct_mso",
         {"value": 50.0}),
    # Accelerated schedules against SNT: 10 sessions a day, 50 min apart, 1,800 pulses each.
    Case("ACC-001", None, std(("schedule.intersession_interval_min", 15.0), preset="snt-accelerated-itbs"),
         Severity.WARN, "schedule.intersession_interval_min", {"interval": 15.0, "ref_interval": 50.0, "ref": SNT}),
    Case("ACC-002", None, std(("schedule.sessions_per_day", 12), preset="snt-accelerated-itbs"),
         Severity.WARN, "schedule.sessions_per_day", {"sessions": 12, "ref_sessions": 10, "ref": SNT}),
    Case("ACC-003", None, std(("schedule.sessions_per_day", 12), preset="snt-accelerated-itbs"),
         Severity.WARN, "schedule.sessions_per_day", {"pulses": 21600, "ref_pulses": 18000, "ref": SNT}),
    # SNT sessions last 9 min 52 s and are 50 min apart: a 60 min slot; the 10th of a 16:00 start is past midnight.
    Case("SCHED-001", None, std(("schedule.first_session_time", "16:00:00"), preset="snt-accelerated-itbs"),
         Severity.BLOCK, "schedule.sessions_per_day", {"sessions": 10, "start": dt.time(16, 0), "slot": 60}),
    # From 09:00 every 60 min: the sessions of 17:00 and 18:00 end late on each of 5 days; the last at 18:09:52.
    # The day spans 9 h 09 min 52 s from its first start: a first session at 07:50 (rounded down) fits.
    Case("SCHED-002", "latest_start", std(("schedule.clinic_closing_time", "17:00:00"), preset="snt-accelerated-itbs"),
         Severity.WARN, "schedule.clinic_closing_time",
         {"count": 10, "closing": dt.time(17, 0), "end": dt.time(18, 9), "latest_start": dt.time(7, 50)}),
    # Closing at 08:00: even a start at midnight would not fit the day's 9 h 10 min.
    Case("SCHED-002", None, std(("schedule.clinic_closing_time", "08:00:00"), preset="snt-accelerated-itbs"),
         Severity.WARN, "schedule.clinic_closing_time",
         {"count": 50, "closing": dt.time(8, 0), "end": dt.time(18, 9)}),
    Case("SCHED-003", None, std(("schedule.holiday_country", "ZZ")), Severity.WARN, "schedule.holiday_country",
         {"calendar": "ZZ"}),
    # Medications: the interaction's curation note never reaches the finding, with or without one in the data.
    *(Case(rule, None, with_update(std(), medications=[MedicationEntry(name=name)]), Severity.WARN,
           "medications[0].name", {"name": name, "drug": drug, "direction": ...})
      for rule, (name, drug, _) in MEDS.items()),
    *(Case(rule, None, without_note(with_update(std(), medications=[MedicationEntry(name=name)]), med_id),
           Severity.WARN, "medications[0].name", {"name": name, "drug": drug, "direction": ...})
      for rule, (name, drug, med_id) in MEDS.items()),
    Case("MED-005", None, with_update(std(), medications=[MedicationEntry(name="unobtainium")]), Severity.INFO,
         "medications[0].name", {"name": "unobtainium"}),
    # Screening.
    Case("SCR-001", None, with_update(std(), screening={**all_no(), ScreeningItem.COCHLEAR_IMPLANT: True}),
         Severity.BLOCK, "screening.cochlear_implant", {"question": ..., "rationale": ...}),
    Case("SCR-002", None, with_update(std(), screening={**all_no(), ScreeningItem.PREGNANCY: True}),
         Severity.WARN, "screening.pregnancy", {"question": ..., "rationale": ...}),
    Case("SCR-003", None,
         with_update(std(), screening={**all_no(), ScreeningItem.PREGNANCY: None, ScreeningItem.HEAD_INJURY: None}),
         Severity.WARN, "screening.pregnancy", {"count": 2, "total": 11, "items": ("pregnancy", "head_injury")}),
    # Evidence.
    Case("EVD-001", None, std(), Severity.INFO, P0,
         {"block": 1, "pattern": "hf_rtms", "target": "left_dlpfc", "indication": "mdd",
          "grades": ("lefaucheur2020-mdd-hf-ldlpfc", "lefaucheur2014-mdd-hf-ldlpfc")}),
    Case("EVD-001", "bilateral", std(preset="sequential-bilateral"), Severity.INFO, "blocks",
         {"indication": "mdd", "grades": ("lefaucheur2020-mdd-bilateral-dlpfc",)}),
    Case("EVD-002", None, std(("indication", "parkinson"), ("blocks.0.target", "occipital")), Severity.WARN, P0,
         {"block": 1, "pattern": "hf_rtms", "target": "occipital", "indication": "parkinson"}),
    Case("EVD-002", "custom_target",
         std(("blocks", [CUSTOM_BLOCK])), Severity.WARN, P0,
         {"block": 1, "pattern": "hf_rtms", "target": "Cerebellum", "indication": "mdd"}),
    Case("EVD-002", "bilateral", std(("indication", "ocd"), preset="sequential-bilateral"), Severity.WARN, "blocks",
         {"indication": "ocd"}),
    Case("EVD-003", None, std(("blocks.0.pattern.frequency_hz", 3.0), ("blocks.0.pattern.pulses_per_train", 4)),
         Severity.WARN, P0, {"block": 1, "frequency": 3.0, "lf_max": 1.0, "hf_min": 5.0}),
    Case("EVD-004", None, std(("blocks.0.pattern.frequency_hz", 1.0), ("blocks.0.pattern.pulses_per_train", 4)),
         Severity.WARN, P0, {"block": 1}),
    Case("EVD-005", None, std(), Severity.INFO, P0,
         {"block": 1, "pattern": "hf_rtms", "target": "left_dlpfc", "indication": "mdd",
          "clearances": ("fda-neurostar-2008-mdd", "fda-neurostar-anxiety-2022-mdd",
                         "fda-neurostar-adolescent-2024-mdd")}),
    Case("EVD-005", "bilateral", with_bilateral_clearance(std(preset="sequential-bilateral")), Severity.INFO,
         "blocks", {"indication": "mdd", "clearances": ("test-bilateral",)}),
    Case("EVD-006", None, std(preset="itbs600-ldlpfc"), Severity.INFO, P0, {"block": 1}),
    # Deviations from the NeuroStar preset (120% MT, 40-pulse trains x 75, 30 days).
    Case("EVD-010", None, std(("blocks.0.intensity_pct_mt", 130.0)), Severity.WARN, "blocks[0].intensity_pct_mt",
         {"block": 1, "value": 130.0, "ref": 120.0, "protocol": NEUROSTAR}),
    Case("EVD-010", None, std(("blocks.0.intensity_pct_mt", 110.0)), Severity.INFO, "blocks[0].intensity_pct_mt",
         {"block": 1, "value": 110.0, "ref": 120.0, "protocol": NEUROSTAR}),
    Case("EVD-011", None, std(("blocks.0.pattern.trains", 50)), Severity.INFO, P0,
         {"block": 1, "parameter": "trains", "value": 50, "ref": 75, "pulses": 2000, "ref_pulses": 3000,
          "protocol": NEUROSTAR}),
    Case("EVD-011", "same_pulses", std(("blocks.0.pattern.frequency_hz", 20.0)), Severity.WARN, P0,
         {"block": 1, "parameter": "frequency_hz", "value": 20.0, "ref": 10.0, "pulses": 3000,
          "protocol": NEUROSTAR}),
    Case("EVD-011", "pattern_type", std(("blocks.0.pattern", TBS_PATTERN)), Severity.WARN, P0,
         {"block": 1, "value": "tbs", "ref": "rtms", "pulses": 600, "ref_pulses": 3000, "protocol": NEUROSTAR}),
    Case("EVD-012", None, std(("schedule.treatment_days", 20)), Severity.INFO, "schedule",
         {"total": 20, "per_day": 1, "interval": 0.0, "ref_total": 30, "ref_per_day": 1, "ref_interval": 0.0,
          "protocol": NEUROSTAR}),
    Case("EVD-012", None, std(("schedule.sessions_per_day", 2), ("schedule.treatment_days", 15)), Severity.WARN,
         "schedule", {"total": 30, "per_day": 2, "interval": 0.0, "ref_total": 30, "ref_per_day": 1,
                      "ref_interval": 0.0, "protocol": NEUROSTAR}),
    Case("EVD-013", None, std(("blocks.0.target", "right_dlpfc")), Severity.WARN, "blocks[0].target",
         {"block": 1, "value": "right_dlpfc", "ref": "left_dlpfc", "protocol": NEUROSTAR}),
    Case("EVD-013", "custom_target", std(("blocks", [CUSTOM_BLOCK])),
         Severity.WARN, "blocks[0].target",
         {"block": 1, "value": "Cerebellum", "ref": "left_dlpfc", "protocol": NEUROSTAR}),
    Case("EVD-013", "coil", std(("device.coil", "h1")), Severity.WARN, "device.coil",
         {"value": "h1", "ref": "figure8", "protocol": NEUROSTAR}),
    Case("EVD-013", "mt_kind", std(("motor_threshold.kind", "active")), Severity.WARN, "motor_threshold.kind",
         {"value": "active", "ref": "resting", "protocol": NEUROSTAR}),
    Case("EVD-014", None, std(("blocks", [STANDARD_BLOCK, STANDARD_BLOCK])),
         Severity.WARN, "blocks", {"count": 2, "ref": 1, "protocol": NEUROSTAR}),
    Case("EVD-020", None, std(preset="itbs600-ldlpfc"), Severity.WARN, "protocol_id",
         {"protocol": "itbs600-ldlpfc", "fields": ("blocks.0.intensity_pct_mt",)}),
    Case("EVD-021", None, std(("protocol_id", "no-such-preset")), Severity.WARN, "protocol_id",
         {"protocol": "no-such-preset"}),
]


def _case_id(case: Case) -> str:
    return f"{case.rule}{'/' + case.variant if case.variant else ''}/{case.severity.value}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_rule_by_id_and_params(kb, case: Case) -> None:
    plan, checked_kb = case.build(kb)
    found = by_rule(findings_for(plan, checked_kb), case.rule, case.variant)
    assert found, (case.rule, case.variant, sorted((f.rule, f.variant or "") for f in findings_for(plan, checked_kb)))
    finding = next((f for f in found if f.params == found[0].params and f.severity == case.severity), found[0])
    if case.rule == "EVD-011":  # one finding per changed field
        finding = next(f for f in found if f.params.get("parameter") == case.params.get("parameter"))
    assert finding.severity == case.severity
    assert finding.field == case.field
    expected = dict(case.params)
    for name, value in case.params.items():  # ... : a value taken verbatim from the evidence base
        if value is ...:
            assert isinstance(finding.params.get(name), str) and finding.params[name]
            expected[name] = finding.params[name]
    assert_params(dict(finding.params), expected)


def test_every_rule_and_variant_of_the_catalogue_is_exercised(kb) -> None:
    """Every rule on a plan; the rules on the delivered course (DLV-) are exercised in test_delivered_rules.py."""
    plan_rules = [rule for rule in kb.rules.values() if not rule.id.startswith("DLV-")]
    catalogued = {(rule.id, None) for rule in plan_rules}
    catalogued |= {(rule.id, name) for rule in plan_rules for name in rule.variants}
    assert {(c.rule, c.variant) for c in CASES} == catalogued


def test_severity_changes_are_catalogued(kb) -> None:
    for case in CASES:
        assert case.severity in kb.rules[case.rule].severities, case
    assert kb.rules["SAFE-TRAIN-002"].lowered_to == Severity.INFO
    assert kb.rules["EVD-012"].raised_to == Severity.WARN


def test_rule_ids_in_code_equal_the_catalogue(kb) -> None:
    pattern = re.compile(r'"([A-Z]+(?:-[A-Z0-9]+)+)"')
    in_code = {rid for path in CHECKS_DIR.glob("*.py") for rid in pattern.findall(path.read_text(encoding="utf-8"))}
    assert in_code == set(kb.rules)


def test_variants_in_code_are_catalogued(kb) -> None:
    pattern = re.compile(r'variant="([a-z_]+)"')
    in_code = {v for path in CHECKS_DIR.glob("*.py") for v in pattern.findall(path.read_text(encoding="utf-8"))}
    catalogued = {name for rule in kb.rules.values() for name in rule.variants}
    assert in_code <= catalogued


# ---- the catalogue is enforced when a finding is built ----------------------------------------------------------

@pytest.fixture
def ctx(kb, standard):
    return CheckContext(plan=standard, figures=figures_for(standard, kb), kb=kb, settings=CheckSettings(today=TODAY))


def test_a_severity_the_catalogue_does_not_allow_is_refused(ctx) -> None:
    with pytest.raises(ValueError, match=r"MT-004: severity 'info' is not in the catalogue"):
        ctx.finding("MT-004", "motor_threshold.value_pct_mso", severity=Severity.INFO, value=50.0)
    with pytest.raises(ValueError, match="SAFE-TRAIN-002"):
        ctx.finding("SAFE-TRAIN-002", "blocks[0].pattern", severity=Severity.BLOCK, **_train(
            **_cell("4.2", 10.0, 120.0), **CHEN_AT_4_2))
    assert ctx.finding("EVD-012", "schedule", severity=Severity.WARN, total=1, per_day=2, interval=0.0, ref_total=1,
                       ref_per_day=1, ref_interval=0.0, protocol="p").severity == Severity.WARN


def test_params_must_match_the_catalogue(ctx) -> None:
    with pytest.raises(ValueError, match=r"MT-004: params \['valu'\] differ"):
        ctx.finding("MT-004", "motor_threshold.value_pct_mso", valu=50.0)
    with pytest.raises(ValueError, match=r"param 'value' = '50' is not of kind 'pct_mso'"):
        ctx.finding("MT-004", "motor_threshold.value_pct_mso", value="50")
    with pytest.raises(ValueError, match=r"param 'measured' .* is not of kind 'date'"):
        ctx.finding("MT-002", "motor_threshold.measured_on", measured="2026-12-24", today=TODAY)
    with pytest.raises(ValueError, match="has no variant 'nope'"):
        ctx.finding("MT-004", "motor_threshold.value_pct_mso", variant="nope", value=50.0)


# ---- behaviour of particular rules ------------------------------------------------------------------------------

def test_every_preset_checks_without_block(kb) -> None:
    for preset_id in kb.protocols:
        findings = findings_for(preset_plan(kb, preset_id), kb)
        assert verdict(findings) != "blocked", (preset_id, [f.rule for f in findings if f.severity == "block"])


def test_20hz_train_far_beyond_table_is_blocked(kb, standard) -> None:
    plan = edit(edit(standard, "blocks.0.pattern.frequency_hz", 20.0), "blocks.0.pattern.pulses_per_train", 200)
    findings = findings_for(plan, kb)
    found = by_rule(findings, "SAFE-TRAIN-001")
    assert found and found[0].severity == Severity.BLOCK
    assert found[0].params["table"] == kb.safety_table.name  # names the table used
    assert found[0].unverified  # the bundled table is unverified, and says so
    assert [f.params for f in by_rule(findings, "SAFE-TABLE-001")] == [{"table": kb.safety_table.name}]


def test_chen_margin_warns_unless_protocol_matches(kb, standard) -> None:
    matched = by_rule(findings_for(standard, kb), "SAFE-TRAIN-002")
    assert [(f.severity, f.variant) for f in matched] == [(Severity.INFO, "matched")]
    variant = edit(standard, "blocks.0.pattern.inter_train_interval_s", 25.0)
    unmatched = by_rule(findings_for(variant, kb), "SAFE-TRAIN-002")
    assert [(f.severity, f.variant) for f in unmatched] == [(Severity.WARN, None)]


def test_one_second_pause_at_threshold_is_not_blocked_by_chen(kb, standard) -> None:
    plan = edit(edit(standard, "blocks.0.intensity_pct_mt", 100.0), "blocks.0.pattern.inter_train_interval_s", 1.0)
    assert "SAFE-ITI-001" not in rules(findings_for(plan, kb))


def test_h_coil_cleared_protocol_is_not_blocked_and_a_longer_train_warns(kb) -> None:
    h1 = preset_plan(kb, "deep-tms-h1-mdd")
    assert "SAFE-TRAIN-004" in rules(findings_for(h1, kb))
    longer = edit(h1, "blocks.0.pattern.pulses_per_train", 72)  # 4 s trains at 18 Hz
    findings = findings_for(longer, kb)
    assert "SAFE-TRAIN-001" not in rules(findings)  # the focal-coil table does not apply to H-coils
    assert [f.severity for f in by_rule(findings, "SAFE-TRAIN-005", "train")] == [Severity.WARN]
    assert verdict(findings) != "blocked"


def test_lower_device_maximum_blocks(kb, standard) -> None:
    plan = edit(standard, "device.max_output_pct_mso", 55.0)  # needs 60
    [found] = by_rule(findings_for(plan, kb), "DEV-001")
    assert (found.params["mso"], found.params["max_out"]) == (60, 55.0)


def test_old_motor_threshold_warns_with_configurable_age(kb, standard) -> None:
    plan = edit(standard, "motor_threshold.measured_on", "2026-11-01")
    assert "MT-001" in rules(findings_for(plan, kb))
    lenient = CheckSettings(today=TODAY, mt_max_age_days=30)
    assert "MT-001" not in rules(findings_for(plan, kb, lenient))


@pytest.mark.parametrize("item", [ScreeningItem.EPILEPSY_OR_SEIZURE, ScreeningItem.PREGNANCY,
                                  ScreeningItem.SLEEP_DEPRIVATION, ScreeningItem.CARDIAC_PACEMAKER])
def test_relative_contraindications_warn(kb, standard, item) -> None:
    plan = standard.model_copy(update={"screening": {**all_no(), item: True}})
    found = by_rule(findings_for(plan, kb), "SCR-002")
    assert [f.field for f in found] == [f"screening.{item.value}"]
    assert found[0].params["question"] == kb.screening[item].question


def test_unanswered_screening_warns_once(kb, standard) -> None:
    plan = standard.model_copy(update={"screening": {ScreeningItem.PREGNANCY: False}})
    [found] = by_rule(findings_for(plan, kb), "SCR-003")
    assert (found.params["count"], found.params["total"]) == (10, 11)
    assert "pregnancy" not in found.params["items"] and len(found.params["items"]) == 10


@pytest.mark.parametrize(("drug", "rule"), [("Clozapine", "MED-001"), ("sertraline 100 mg", "MED-002"),
                                            ("Лоразепам", "MED-003"), ("memantine", "MED-004"),
                                            ("d-cycloserine", "MED-004"), ("unobtainium", "MED-005")])
def test_medications_by_rule(kb, standard, drug, rule) -> None:
    plan = standard.model_copy(update={"medications": [MedicationEntry(name=drug)]})
    found = by_rule(findings_for(plan, kb), rule)
    assert found and all(f.field == "medications[0].name" and f.params["name"] == drug for f in found)


def test_accelerated_schedule_rules(kb) -> None:
    snt = preset_plan(kb, "snt-accelerated-itbs")
    assert not {"ACC-001", "ACC-002", "ACC-003"} & rules(findings_for(snt, kb))


def test_missed_first_session_does_not_look_like_a_day_past_midnight(kb) -> None:
    plan = edit(preset_plan(kb, "snt-accelerated-itbs"), "schedule.missed_sessions",
                [{"date": TODAY.isoformat(), "index_in_day": 1}])
    assert "SCHED-001" not in rules(findings_for(plan, kb))


@pytest.mark.parametrize("frequency", [2.0, 3.0, 4.5])
def test_frequencies_between_1_and_5_hz_warn(kb, standard, frequency) -> None:
    plan = edit(edit(standard, "blocks.0.pattern.frequency_hz", frequency), "blocks.0.pattern.pulses_per_train", 4)
    [found] = by_rule(findings_for(plan, kb), "EVD-003")
    assert found.params["frequency"] == frequency


def test_deviations_from_preset_name_each_changed_field(kb, standard) -> None:
    plan = edit(edit(standard, "blocks.0.pattern.trains", 50), "blocks.0.pattern.pulses_per_train", 30)
    found = by_rule(findings_for(plan, kb), "EVD-011")
    assert {f.params["parameter"]: (f.params["value"], f.params["ref"]) for f in found} == {
        "pulses_per_train": (30, 40), "trains": (50, 75)}
    assert {f.severity for f in found} == {Severity.INFO}


def test_unverified_preset_says_so(kb) -> None:
    [found] = by_rule(findings_for(preset_plan(kb, "itbs600-ldlpfc"), kb), "EVD-020")
    assert found.unverified and found.params["fields"] == ("blocks.0.intensity_pct_mt",)


def test_clinic_table_replaces_bundled_one(kb, standard) -> None:
    strict = SafetyLimitTable(
        id="clinic", name="Clinic policy 2026", provenance=Provenance.VERIFIED, citations=["wassermann1998"],
        note="local", frequencies_hz=[10.0], intensities_pct_mt=[100.0, 130.0], cells=[["3", "2"]],
    )
    findings = findings_for(standard, kb, CheckSettings(today=TODAY, safety_table=strict))
    [found] = by_rule(findings, "SAFE-TRAIN-001")
    assert found.params["table"] == "Clinic policy 2026" and not found.unverified
    assert found.params["limit"] == "2"
    assert "SAFE-TABLE-001" not in rules(findings)  # a verified table needs no caveat


def test_table_lookup_is_conservative(kb) -> None:
    table = kb.safety_table
    cell = lookup_limit(table, 12.0, 115.0)  # between rows and columns
    assert (cell.frequency_hz, cell.intensity_pct_mt, cell.text) == (20.0, 120.0, "1.0")
    assert lookup_limit(table, 26.0, 120.0) is None
    assert lookup_limit(table, 10.0, 221.0) is None
    assert lookup_limit(table, 10.0, 80.0).below_table


def test_findings_are_sorted_block_first(kb, standard) -> None:
    plan = standard.model_copy(update={"screening": {ScreeningItem.COCHLEAR_IMPLANT: True}})
    severities = [f.severity.rank for f in findings_for(plan, kb)]
    assert severities == sorted(severities)


def test_checks_do_not_depend_on_wall_clock(kb, standard) -> None:
    a = findings_for(standard, kb, CheckSettings(today=dt.date(2026, 11, 23)))
    b = findings_for(standard, kb, CheckSettings(today=dt.date(2026, 11, 23)))
    assert a == b
