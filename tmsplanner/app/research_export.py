"""Export the delivered sessions of a course as a small BIDS dataset in the NIBS-BIDS draft's form.

The layout follows the NIBS-BIDS proposal v6.3 (BEP037, :data:`NIBS_BIDS_VERSION`):
one ``ses-<NN>`` folder per delivered session (missed and pending sessions are
not written), each with a ``nibs/`` folder holding

* ``*_nibs.tsv``: one row per delivered block, its temporal parameters (the
  block's nested timing as ``pattern1`` to ``pattern3``), the delivered %MSO,
  how it was dosed (``intensity_reference``, ``intensity_scaling``), the
  delivered pulses, whether the train was interrupted, and when;
* ``*_nibs.json``: the columns' meaning and units, the stimulator
  (``StimulatorSet``), the coil (``ElementSet``) and the motor threshold in
  force that day (``IntensitySet``);
* ``*_events.tsv`` (+ ``.json``): the blocks on the session's timeline;
* ``*_markers.tsv`` (+ ``.json``): where each block was given (its target, or
  its 10-20 position when the plan has one), without coordinates.

The subject label is a pseudonym the caller gives; the patient's name and
identifier are written nowhere (a clinic's free text that holds either is left
out). The dataset is written into a temporary folder next to the target and
renamed into place at the end, so a failure leaves no half-written dataset.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from tmsplanner import __version__
from tmsplanner.app.records import RecordError
from tmsplanner.core.course_view import BlockSettings
from tmsplanner.core.errors import FileWriteError, Phrase, os_reason
from tmsplanner.core.fileio import TEMP_MARK, host_tag, process_alive
from tmsplanner.core.plan import Block, Plan
from tmsplanner.core.record import DeliveredBlock, SessionRecord
from tmsplanner.core.record_view import MTPoint, RecordView, SessionDelivery
from tmsplanner.core.vocab import Coil, DeviationKind, MTKind, MTMethod, Target

__all__ = ["NIBS_BIDS_REFERENCE", "NIBS_BIDS_VERSION", "SUBJECT_LABEL_MAX", "check_subject_label",
           "export_nibs_bids"]

NIBS_BIDS_REFERENCE: Final = "nibsbids-v6.3"
NIBS_BIDS_VERSION: Final = "proposal v6.3 (20 July 2026)"
"""The draft followed: the evidence base's reference ``nibsbids-v6.3`` (nibs-bids-v6/examples/v.6.3/README.md)."""

BIDS_VERSION: Final = "1.11.0"  # the BIDS version the draft's v6.3 example datasets declare
TASK: Final = "rtms"
SUBJECT_LABEL_MAX: Final = 64
"""The longest subject label accepted (BIDS sets no limit; file names do)."""

NA: Final = "n/a"  # BIDS's word for a missing value
MSO_UNITS: Final = "% Maximum Stimulator Output"  # as the draft's IntensitySet example words it
STIMULATOR_ID: Final = "Stimulator_1"
ELEMENT_ID: Final = "Coil_1"

# A BIDS label: letters and digits only (no '-', '_' or '.', which separate entities).
_LABEL = re.compile(r"[0-9A-Za-z]+")
_STALE = re.compile(r"^\.(?P<name>.+)" + re.escape(TEMP_MARK) + r"(?P<pid>\d+)-(?P<host>[0-9a-f]{8})-[0-9a-f]+$")

NIBS_COLUMNS: Final = (
    "nibs_event_id", "nibs_type", "stimulator_id", "nibs_element_id", "stimulus_intensity",
    "pattern1_count", "pattern1_interval", "pattern1_frequency",
    "pattern2_count", "pattern2_interval", "pattern2_frequency",
    "pattern3_count", "pattern3_interval", "pattern3_frequency",
    "intensity_reference", "intensity_scaling", "stimulus_count", "stimulus_validation", "status",
    "status_description", "timestamp",
)
EVENTS_COLUMNS: Final = ("onset", "duration", "nibs_event_id", "nibs_position_id")
MARKERS_COLUMNS: Final = ("nibs_position_id", "nibs_element_id", "position_label", "position_description",
                          "target_label")

_REFERENCE: Final = {MTKind.RESTING: "rMT", MTKind.ACTIVE: "aMT"}
_THRESHOLD_TYPE: Final = {MTKind.RESTING: "resting_motor", MTKind.ACTIVE: "active_motor"}
_COIL_SHAPE: Final = {
    Coil.FIGURE8: "figure-of-eight", Coil.H1: "H-coil (H1)", Coil.H4: "H-coil (H4)", Coil.H7: "H-coil (H7)",
    Coil.DOUBLE_CONE: "double-cone", Coil.OTHER: "other",
}
_REFERENCE_WORDS: Final = {"rMT": "Resting motor threshold", "aMT": "Active motor threshold"}
_ALGORITHM: Final = {MTMethod.PEST: "PEST", MTMethod.MILLS_NITHI: "Mills-Nithi two-threshold method"}
_MEASUREMENT: Final = {MTMethod.EMG: "EMG MEP", MTMethod.VISUAL: "visible muscle twitch"}


def check_subject_label(subject: str) -> str:
    """The subject label, if it is one BIDS allows: 1 to :data:`SUBJECT_LABEL_MAX` ASCII letters and digits.

    Raises
    ------
    RecordError
        Anything else (the label is not repeated in the message: it may be a name).
    """
    if not isinstance(subject, str) or len(subject) > SUBJECT_LABEL_MAX or _LABEL.fullmatch(subject) is None:
        raise RecordError(Phrase(
            "subject: the label must be a pseudonym of 1 to {most} letters (A-Z, a-z) and digits (0-9), "
            "as BIDS labels are, such as P01; spaces, hyphens, underscores and other characters are not allowed, "
            "and it must not be the patient's name or identifier", most=SUBJECT_LABEL_MAX))
    return subject


# -- values ---------------------------------------------------------------------------------------------------

def _num(value: float | int | None) -> str:
    """A number as a TSV cell: integers without a point, up to 10 significant digits, ``n/a`` for None."""
    if value is None:
        return NA
    if isinstance(value, int):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return format(value, ".10g")


def _cell(text: str | None) -> str:
    """A text as a TSV cell: no tabs or line breaks, ``n/a`` when empty."""
    if text is None or not text.strip():
        return NA
    return " ".join(text.split())


class _Privacy:
    """Keeps the patient's name and identifier out of the dataset (unless the caller chose one as the label), as
    every plan version the exported sessions were delivered under wrote them."""

    def __init__(self, plans: Sequence[Plan], subject: str) -> None:
        words = {word for plan in plans for word in (plan.patient.identifier, plan.patient.display_name)}
        self._private = tuple(w.casefold() for w in words if w and w.strip() and w.casefold() != subject.casefold())

    def text(self, value: str | None) -> str | None:
        """A clinic's free text, or None when it is empty or holds the patient's name or identifier."""
        if value is None or not value.strip():
            return None
        folded = value.casefold()
        if any(word in folded for word in self._private):
            return None
        return value


@dataclass(frozen=True, slots=True)
class _BlockRow:
    """One delivered block of one session, with what the plan says of it."""

    number: int
    delivered: DeliveredBlock
    settings: BlockSettings | None
    block: Block | None
    pct_mt: float | None
    onset_s: float
    duration_s: float | None


def _block_rows(delivery: SessionDelivery, view: RecordView) -> list[_BlockRow]:
    record = delivery.record
    assert record is not None
    rows = []
    onset = 0.0
    made_under = delivery.settings(view.course)  # the blocks of the plan version the session was delivered under
    for got in sorted(record.blocks, key=lambda b: b.block):
        k = got.block
        settings = made_under[k - 1] if k <= len(made_under) else None
        block = settings.block if settings is not None else None
        planned = delivery.held_against
        if planned is not None and k <= len(planned.blocks):
            pct_mt: float | None = planned.blocks[k - 1].intensity_pct_mt  # the session's %MT (titration included)
        else:
            pct_mt = settings.intensity_pct_mt if settings is not None else None
        # An interrupted train lasted less than the plan's block; how long, the record does not say.
        duration = settings.dose.duration_s if settings is not None and not got.interrupted else None
        rows.append(_BlockRow(k, got, settings, block, pct_mt, onset, duration))
        if settings is not None:
            onset += settings.dose.duration_s
    return rows


def _timestamp(record: SessionRecord) -> str:
    """The session's recorded start as ISO 8601 (local clock time), or its date alone without a start."""
    if record.start is None:
        return record.date.isoformat()
    return dt.datetime.combine(record.date, record.start).isoformat(timespec="seconds")


def _pattern_cells(settings: BlockSettings | None) -> list[str]:
    """``pattern1`` to ``pattern3``: count, interval (s) and frequency (Hz) of each layer of the nested timing.

    The nested timing's unused layer (count 1, interval 0) has no interval: it is ``n/a``, and so is its
    frequency (the draft's rule: frequency = 1 / interval).
    """
    if settings is None:
        return [NA] * 9
    t = settings.dose.timing
    cells: list[str] = []
    for count, interval in ((t.pulses_in_burst, t.inter_pulse_interval_s),
                            (t.bursts_in_train, t.inter_burst_interval_s),
                            (t.trains_in_protocol, t.inter_train_interval_s)):
        used = count > 1 and interval > 0
        cells += [_num(count), _num(interval) if used else NA, _num(1 / interval) if used else NA]
    return cells


def _status(row: _BlockRow, delivery: SessionDelivery) -> tuple[str, str]:
    notes = []
    if row.delivered.interrupted:
        planned = row.settings.dose.pulses if row.settings is not None else None
        if planned is not None:
            notes.append(f"train interrupted: {row.delivered.pulses} of {planned} planned pulses delivered")
        else:
            notes.append(f"train interrupted: {row.delivered.pulses} pulses delivered")
    if delivery.deviation is not None and delivery.deviation.deviation != DeviationKind.MISSED:
        notes.append(f"session recorded as {delivery.deviation.deviation.value}")
    status = "interrupted" if row.delivered.interrupted else "complete"
    return status, "; ".join(notes) if notes else NA


def _nibs_row(row: _BlockRow, delivery: SessionDelivery, mt: MTPoint) -> list[str]:
    assert delivery.record is not None
    status, description = _status(row, delivery)
    scaling = _num(round(row.pct_mt / 100, 6)) if row.pct_mt is not None else NA
    return [
        f"block{row.number}", "TMS", STIMULATOR_ID, ELEMENT_ID, _num(row.delivered.intensity_pct_mso),
        *_pattern_cells(row.settings),
        _REFERENCE[mt.kind], scaling,
        # The draft (v6.3) has no pulse-count column (v6.2's StimulusSet had PulseCount): the delivered pulses,
        # the stimulator's counter as the operator recorded it, go in stimulus_count, the draft's counter of
        # deliveries "for counting only" (never for synchronisation).
        _num(row.delivered.pulses),
        "observed",  # recorded by the operator at the session; not read from the device's log
        status, description, _timestamp(delivery.record),
    ]


def _position_label(block: Block | None, privacy: _Privacy) -> str | None:
    if block is None:
        return None
    if block.eeg_position is not None:
        return block.eeg_position
    return _target_label(block, privacy)


def _target_label(block: Block | None, privacy: _Privacy) -> str | None:
    if block is None:
        return None
    if block.target == Target.CUSTOM:
        return privacy.text(block.custom_target) or Target.CUSTOM.value
    return block.target.value


def _position_description(block: Block | None, privacy: _Privacy) -> str | None:
    if block is None:
        return None
    words = f"target {_target_label(block, privacy)}, localised by {block.localisation.value}"
    if block.eeg_position is not None:
        words += f", at 10-20/10-10 position {block.eeg_position}"
    return words


# -- sidecars ---------------------------------------------------------------------------------------------------

def _column(long_name: str, description: str, units: str | None = None, levels: dict[str, str] | None = None,
            ) -> dict[str, Any]:
    entry: dict[str, Any] = {"LongName": long_name, "Description": description}
    if units is not None:
        entry["Units"] = units
    if levels is not None:
        entry["Levels"] = levels
    return entry


def _pattern_columns() -> dict[str, Any]:
    layers = (
        ("pattern1", "Number of pulses in one pattern1 unit (a burst; for rTMS, a train).",
         "Onset-to-onset interval between pulses within a pattern1 unit."),
        ("pattern2", "Number of pattern1 units in one pattern2 unit (bursts in a train; for "
         "rTMS, trains in the block).", "Onset-to-onset interval between pattern1 units (n/a for one unit)."),
        ("pattern3", "Number of pattern2 units in the block (trains of bursts).",
         "Onset-to-onset interval between pattern2 units, the pause included (n/a for one unit)."),
    )
    columns: dict[str, Any] = {}
    for name, count_words, interval_words in layers:
        columns[f"{name}_count"] = _column(f"{name} count", count_words, "count")
        columns[f"{name}_interval"] = _column(f"{name} interval", interval_words, "s")
        columns[f"{name}_frequency"] = _column(f"{name} frequency",
                                               f"1 / {name}_interval (n/a where the interval is).", "Hz")
    return columns


def _nibs_sidecar(rows: Sequence[_BlockRow], delivery: SessionDelivery, plan: Plan, mt: MTPoint,
                  privacy: _Privacy) -> dict[str, Any]:
    assert delivery.record is not None
    reference = _REFERENCE[mt.kind]
    depth = [r.number for r in rows if r.settings is not None and r.settings.depth_corrected]
    description = (f"Session {delivery.session} of a course of repetitive TMS as recorded at the session: "
                   f"{len(rows)} block{'s' if len(rows) != 1 else ''} delivered offline (no concurrent recording). "
                   f"stimulus_intensity is the delivered intensity; intensity_scaling is the session's planned "
                   f"intensity as a fraction of the {reference} in IntensitySet, so the two can differ by the "
                   "rounding to a whole % MSO and by any change the operator recorded.")
    if depth:
        description += (" Block(s) " + ", ".join(str(n) for n in depth) + " were scaled to a threshold corrected "
                        "for the scalp-to-cortex distance, not to the measured value in IntensitySet.")
    threshold: dict[str, Any] = {
        "IntensityID": reference,
        "Value": mt.value_pct_mso,
        "Units": MSO_UNITS,
        "Type": _THRESHOLD_TYPE[mt.kind],
        "Algorithm": _ALGORITHM.get(mt.method, NA),
        "MeasurementMethod": _MEASUREMENT.get(mt.method, NA),
        "Description": (f"The motor threshold in force on {delivery.record.date.isoformat()}: "
                        f"{'re-tested' if mt.retest else 'measured'} on {mt.date.isoformat()}, "
                        f"muscle {mt.muscle.value}, method {mt.method.value}."),
    }
    device_then = (delivery.then.plan if delivery.then is not None else plan).device  # the delivery's version
    coil_model = privacy.text(device_then.coil_model)
    device = privacy.text(device_then.name)
    return {
        "NIBSDescription": description,
        "ConcurrentModalities": ["none"],
        "TaskName": TASK,
        "StimulatorSet": {
            "StimulatorID": STIMULATOR_ID,
            "Manufacturer": NA,
            "ManufacturerModelName": device or NA,
        },
        "ElementSet": [{
            "ElementID": ELEMENT_ID,
            "ElementType": "coil",
            "ModelName": coil_model or NA,
            "CoilShape": _COIL_SHAPE[device_then.coil],
        }],
        "IntensitySet": [threshold],
        "nibs_event_id": _column("Stimulation event", "One delivered block of the session (blockN: the plan's "
                                 "block N). Referenced from nibs_event_id in *_events.tsv."),
        "nibs_type": _column("Stimulation modality", "Non-invasive brain stimulation modality.",
                             levels={"TMS": "Transcranial magnetic stimulation"}),
        "stimulator_id": _column("Stimulator identifier", "Links to StimulatorSet.StimulatorID."),
        "nibs_element_id": _column("Element identifier", "Links to ElementSet.ElementID."),
        "stimulus_intensity": _column("Stimulus intensity", "Delivered intensity of every pulse of the block, as "
                                      "the operator recorded it.", MSO_UNITS),
        **_pattern_columns(),
        "intensity_reference": _column("Intensity reference", "Links to IntensitySet.IntensityID.",
                                       levels={reference: _REFERENCE_WORDS[reference]}),
        "intensity_scaling": _column("Intensity scaling", "The session's planned intensity as a multiple of the "
                                     "reference (1.2 = 120 %).", "ratio"),
        "stimulus_count": _column("Delivered pulses", "Pulses delivered in the block, as recorded from the "
                                  "stimulator's counter (the draft has no pulse-count column). Counting only; "
                                  "not for synchronisation.", "count"),
        "stimulus_validation": _column("Delivery validation", "How the delivery is known.",
                                       levels={"observed": "Recorded by the operator at the session"}),
        "status": _column("Delivery status", "Whether the block was delivered in full.",
                          levels={"complete": "Delivered without interruption",
                                  "interrupted": "The train was interrupted; stimulus_count says how many pulses "
                                                 "were delivered"}),
        "status_description": _column("Status description", "What was recorded of an interruption or of a "
                                      "shortened or stopped session."),
        "timestamp": _column("Session start", "The session's recorded start (ISO 8601, local clock time; the date "
                             "alone when no start was recorded). The block's onset within the session is in "
                             "*_events.tsv."),
    }



def _events_sidecar() -> dict[str, Any]:
    return {
        "onset": _column("Block onset", "Onset of the block from the start of the session, from the planned "
                         "durations of the blocks before it (coil moves between blocks not counted).", "s"),
        "duration": _column("Block duration", "The planned block's duration from its first pulse to the end of "
                            "its last train; n/a for an interrupted train.", "s"),
        "nibs_event_id": _column("Stimulation event", "References nibs_event_id in *_nibs.tsv."),
        "nibs_position_id": _column("Stimulation position", "References nibs_position_id in *_markers.tsv."),
    }


def _markers_sidecar() -> dict[str, Any]:
    return {
        "nibs_position_id": _column("Position identifier", "One block's placement. Referenced from "
                                    "nibs_position_id in *_events.tsv."),
        "nibs_element_id": _column("Element identifier", "The coil at this position; links to ElementSet.ElementID "
                                   "in *_nibs.json."),
        "position_label": _column("Position label", "The 10-20/10-10 position where the plan gives one, else the "
                                  "plan's target."),
        "position_description": _column("Position description", "The target and how it was localised."),
        "target_label": _column("Target label", "The plan's stimulation target."),
    }


# -- files ------------------------------------------------------------------------------------------------------

def _tsv(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    lines = ["\t".join(columns)] + ["\t".join(row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


def _session_files(delivery: SessionDelivery, view: RecordView, plan: Plan, subject: str, label: str,
                   privacy: _Privacy) -> dict[str, bytes]:
    record = delivery.record
    assert record is not None
    rows = _block_rows(delivery, view)
    mt = view.mt_for(delivery)  # as the plan version the session was delivered under had it
    stem = f"sub-{subject}_ses-{label}_task-{TASK}"
    base = f"sub-{subject}/ses-{label}"
    events = [[_num(r.onset_s), _num(r.duration_s), f"block{r.number}", f"site{r.number}"] for r in rows]
    markers = [[f"site{r.number}", ELEMENT_ID, _cell(_position_label(r.block, privacy)),
                _cell(_position_description(r.block, privacy)), _cell(_target_label(r.block, privacy))]
               for r in rows]
    acq_time = _timestamp(record) if record.start is not None else NA
    return {
        f"{base}/nibs/{stem}_nibs.tsv": _tsv(NIBS_COLUMNS, [_nibs_row(r, delivery, mt) for r in rows]),
        f"{base}/nibs/{stem}_nibs.json": _json(_nibs_sidecar(rows, delivery, plan, mt, privacy)),
        f"{base}/nibs/{stem}_events.tsv": _tsv(EVENTS_COLUMNS, events),
        f"{base}/nibs/{stem}_events.json": _json(_events_sidecar()),
        f"{base}/nibs/{stem}_markers.tsv": _tsv(MARKERS_COLUMNS, markers),
        f"{base}/nibs/{stem}_markers.json": _json(_markers_sidecar()),
        # Offline stimulation: the draft lists the nibs.tsv in scans.tsv.
        f"{base}/sub-{subject}_ses-{label}_scans.tsv": _tsv(("filename", "acq_time"),
                                                            [[f"nibs/{stem}_nibs.tsv", acq_time]]),
    }


def _dataset_files(view: RecordView, plan: Plan, subject: str) -> dict[str, bytes]:
    privacy = _Privacy([plan, *(s.then.plan for s in view.sessions if s.then is not None)], subject)
    delivered = [s for s in view.sessions if s.record is not None]
    width = max(2, len(str(max(s.session for s in delivered))))
    files = {
        "dataset_description.json": _json({
            "Name": "rTMS course: delivered sessions",
            "BIDSVersion": BIDS_VERSION,
            "DatasetType": "raw",
            "NIBSBIDSVersion": NIBS_BIDS_VERSION,
            "GeneratedBy": [{"Name": "tmsplanner", "Version": __version__,
                             "Description": "Course record export in the form of the NIBS-BIDS draft"}],
        }),
        "README": (f"Delivered sessions of one course of repetitive TMS, exported from its course record in the "
                   f"form of the NIBS-BIDS {NIBS_BIDS_VERSION} (BEP037, a draft). Missed and pending sessions "
                   f"are not included. The subject label is a pseudonym.\n").encode(),
        "participants.tsv": _tsv(("participant_id",), [[f"sub-{subject}"]]),
    }
    for delivery in delivered:
        files.update(_session_files(delivery, view, plan, subject, str(delivery.session).zfill(width), privacy))
    return files


def _write_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    """Remove a folder tree (or a link or file in its place), ignoring what cannot be removed."""
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


def _remove_stale_folders(target: Path) -> None:
    """Remove the temporary folders a killed export to ``target`` left behind (its process no longer runs)."""
    here = host_tag()
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return
    for entry in entries:
        found = _STALE.match(entry.name)
        if found is None or found["name"] != target.name or found["host"] != here \
                or process_alive(int(found["pid"])):
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)


def _temp_folder(target: Path, kind: str) -> Path:
    mark = TEMP_MARK if kind == "new" else ".tmsplanner-old-"
    return target.with_name(f".{target.name}{mark}{os.getpid()}-{host_tag()}-{secrets.token_hex(4)}")


def _target_state(folder: Path, force: bool) -> bool:
    """Whether ``folder`` exists (an empty folder, or any folder with ``force``); refuse anything else."""
    try:
        if not folder.exists() and not folder.is_symlink():
            return False
        if not folder.is_dir():
            raise FileWriteError(str(folder), "is a file, not a folder; nothing was written")
        with os.scandir(folder) as listing:
            empty = next(listing, None) is None
    except OSError as exc:
        raise FileWriteError(str(folder), "cannot be written: {why}", why=os_reason(exc)) from None
    if not empty and not force:
        raise FileWriteError(str(folder), "is not empty; nothing was written (choose a new or empty folder, "
                                          "or allow replacing it)")
    return True


def export_nibs_bids(view: RecordView, plan: Plan, folder: Path, *, subject: str, force: bool = False) -> list[Path]:
    """Write the delivered sessions of ``view`` (the record of ``plan``) as a BIDS dataset in ``folder``.

    ``subject`` is the pseudonym the dataset names the patient by (``sub-<subject>``): letters and
    digits only. ``folder`` is created; an existing empty folder is replaced, a non-empty one only
    with ``force`` (its contents are then removed). Returns the files written, in ``folder``.

    Raises
    ------
    RecordError
        The subject label is not a BIDS label, the record is not ``plan``'s, or no session is
        recorded as delivered; nothing was written.
    FileWriteError
        ``folder`` is a file or a non-empty folder (without ``force``), or cannot be written;
        nothing was written and an existing folder is as it was.
    """
    subject = check_subject_label(subject)
    if plan.plan_id is None or plan.plan_id != view.plan_id:
        raise RecordError(Phrase("the course record is not this plan's; nothing was exported"))
    if not view.delivered:
        raise RecordError(Phrase("no session of this course is recorded as delivered; there is nothing to export"))
    files = _dataset_files(view, plan, subject)
    target = Path(os.path.abspath(folder))
    exists = _target_state(target, force)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(str(folder), "cannot be written: {why}", why=os_reason(exc)) from None
    _remove_stale_folders(target)
    tmp = _temp_folder(target, "new")
    try:
        tmp.mkdir()
        for relative, data in files.items():
            path = tmp / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_file(path, data)
        for sub in sorted({(tmp / r).parent for r in files}, key=lambda p: len(p.parts), reverse=True):
            _sync_folder(sub)
        _put_in_place(tmp, target, exists)
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, OSError):
            raise FileWriteError(str(folder), "cannot be written: {why}", why=os_reason(exc)) from None
        raise
    _sync_folder(target.parent)
    return sorted(target / relative for relative in files)


def _put_in_place(tmp: Path, target: Path, exists: bool) -> None:
    """Rename the finished dataset to ``target``; an existing folder is moved aside first and removed after."""
    if not exists:
        os.rename(tmp, target)
        return
    aside = _temp_folder(target, "old")
    os.rename(target, aside)
    try:
        os.rename(tmp, target)
    except OSError:
        try:
            os.rename(aside, target)  # the old dataset back where it was
        except OSError:
            pass
        raise
    _remove(aside)
