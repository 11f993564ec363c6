"""The research export: a course record as a BIDS dataset in the NIBS-BIDS v6.3 draft's form."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planfactory import TODAY, edit

from tmsplanner.app import research_export
from tmsplanner.app.plans import new_plan
from tmsplanner.app.records import (
    RecordError,
    course_record,
    planned_blocks,
    record_deviation,
    record_retest,
    record_session,
)
from tmsplanner.app.research_export import (
    NIBS_BIDS_VERSION,
    SUBJECT_LABEL_MAX,
    check_subject_label,
    export_nibs_bids,
)
from tmsplanner.app.store import open_store
from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.errors import FileWriteError
from tmsplanner.core.record import Deviation, MTRetest, SessionRecord
from tmsplanner.core.record_view import RecordView
from tmsplanner.core.vocab import DeviationKind, MTKind, MTMethod

PATIENT_ID = "PAT-778899"
PATIENT_NAME = "Erika Mustermann"
SUBJECT = "S07"
MT = 55.0
RETEST_MT = 60.0


class Course:
    """A short course of sequential bilateral rTMS recorded through the application layer."""

    def __init__(self, folder: Path, kb) -> None:
        plan = new_plan(kb, "sequential-bilateral", patient_id=PATIENT_ID, today=TODAY, mt_pct_mso=MT)
        plan = edit(plan, "patient.display_name", PATIENT_NAME)
        plan = edit(plan, "device.name", "MagPro R30")
        plan = edit(plan, "device.coil_model", f"loaned for {PATIENT_ID}")  # free text naming the patient
        plan = edit(plan, "blocks.1.eeg_position", "F3")
        self.plan = plan
        self.store = open_store(f"sqlite:///{folder}/r.sqlite3")
        view = course_record(self.store, plan, kb, CheckSettings(today=TODAY)).course
        self.dates = {n: view.sessions[n - 1].date for n in range(1, 6)}
        self.starts = {n: view.sessions[n - 1].start.time() for n in range(1, 6)}
        # Session 1 as planned; session 2 with block 1 turned up and block 2 interrupted (no start time
        # recorded), then marked shortened; session 3 missed; an MT re-test before session 4.
        first = planned_blocks(view, 1)
        self.delivered = {1: first}
        second = planned_blocks(view, 2)
        self.delivered[2] = (second[0].model_copy(update={"intensity_pct_mso": 68.0}),
                             second[1].model_copy(update={"pulses": 700, "interrupted": True}))
        self.delivered[4] = tuple(b.model_copy(update={"intensity_pct_mso": 72.0}) for b in planned_blocks(view, 4))
        record_session(self.store, plan, kb, SessionRecord(session=1, date=self.dates[1], start=self.starts[1],
                                                           operator="AB", blocks=self.delivered[1]))
        record_session(self.store, plan, kb, SessionRecord(session=2, date=self.dates[2], operator="AB",
                                                           blocks=self.delivered[2]))
        record_deviation(self.store, plan, kb, Deviation(session=2, date=self.dates[2],
                                                         deviation=DeviationKind.SHORTENED, operator="AB"))
        record_deviation(self.store, plan, kb, Deviation(session=3, date=self.dates[3],
                                                         deviation=DeviationKind.MISSED, reason="unwell",
                                                         operator="AB"))
        record_retest(self.store, plan, MTRetest(date=self.dates[4], value_pct_mso=RETEST_MT,
                                                 mt_kind=MTKind.RESTING, method=MTMethod.EMG, operator="AB"))
        record_session(self.store, plan, kb, SessionRecord(session=4, date=self.dates[4], start=self.starts[4],
                                                           operator="AB", blocks=self.delivered[4]))
        self.view: RecordView = course_record(self.store, plan, kb, CheckSettings(today=TODAY))


@pytest.fixture(scope="module")
def course(tmp_path_factory, kb) -> Course:
    made = Course(tmp_path_factory.mktemp("store"), kb)
    yield made
    made.store.close()


@pytest.fixture(scope="module")
def dataset(course, tmp_path_factory) -> tuple[Path, list[Path]]:
    folder = tmp_path_factory.mktemp("export") / "bids"
    return folder, export_nibs_bids(course.view, course.plan, folder, subject=SUBJECT)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def nibs_file(folder: Path, session: str, suffix: str) -> Path:
    return folder / f"sub-{SUBJECT}" / f"ses-{session}" / "nibs" / f"sub-{SUBJECT}_ses-{session}_task-rtms_{suffix}"


def entries(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


# -- what is written -------------------------------------------------------------------------------------------

def test_the_recorded_course_is_as_the_test_means_it(course):
    status = {s.session: s.status for s in course.view.sessions}
    assert status[1] == "delivered" and status[2] == "shortened" and status[3] == "missed"
    assert status[4] == "delivered" and status[5] == "pending"
    assert course.view.current_mt(course.dates[4]).value_pct_mso == RETEST_MT


def test_only_delivered_sessions_are_written(dataset):
    folder, written = dataset
    assert sorted(p.name for p in (folder / f"sub-{SUBJECT}").iterdir()) == ["ses-01", "ses-02", "ses-04"]
    assert all(p.is_file() and folder in p.parents for p in written)
    assert sorted(p for p in folder.rglob("*") if p.is_file()) == sorted(written)
    for session in ("01", "02", "04"):
        for suffix in ("nibs.tsv", "nibs.json", "events.tsv", "events.json", "markers.tsv", "markers.json"):
            assert nibs_file(folder, session, suffix).is_file()
    assert not any("ses-03" in str(p) or "ses-05" in str(p) for p in written)


def test_nibs_rows_equal_the_record(course, dataset):
    folder, _ = dataset
    settings = course.view.course.blocks
    for number, session in ((1, "01"), (2, "02"), (4, "04")):
        rows = read_tsv(nibs_file(folder, session, "nibs.tsv"))
        assert [r["nibs_event_id"] for r in rows] == ["block1", "block2"]
        for row, got, block in zip(rows, course.delivered[number], settings, strict=True):
            assert row["nibs_type"] == "TMS"
            assert row["stimulator_id"] == "Stimulator_1" and row["nibs_element_id"] == "Coil_1"
            assert float(row["stimulus_intensity"]) == got.intensity_pct_mso
            assert int(row["stimulus_count"]) == got.pulses
            assert row["intensity_reference"] == "rMT"
            assert float(row["intensity_scaling"]) == pytest.approx(block.intensity_pct_mt / 100)
            assert row["stimulus_validation"] == "observed"
            start = course.starts[number] if number != 2 else None
            stamp = course.dates[number].isoformat() if start is None else \
                dt.datetime.combine(course.dates[number], start).isoformat(timespec="seconds")
            assert row["timestamp"] == stamp
            t = block.dose.timing
            assert int(row["pattern1_count"]) == t.pulses_in_burst
            assert float(row["pattern1_interval"]) == pytest.approx(t.inter_pulse_interval_s)
            assert int(row["pattern2_count"]) == t.bursts_in_train
            assert float(row["pattern2_interval"]) == pytest.approx(t.inter_burst_interval_s)
            assert int(row["pattern3_count"]) == t.trains_in_protocol == 1
            assert row["pattern3_interval"] == row["pattern3_frequency"] == "n/a"  # an unused layer
            for layer in ("pattern1", "pattern2"):  # the draft's rule: frequency = 1 / interval
                assert float(row[f"{layer}_frequency"]) == pytest.approx(1 / float(row[f"{layer}_interval"]))
            if got.interrupted:
                assert row["status"] == "interrupted"
                assert f"{got.pulses} of {block.dose.pulses}" in row["status_description"]
            else:
                assert row["status"] == "complete"
            if number == 2:
                assert "shortened" in row["status_description"]
            else:
                assert row["status_description"] == "n/a"


def test_the_intensity_set_is_the_threshold_in_force_that_day(dataset):
    folder, _ = dataset
    for session, value in (("01", MT), ("02", MT), ("04", RETEST_MT)):
        sidecar = json.loads(nibs_file(folder, session, "nibs.json").read_text(encoding="utf-8"))
        (threshold,) = sidecar["IntensitySet"]
        assert threshold["IntensityID"] == "rMT" and threshold["Type"] == "resting_motor"
        assert threshold["Value"] == value and threshold["Units"] == "% Maximum Stimulator Output"
        assert sidecar["StimulatorSet"]["StimulatorID"] == "Stimulator_1"
        assert sidecar["StimulatorSet"]["ManufacturerModelName"] == "MagPro R30"
        assert sidecar["ElementSet"][0]["ElementID"] == "Coil_1"
        assert sidecar["ElementSet"][0]["ElementType"] == "coil"
        assert sidecar["ElementSet"][0]["ModelName"] == "n/a"  # the clinic's text named the patient


def test_events_and_markers(course, dataset):
    folder, _ = dataset
    first, second = (b.dose.duration_s for b in course.view.course.blocks)
    for session in ("01", "02", "04"):
        events = read_tsv(nibs_file(folder, session, "events.tsv"))
        assert [e["nibs_event_id"] for e in events] == ["block1", "block2"]
        assert [float(e["onset"]) for e in events] == [0, first]
        assert float(events[0]["duration"]) == first
        assert events[1]["duration"] == ("n/a" if session == "02" else str(int(second)))  # interrupted in ses-02
        markers = read_tsv(nibs_file(folder, session, "markers.tsv"))
        assert [m["nibs_position_id"] for m in markers] == [e["nibs_position_id"] for e in events]
        assert [m["position_label"] for m in markers] == ["right_dlpfc", "F3"]
        assert [m["target_label"] for m in markers] == ["right_dlpfc", "left_dlpfc"]
        assert {m["nibs_element_id"] for m in markers} == {"Coil_1"}


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def test_every_numeric_column_has_its_units_declared(dataset):
    folder, _ = dataset
    checked = 0
    for tsv in folder.rglob("*.tsv"):
        rows = read_tsv(tsv)
        numeric = [c for c in rows[0] if any(_is_number(r[c]) for r in rows)]
        if not numeric:
            continue
        sidecar = json.loads(tsv.with_suffix(".json").read_text(encoding="utf-8"))
        for column in numeric:
            assert sidecar[column]["Units"], (tsv.name, column)
            checked += 1
    # per session: nibs.tsv's intensity, scaling, pulses and the pattern columns used, events.tsv's onset and duration
    assert checked == 3 * (10 + 2)
    for session in ("01", "02", "04"):  # the layer this course leaves unused (n/a) is declared as well
        sidecar = json.loads(nibs_file(folder, session, "nibs.json").read_text(encoding="utf-8"))
        for layer in ("pattern1", "pattern2", "pattern3"):
            assert sidecar[f"{layer}_count"]["Units"] and sidecar[f"{layer}_interval"]["Units"] == "s"
            assert sidecar[f"{layer}_frequency"]["Units"] == "Hz"
    for path in folder.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_the_dataset_names_the_draft(dataset):
    folder, _ = dataset
    description = json.loads((folder / "dataset_description.json").read_text(encoding="utf-8"))
    assert description["NIBSBIDSVersion"] == NIBS_BIDS_VERSION
    assert "v6.3" in NIBS_BIDS_VERSION and "2026" in NIBS_BIDS_VERSION
    assert description["DatasetType"] == "raw" and description["BIDSVersion"]
    assert description["GeneratedBy"][0]["Name"] == "tmsplanner"
    assert read_tsv(folder / "participants.tsv") == [{"participant_id": f"sub-{SUBJECT}"}]


def test_no_file_names_the_patient(course, dataset):
    folder, written = dataset
    for path in written:
        text = path.read_bytes().decode("utf-8").casefold()
        for private in (PATIENT_ID, PATIENT_NAME, "Mustermann", course.plan.plan_id, "unwell"):
            assert private.casefold() not in text, (path.name, private)
        assert PATIENT_ID.casefold() not in str(path.relative_to(folder)).casefold()


def test_theta_burst_fills_all_three_pattern_layers(kb, tmp_path):
    plan = new_plan(kb, "snt-accelerated-itbs", patient_id=PATIENT_ID, today=TODAY, mt_pct_mso=MT)
    with open_store(f"sqlite:///{tmp_path}/r.sqlite3") as store:
        view = course_record(store, plan, kb, CheckSettings(today=TODAY)).course
        first = view.sessions[0]
        record_session(store, plan, kb, SessionRecord(session=1, date=first.date, start=first.start.time(),
                                                      operator="AB", blocks=planned_blocks(view, 1)))
        recorded = course_record(store, plan, kb, CheckSettings(today=TODAY))
    folder = tmp_path / "bids"
    export_nibs_bids(recorded, plan, folder, subject="P1")
    (row,) = read_tsv(folder / "sub-P1" / "ses-01" / "nibs" / "sub-P1_ses-01_task-rtms_nibs.tsv")
    counts = [int(row[f"pattern{k}_count"]) for k in (1, 2, 3)]
    assert counts == [3, 10, 60] and int(row["stimulus_count"]) == 3 * 10 * 60
    assert [float(row[f"pattern{k}_interval"]) for k in (1, 2, 3)] == pytest.approx([0.02, 0.2, 10])
    assert [float(row[f"pattern{k}_frequency"]) for k in (1, 2, 3)] == pytest.approx([50, 5, 0.1])
    assert float(row["intensity_scaling"]) == pytest.approx(0.9)
    assert row["status"] == "complete" and row["status_description"] == "n/a"


# -- what is refused --------------------------------------------------------------------------------------------

@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_a_subject_label_is_letters_and_digits_only(label):
    allowed = 1 <= len(label) <= SUBJECT_LABEL_MAX and label.isascii() and label.isalnum()
    if allowed:
        assert check_subject_label(label) == label
    else:
        with pytest.raises(RecordError) as caught:
            check_subject_label(label)
        assert str(caught.value).startswith("subject:")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.text(max_size=30).filter(lambda s: not (s.isascii() and s.isalnum())),
    st.sampled_from(["", PATIENT_NAME, PATIENT_ID, "sub-01", "01_a", "a.b", "Ärzte", "１２", "P01\n", "a" * 65]),
))
def test_a_bad_subject_label_writes_nothing(course, label):
    with tempfile.TemporaryDirectory() as parent:
        folder = Path(parent) / "bids"
        with pytest.raises(RecordError) as caught:
            export_nibs_bids(course.view, course.plan, folder, subject=label)
        assert entries(Path(parent)) == []
        if label in (PATIENT_NAME, PATIENT_ID):
            assert label not in str(caught.value)  # the refused label (perhaps a name) is not repeated


@settings(max_examples=8, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="abcXYZ0129", min_size=1, max_size=SUBJECT_LABEL_MAX))
def test_a_good_subject_label_names_every_file(course, label):
    with tempfile.TemporaryDirectory() as parent:
        folder = Path(parent) / "bids"
        written = export_nibs_bids(course.view, course.plan, folder, subject=label)
        subject_files = [p.relative_to(folder) for p in written if p.parts[len(folder.parts)].startswith("sub-")]
        assert subject_files and all(p.parts[0] == f"sub-{label}" and p.name.startswith(f"sub-{label}_")
                                     for p in subject_files)


def test_a_non_empty_folder_is_replaced_only_when_forced(course, tmp_path):
    folder = tmp_path / "bids"
    folder.mkdir()
    export_nibs_bids(course.view, course.plan, folder, subject=SUBJECT)  # an empty folder is fine
    (folder / "mine.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(FileWriteError, match="not empty"):
        export_nibs_bids(course.view, course.plan, folder, subject="Other")
    assert (folder / "mine.txt").read_text(encoding="utf-8") == "keep"
    assert entries(tmp_path) == ["bids"]
    export_nibs_bids(course.view, course.plan, folder, subject="Other", force=True)
    assert not (folder / "mine.txt").exists() and (folder / "sub-Other").is_dir()
    assert not (folder / f"sub-{SUBJECT}").exists()
    assert entries(tmp_path) == ["bids"]  # no temporary or old folder left beside it


def test_a_file_in_the_way_is_refused(course, tmp_path):
    target = tmp_path / "bids"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(FileWriteError, match="not a folder"):
        export_nibs_bids(course.view, course.plan, target, subject=SUBJECT, force=True)
    assert target.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("existing", [False, True])
def test_a_failure_leaves_no_half_written_dataset(course, tmp_path, monkeypatch, existing):
    folder = tmp_path / "bids"
    if existing:
        export_nibs_bids(course.view, course.plan, folder, subject=SUBJECT)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    real = research_export._write_file
    calls = []

    def failing(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 5:
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(research_export, "_write_file", failing)
    with pytest.raises(FileWriteError, match="No space left on device"):
        export_nibs_bids(course.view, course.plan, folder, subject="Other", force=True)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_another_plans_record_or_an_empty_one_is_refused(course, kb, tmp_path):
    other = edit(course.plan, "plan_id", "TP-0000000000000000")
    with pytest.raises(RecordError, match="not this plan's"):
        export_nibs_bids(course.view, other, tmp_path / "a", subject=SUBJECT)
    fresh = edit(course.plan, "plan_id", "TP-1111111111111111")
    empty = course_record(course.store, fresh, kb, CheckSettings(today=TODAY))
    with pytest.raises(RecordError, match="nothing to export"):
        export_nibs_bids(empty, fresh, tmp_path / "b", subject=SUBJECT)
    assert entries(tmp_path) == []


def test_a_session_is_exported_as_the_plan_version_it_was_delivered_under(kb, tmp_path):
    """A session delivered before the plan changed carries that version's pattern, %MT, motor threshold and
    device; the patient's name as any version wrote it stays out."""
    misspelt = "Erika Musterman"
    plan = new_plan(kb, "neurostar-10hz-ldlpfc", patient_id=PATIENT_ID, today=TODAY, mt_pct_mso=MT)
    plan = edit(edit(edit(plan, "device.name", "MagPro R30"), "patient.display_name", misspelt),
                "device.coil_model", f"loaned for {misspelt}")
    changed = edit(edit(edit(plan, "blocks.0.pattern.frequency_hz", 5.0), "blocks.0.intensity_pct_mt", 110.0),
                   "device.name", "Neuro-MS/D")
    changed = edit(edit(changed, "patient.display_name", PATIENT_NAME), "motor_threshold.value_pct_mso", RETEST_MT)
    with open_store(f"sqlite:///{tmp_path}/r.sqlite3") as store:
        for version, session in ((plan, 1), (changed, 2)):
            view = course_record(store, version, kb, CheckSettings(today=TODAY)).course
            row = view.sessions[session - 1]
            record_session(store, version, kb, SessionRecord(session=session, date=row.date, operator="AB",
                                                             blocks=planned_blocks(view, session)))
        recorded = course_record(store, changed, kb, CheckSettings(today=TODAY))
    folder = tmp_path / "bids"
    export_nibs_bids(recorded, changed, folder, subject="P1")
    for session, version, device, mt in (("1", plan, "MagPro R30", MT), ("2", changed, "Neuro-MS/D", RETEST_MT)):
        path = folder / "sub-P1" / f"ses-0{session}" / "nibs" / f"sub-P1_ses-0{session}_task-rtms_nibs.tsv"
        (row,) = read_tsv(path)
        block = version.blocks[0]
        assert float(row["pattern1_frequency"]) == block.pattern.frequency_hz  # the pulses within a train
        assert float(row["pattern1_interval"]) == pytest.approx(1 / block.pattern.frequency_hz)
        assert float(row["intensity_scaling"]) == pytest.approx(block.intensity_pct_mt / 100)
        sidecar = json.loads(path.with_name(path.name.replace("nibs.tsv", "nibs.json")).read_text(encoding="utf-8"))
        assert sidecar["StimulatorSet"]["ManufacturerModelName"] == device
        assert sidecar["IntensitySet"][0]["Value"] == mt  # the threshold that version was scaled to
    for path in folder.rglob("*"):
        if path.is_file():
            assert "musterman" not in path.read_text(encoding="utf-8").casefold()  # neither spelling
