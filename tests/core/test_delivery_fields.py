"""The delivery fields (MT muscle, coil model and orientation, electrode position, coordinates), the screening
record, and the protocol steps that come from the evidence base."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from planfactory import TODAY, edit, preset_plan
from pydantic import ValidationError

from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.course_view import checked_course_view, derived_json
from tmsplanner.core.errors import PlanFileError
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.protocols import Protocol
from tmsplanner.core.plan import EEG_POSITIONS, Plan, ScreeningConfirmation
from tmsplanner.core.planio import dump_plan, load_plan, parse_plan, save_plan
from tmsplanner.core.resources import resource_path
from tmsplanner.core.screening import screening_needs_draft, screening_open_items
from tmsplanner.core.vocab import MTMuscle, Provenance, ScreeningItem

EXAMPLES = sorted(resource_path("examples").glob("*.tmsplan"))
DATA = sorted((Path(__file__).parent.parent / "data").glob("*.tmsplan"))
EXAMPLE = resource_path("examples", "standard-10hz-ldlpfc.tmsplan").read_bytes()


def full_plan(kb: KnowledgeBase) -> Plan:
    """A preset plan with every new field filled in."""
    plan = preset_plan(kb, "deep-tms-h7-ocd")
    for path, value in (
        ("motor_threshold.muscle", "leg"),
        ("device.coil_model", "H7 deep-TMS coil, serial 0042"),
        ("blocks.0.coil_orientation", "handle 45° to the midline, pointing back"),
        ("blocks.0.eeg_position", "fz"),
        ("blocks.0.mni", {"x_mm": -38, "y_mm": 44, "z_mm": 26}),
        ("blocks.0.native", {"x_mm": 12.5, "y_mm": -250, "z_mm": 299}),
        ("screening_recorded_by", "Nurse Ковальчук"),
        ("screening_recorded_on", "2026-11-20"),
        ("screening_confirmed", {"by": "Dr Петренко", "on": "2026-11-21", "note": "pregnancy test pending"}),
    ):
        plan = edit(plan, path, value)
    return plan


def problem(doc: dict) -> str:
    with pytest.raises(PlanFileError) as info:
        parse_plan(json.dumps(doc).encode(), "plan.tmsplan")
    message = str(info.value)
    assert "\n" not in message and message.startswith("plan.tmsplan: ")
    assert "\x1b" not in message and "\x00" not in message
    return message


# --- the plan file ---------------------------------------------------------------------------------------------


def test_every_new_field_round_trips_through_save_and_load(kb: KnowledgeBase, tmp_path: Path) -> None:
    plan = full_plan(kb)
    assert plan.blocks[0].eeg_position == "Fz"  # case is normalised
    target = tmp_path / "full.tmsplan"
    save_plan(plan, target)
    loaded = load_plan(target)
    assert loaded == plan
    assert loaded.motor_threshold.muscle == MTMuscle.LEG
    assert loaded.device.coil_model == "H7 deep-TMS coil, serial 0042"
    assert loaded.blocks[0].coil_orientation == "handle 45° to the midline, pointing back"
    assert loaded.blocks[0].native is not None and loaded.blocks[0].native.y_mm == -250
    assert loaded.screening_recorded_on == dt.date(2026, 11, 20)
    assert loaded.screening_confirmed == ScreeningConfirmation(by="Dr Петренко", on=dt.date(2026, 11, 21),
                                                               note="pregnancy test pending")
    assert dump_plan(loaded) == dump_plan(plan)


def test_every_new_field_goes_through_check_json(kb: KnowledgeBase, tmp_path: Path) -> None:
    target = tmp_path / "full.tmsplan"
    save_plan(full_plan(kb), target)
    result = subprocess.run([sys.executable, "-m", "tmsplanner", "check", str(target), "--json", "--today",
                             TODAY.isoformat()], capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert result.returncode in (0, 1), result.stderr  # read and checked (2 would be an unreadable file)
    block = json.loads(result.stdout)["derived"]["blocks"][0]
    assert block["mt_kind"] == "resting" and block["mt_muscle"] == "leg"
    assert [s["id"] for s in block["steps"]] == ["symptom-provocation"]
    assert load_plan(target) == full_plan(kb)


@pytest.mark.parametrize("path", EXAMPLES + DATA, ids=lambda p: p.name)
def test_old_plan_files_still_load_with_the_defaults(path: Path) -> None:
    plan = load_plan(path)
    assert plan.motor_threshold.muscle == MTMuscle.HAND_FDI
    assert plan.device.coil_model is None
    assert all(b.coil_orientation is None and b.eeg_position is None and b.native is None for b in plan.blocks)
    assert plan.screening_recorded_by is None and plan.screening_recorded_on is None
    assert plan.screening_confirmed is None


def test_the_schema_describes_the_new_fields() -> None:
    schema = json.dumps(Plan.model_json_schema())
    for name in ("muscle", "coil_model", "coil_orientation", "eeg_position", "native", "screening_recorded_by",
                 "screening_recorded_on", "screening_confirmed", "ScreeningConfirmation", "NativeCoordinate"):
        assert f'"{name}"' in schema, name


# --- bad values: one line naming the field -------------------------------------------------------------------


@pytest.mark.parametrize(("path", "value", "field", "words"), [
    (("motor_threshold", "muscle"), "foot", "motor_threshold.muscle", "'hand_fdi'"),
    (("device", "coil_model"), "x" * 201, "device.coil_model", "at most 200 characters"),
    (("device", "coil_model"), "H7\nserial", "device.coil_model", "control characters"),
    (("device", "coil_model"), "   ", "device.coil_model", "at least 1 character"),
    (("blocks", 0, "coil_orientation"), "\x1b[31mback", "blocks[0].coil_orientation", "control characters"),
    (("blocks", 0, "coil_orientation"), "y" * 201, "blocks[0].coil_orientation", "at most 200 characters"),
    (("blocks", 0, "eeg_position"), "F33", "blocks[0].eeg_position", "10-20 or 10-10"),
    (("blocks", 0, "eeg_position"), "Fp3", "blocks[0].eeg_position", "10-20 or 10-10"),
    (("blocks", 0, "eeg_position"), "F3\x1b", "blocks[0].eeg_position", "10-20 or 10-10"),
    (("blocks", 0, "eeg_position"), 3, "blocks[0].eeg_position", "valid string"),
    (("blocks", 0, "native"), {"x_mm": 0, "y_mm": 0, "z_mm": 301}, "blocks[0].native.z_mm",
     "less than or equal to 300"),
    (("blocks", 0, "native"), {"x_mm": -300.5, "y_mm": 0, "z_mm": 0}, "blocks[0].native.x_mm",
     "greater than or equal to -300"),
    (("blocks", 0, "native"), {"x_mm": 0, "y_mm": 0}, "blocks[0].native.z_mm", "required"),
    (("blocks", 0, "mni"), {"x_mm": 0, "y_mm": -131, "z_mm": 0}, "blocks[0].mni.y_mm",
     "greater than or equal to -130"),
    (("screening_recorded_by",), "a\x00b", "screening_recorded_by", "control characters"),
    (("screening_recorded_on",), "1999-12-31", "screening_recorded_on", "planning horizon"),
    (("screening_recorded_on",), "yesterday", "screening_recorded_on", "date"),
    (("screening_confirmed",), {"on": "2026-11-21"}, "screening_confirmed.by", "required"),
    (("screening_confirmed",), {"by": "", "on": "2026-11-21"}, "screening_confirmed.by", "at least 1 character"),
    (("screening_confirmed",), {"by": "Dr A", "on": "2101-01-01"}, "screening_confirmed.on", "planning horizon"),
    (("screening_confirmed",), {"by": "Dr A", "on": "2026-11-21", "note": "z" * 201}, "screening_confirmed.note",
     "at most 200 characters"),
    (("screening_confirmed",), {"by": "Dr A", "on": "2026-11-21", "when": "now"}, "screening_confirmed.when",
     "unknown field"),
])
def test_bad_values_give_one_line_naming_the_field(path: tuple, value: object, field: str, words: str) -> None:
    doc = json.loads(EXAMPLE)
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    message = problem(doc)
    assert f"field '{field}'" in message, message
    assert words in message, message


def test_electrode_positions_are_the_10_20_and_10_10_labels() -> None:
    for label in ("F3", "F4", "Fp1", "Fp2", "Fpz", "AF3", "FC1", "Cz", "C3", "T7", "T3", "CP5", "P4", "PO8", "O1",
                  "Oz", "Iz", "Nz", "A1", "M2"):
        assert label in EEG_POSITIONS
    for label in ("F0", "Fp3", "Cx", "X1", "C11", "FT1"):
        assert label not in EEG_POSITIONS


# --- the H7 and H4 presets: MT muscle and steps from the evidence base ----------------------------------------


def test_the_h7_preset_scales_to_the_leg_mt_and_provokes_symptoms_first(kb: KnowledgeBase) -> None:
    plan = preset_plan(kb, "deep-tms-h7-ocd")
    assert plan.motor_threshold.muscle == MTMuscle.LEG
    view = checked_course_view(plan, kb, CheckSettings(today=TODAY))
    assert view.blocks[0].mt_muscle == MTMuscle.LEG
    step = view.blocks[0].steps[0]
    assert step.id == "symptom-provocation" and step.provenance == Provenance.VERIFIED
    assert step.citations == ["carmi2019"]
    assert view.steps == view.blocks[0].steps
    derived = derived_json(view)
    assert derived["blocks"][0]["mt_muscle"] == "leg"
    assert derived["blocks"][0]["steps"] == [{"id": "symptom-provocation", "text": step.text}]
    assert "symptom provocation" in step.text


def test_the_h4_preset_runs_the_cue_procedure_before_every_session(kb: KnowledgeBase) -> None:
    plan = preset_plan(kb, "deep-tms-h4-smoking")
    assert plan.motor_threshold.muscle == MTMuscle.HAND_FDI
    derived = derived_json(checked_course_view(plan, kb, CheckSettings(today=TODAY)))
    steps = derived["blocks"][0]["steps"]
    assert [s["id"] for s in steps] == ["cue-induced-craving"]
    assert "cigarette and lighter" in steps[0]["text"] and "cue-induced craving" in steps[0]["text"]
    step = kb.protocols["deep-tms-h4-smoking"].steps[0]
    assert step.citations == ["zangen2021"] and step.provenance == Provenance.VERIFIED


def test_presets_without_steps_and_hand_plans_have_none(kb: KnowledgeBase) -> None:
    for preset in ("neurostar-10hz-ldlpfc", "sequential-bilateral"):
        view = checked_course_view(preset_plan(kb, preset), kb, CheckSettings(today=TODAY))
        assert all(b.steps == () for b in view.blocks)
        assert all(b["steps"] == [] and b["mt_muscle"] == "hand_fdi" for b in derived_json(view)["blocks"])
    by_hand = edit(preset_plan(kb, "deep-tms-h7-ocd"), "protocol_id", None)
    assert checked_course_view(by_hand, kb, CheckSettings(today=TODAY)).steps == ()


def test_a_block_added_after_the_preset_blocks_gets_no_steps(kb: KnowledgeBase) -> None:
    plan = preset_plan(kb, "deep-tms-h7-ocd")
    plan = edit(plan, "blocks", [plan.blocks[0].model_dump(mode="json")] * 2)
    view = checked_course_view(plan, kb, CheckSettings(today=TODAY))
    assert [len(b.steps) for b in view.blocks] == [1, 0]


def test_every_step_cites_known_references_its_protocol_cites(kb: KnowledgeBase) -> None:
    for proto in kb.protocols.values():
        for step in proto.steps:
            assert set(step.citations) <= set(proto.citations) and set(step.citations) <= set(kb.references)
            assert len(step.text) <= 300 and "\n" not in step.text


def test_a_step_citing_what_its_protocol_does_not_is_refused(kb: KnowledgeBase) -> None:
    data = kb.protocols["deep-tms-h7-ocd"].model_dump()
    data["steps"][0]["citations"] = ["zangen2021"]
    with pytest.raises(ValidationError, match="which the protocol does not cite"):
        Protocol.model_validate(data)
    data["steps"][0].update(citations=["carmi2019"], before_block=2)
    with pytest.raises(ValidationError, match="names no block"):
        Protocol.model_validate(data)


# --- the screening record -------------------------------------------------------------------------------------


def test_open_items_are_the_unanswered_ones_in_questionnaire_order(kb: KnowledgeBase) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    assert screening_open_items(plan) == []
    assert not screening_needs_draft(plan)
    plan = edit(plan, "screening", {"pregnancy": None, "epilepsy_or_seizure": True})
    assert screening_open_items(plan) == [item for item in ScreeningItem if item != ScreeningItem.EPILEPSY_OR_SEIZURE]


def test_unanswered_items_need_a_draft_until_a_clinician_confirms_them(kb: KnowledgeBase) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    plan = edit(plan, "screening", {item.value: False for item in ScreeningItem if item != ScreeningItem.PREGNANCY})
    assert screening_open_items(plan) == [ScreeningItem.PREGNANCY]
    assert screening_needs_draft(plan)
    plan = edit(plan, "screening_recorded_by", "Nurse A")  # who recorded it is not a confirmation
    assert screening_needs_draft(plan)
    confirmed = edit(plan, "screening_confirmed", {"by": "Dr B", "on": "2026-11-23"})
    assert not screening_needs_draft(confirmed)
    assert screening_open_items(confirmed) == [ScreeningItem.PREGNANCY]  # still open, visibly
    unanswered = edit(confirmed, "screening", {})
    assert not screening_needs_draft(unanswered) and len(screening_open_items(unanswered)) == len(ScreeningItem)
    assert screening_needs_draft(edit(unanswered, "screening_confirmed", None))


def test_a_fully_answered_screening_never_needs_a_draft_for_itself(kb: KnowledgeBase) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "screening",
                {item.value: True for item in ScreeningItem})
    assert screening_open_items(plan) == [] and not screening_needs_draft(plan)
