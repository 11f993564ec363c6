"""Finding messages: the catalogue's templates checked at load, and rendered by kind through a translator."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Sequence

import pytest
from pydantic import ValidationError

from tmsplanner.core.checks import Finding
from tmsplanner.core.errors import EvidenceError
from tmsplanner.core.evidence.kb import load_knowledge_base
from tmsplanner.core.evidence.models import PARAM_KINDS, Rule
from tmsplanner.core.messages import EnglishTranslator, finding_as_json, format_param, render_finding
from tmsplanner.core.resources import resource_path
from tmsplanner.core.vocab import Severity


def english(kb) -> EnglishTranslator:
    return EnglishTranslator(kb)


# ---- one rendering per kind, the expected English worked out by hand -----------------------------------------

def test_numbers_print_with_the_decimals_of_their_kind(kb) -> None:
    finding = Finding("SAFE-ITI-001", Severity.BLOCK, "blocks[1].pattern.inter_train_interval_s",
                      {"block": 2, "iti": 0.754, "intensity": 112.46, "max_iti": 1.0, "above": 100})
    assert render_finding(finding, kb.rules, english(kb)) == (
        "Block 2: a pause of 0.75 s between trains at 112.5% MT. "
        "Pauses of 1 s or less were unsafe above 100% MT (Chen et al. 1997).")


def test_table_cells_keep_their_lower_bound(kb) -> None:
    finding = Finding("SAFE-TRAIN-003", Severity.WARN, "blocks[0].pattern", {
        "block": 1, "train_s": 12.0, "frequency": 5.0, "intensity": 120.0, "table": "Clinic table",
        "limit": ">10", "cell_frequency": 5.0, "cell_intensity": 120.0}, variant="beyond_tested")
    assert render_finding(finding, kb.rules, english(kb)) == (
        "Block 1: no safety data for a 12 s train at 5 Hz and 120% MT in table 'Clinic table': it is longer than "
        "the longest train tested without adverse effects (>10 s at 5 Hz, 120% MT). "
        "Decide with a physician experienced in rTMS.")


def test_dates_print_iso_in_english(kb) -> None:
    finding = Finding("MT-002", Severity.WARN, "motor_threshold.measured_on",
                      {"measured": dt.date(2026, 12, 24), "today": dt.date(2026, 11, 23)})
    assert render_finding(finding, kb.rules, english(kb)) == (
        "The motor threshold date 2026-12-24 is after today (2026-11-23); check the record.")


def test_times_print_as_hours_and_minutes(kb) -> None:
    finding = Finding("SCHED-002", Severity.WARN, "schedule.clinic_closing_time",
                      {"count": 10, "closing": dt.time(17, 0), "end": dt.time(18, 9)})
    assert render_finding(finding, kb.rules, english(kb)) == (
        "10 session(s) end after the clinic's closing time of 17:00; the latest ends at 18:09. "
        "Start earlier or plan fewer sessions a day.")


def test_ids_print_through_the_labels(kb) -> None:
    coil = Finding("EVD-013", Severity.WARN, "device.coil", {"value": "h1", "ref": "figure8", "protocol": "P"},
                   variant="coil")
    assert render_finding(coil, kb.rules, english(kb)) == "The coil is 'H1 (deep TMS)'; 'P' uses 'Figure-8'."
    unanswered = Finding("SCR-003", Severity.WARN, "screening.pregnancy",
                         {"count": 2, "total": 11, "items": ("pregnancy", "head_injury")})
    assert render_finding(unanswered, kb.rules, english(kb)) == (
        "2 of 11 screening items are unanswered: pregnancy, severe head injury.")


def test_evidence_records_print_by_id(kb) -> None:
    graded = Finding("EVD-001", Severity.INFO, "blocks[0].pattern", {
        "block": 1, "pattern": "hf_rtms", "target": "left_dlpfc", "indication": "mdd",
        "grades": ("lefaucheur2020-mdd-hf-ldlpfc", "lefaucheur2014-mdd-hf-ldlpfc")})
    assert render_finding(graded, kb.rules, english(kb)) == (
        "Guideline level for block 1 (high-frequency rTMS to the Left DLPFC) in major depressive disorder: "
        "Level A (Lefaucheur 2020), Level A (Lefaucheur 2014).")


class Shouting:
    """A stand-in second language: its own template, comma decimals, day-first dates."""

    def template(self, rule_id: str, variant: str | None, english: str) -> str:
        return f"[{rule_id}] PAUSE {{iti}} S AT {{intensity}} %MT (BLOCK {{block}}; {{max_iti}}/{{above}})"

    def number(self, value: float, decimals: int) -> str:
        return f"{value:.{decimals}f}".replace(".", ",")

    def date(self, value: dt.date) -> str:
        return value.strftime("%d.%m.%Y")

    def time(self, value: dt.time) -> str:
        return value.strftime("%H.%M")

    def label(self, kind: str, value: str) -> str:
        return value.upper()

    def join(self, items: Sequence[str]) -> str:
        return " / ".join(items)


def test_the_translator_is_the_language_seam(kb) -> None:
    finding = Finding("SAFE-ITI-001", Severity.BLOCK, "f", {"block": 1, "iti": 0.5, "intensity": 110.0,
                                                               "max_iti": 1.0, "above": 100.0})
    assert render_finding(finding, kb.rules, Shouting()) == \
        "[SAFE-ITI-001] PAUSE 0,50 S AT 110,0 %MT (BLOCK 1; 1,00/100,0)"
    assert format_param("date", dt.date(2026, 1, 2), Shouting()) == "02.01.2026"
    assert format_param("screening_item[]", ("pregnancy", "head_injury"), Shouting()) == "PREGNANCY / HEAD_INJURY"


def test_json_has_params_and_the_english_message(kb) -> None:
    finding = Finding("MT-001", Severity.WARN, "motor_threshold.measured_on",
                      {"measured": dt.date(2026, 11, 1), "age": 22, "reference": dt.date(2026, 11, 23), "limit": 7})
    data = finding_as_json(finding, kb.rules, english(kb))
    assert data == {
        "rule": "MT-001", "severity": "warn", "field": "motor_threshold.measured_on", "variant": None,
        "params": {"measured": "2026-11-01", "age": 22, "reference": "2026-11-23", "limit": 7},
        "message": "The motor threshold was measured on 2026-11-01, 22 days before 2026-11-23; "
                   "the clinic limit is 7 days. Re-determine it before treatment.",
        "citations": [], "unverified": False,
    }
    json.dumps(data)


def test_every_catalogued_kind_renders_in_english(kb) -> None:
    samples = {"index": 1, "count": 2, "days": 3, "number": 1.5, "seconds": 0.25, "minutes": 15.0, "hz": 10.0,
               "pct_mt": 120.0, "pct_mso": 52.5, "percent": 25.0, "table_cell": ">5", "date": dt.date(2026, 1, 2),
               "time": dt.time(9, 5), "text": "Name", "indication": "mdd", "target": "left_dlpfc", "coil": "h7",
               "mt_kind": "active", "pattern_class": "itbs", "pattern_type": "tbs", "pattern_field": "trains",
               "screening_item": "pregnancy", "guideline": "lefaucheur2020-mdd-hf-ldlpfc",
               "clearance": "fda-neurostar-2008-mdd", "protocol": "neurostar-10hz-ldlpfc",
               "field": "blocks[0].pattern.frequency_hz", "interaction": "alcohol:0", "medication": "bupropion",
               "side_effect": "scalp_pain"}
    assert set(samples) == set(PARAM_KINDS)
    words = {kind: format_param(kind, value, english(kb)) for kind, value in samples.items()}
    assert words["seconds"] == "0.25" and words["pct_mso"] == "52.5" and words["minutes"] == "15"
    assert words["table_cell"] == ">5" and words["time"] == "09:05" and words["date"] == "2026-01-02"
    assert words["pattern_class"] == "intermittent theta burst" and words["coil"] == "H7 (deep TMS)"
    assert words["clearance"] == "US FDA 2008-10, NeuroStar TMS Therapy (Neuronetics)"
    assert words["protocol"] == "Standard 10 Hz left DLPFC (NeuroStar, O'Reardon 2007)"
    assert words["field"] == "Block 1 › Pulse pattern › Frequency"
    assert words["medication"] == "Bupropion"
    assert words["interaction"] == "May lower the seizure threshold."
    assert words["side_effect"] == "scalp pain or discomfort"
    assert all(words.values())


# ---- the catalogue is checked when it loads -------------------------------------------------------------------

def _rule(**changes) -> dict:
    base = {"id": "TEST-001", "severity": "warn", "title": "t", "rationale": "r",
            "message": "Block {block}: {iti} s.", "params": {"block": "index", "iti": "seconds"}}
    return {**base, **changes}


def test_a_good_rule_loads() -> None:
    rule = Rule.model_validate(_rule(lowered_to="info", lowered_when="matched"))
    assert rule.severities == (Severity.WARN, Severity.INFO)


@pytest.mark.parametrize(("changes", "problem"), [
    ({"message": "Block {block}: {iti} s, {pause}."},
     "rule TEST-001: placeholder '{pause}' in the message is not a declared param"),
    ({"params": {"block": "index", "iti": "seconds", "extra": "hz"}},
     "param 'extra' is declared but the message does not use it"),
    ({"params": {"block": "index", "iti": "furlongs"}}, "param 'iti' has unknown kind 'furlongs'"),
    ({"message": "Block {block}: {iti:.2f} s."}, "placeholder '{iti}' must be a bare name"),
    ({"severity": "fatal"}, "severity"),
    ({"lowered_to": "block", "lowered_when": "never"}, "lowered_to 'block' is not lowered from 'warn'"),
    ({"raised_to": "block"}, "raised_to and raised_when go together"),
    ({"variants": {"v": {"message": "{block} {other}", "params": {"block": "index"}}}},
     "rule TEST-001 variant 'v': placeholder '{other}'"),
])
def test_a_broken_rule_is_refused(changes, problem) -> None:
    with pytest.raises(ValidationError, match=problem.replace("(", r"\(").replace("{", r"\{").replace("}", r"\}")):
        Rule.model_validate(_rule(**changes))


def test_a_broken_catalogue_is_refused_at_load_naming_rule_and_placeholder(tmp_path) -> None:
    root = tmp_path / "resources"
    shutil.copytree(resource_path(), root)
    rules = root / "safety" / "rules.toml"
    text = rules.read_text(encoding="utf-8")
    good = "Pauses of {max_iti} s or less"
    assert good in text
    rules.write_text(text.replace(good, "Pauses of {max_pause} s or less"), encoding="utf-8")
    with pytest.raises(EvidenceError) as refused:
        load_knowledge_base(root)
    assert "rules.toml" in str(refused.value)
    assert "SAFE-ITI-001" in str(refused.value) and "{max_pause}" in str(refused.value)


def test_a_field_path_is_printed_in_words() -> None:
    from tmsplanner.core.fieldnames import field_words

    assert field_words("blocks[0].pattern.frequency_hz") == "Block 1 › Pulse pattern › Frequency"
    assert field_words("blocks.1.pattern.bursts_per_train") == "Block 2 › Pulse pattern › Bursts per train"
    assert field_words("schedule.phases[1].weeks") == "Schedule › Phase 2 › Weeks"
    assert field_words("screening.epilepsy_or_seizure") == "Safety screening › Epilepsy or seizure"
    assert field_words("blocks") == "Blocks" and field_words("motor_threshold.value_pct_mso") == "Motor threshold"
