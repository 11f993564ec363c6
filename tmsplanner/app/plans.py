"""Open, create and save plans: the one way the command line and the window do it."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
from pathlib import Path
from typing import NamedTuple

from tmsplanner.core import planio
from tmsplanner.core.errors import FileWriteError, Phrase, PlanFileError
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.fieldnames import for_people
from tmsplanner.core.fileio import open_regular, remove_stale_temp_files
from tmsplanner.core.plan import Plan
from tmsplanner.core.presets import next_monday, plan_from_protocol

# The motor threshold of a new plan until one is measured; the plan says it is
# a placeholder, and a placeholder MT blocks the plan (MT-004).
PLACEHOLDER_MT_PCT_MSO = 50.0
# The preset a blank plan in the window starts from.
DEFAULT_PRESET = "neurostar-10hz-ldlpfc"
BLANK_PATIENT_ID = "NEW"


class FileStamp(NamedTuple):
    """What a file held when it was read or written: its content hash and modification time.

    Two stamps are the same file content when their hashes are equal; the time
    is kept to say when the file changed.
    """

    sha256: str
    mtime_ns: int

    @property
    def modified(self) -> dt.datetime:
        """The file's modification time (local time)."""
        return dt.datetime.fromtimestamp(self.mtime_ns / 1e9)


def file_stamp(path: str | os.PathLike[str]) -> FileStamp | None:
    """The stamp of the file at ``path`` now (links followed), or None if there is no readable file."""
    try:
        with open_regular(path) as handle:
            digest = hashlib.sha256()
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
            mtime_ns = os.fstat(handle.fileno()).st_mtime_ns
    except (OSError, ValueError):
        return None
    return FileStamp(digest.hexdigest(), mtime_ns)


class FileChangedError(FileWriteError):
    """The file changed on disk since it was read (another program or another window saved it).

    Nothing was written; ``current`` is the file's stamp now (None if it was
    deleted or cannot be read).
    """

    def __init__(self, path: str, current: FileStamp | None) -> None:
        if current is None:
            reason = Phrase("was deleted or moved since it was opened; not overwritten")
        else:
            when = current.modified.strftime("%Y-%m-%d %H:%M:%S")
            reason = Phrase("was changed on disk since it was opened (at {time}); not overwritten", time=when)
        super().__init__(path, reason)
        self.current = current


class OpenedPlan(NamedTuple):
    """A validated plan, the file it came from and what that file held when it was read."""

    path: Path
    plan: Plan
    stamp: FileStamp | None = None


def open_plan(path: str | os.PathLike[str]) -> OpenedPlan:
    """Read, migrate and validate a plan file; remember its stamp to detect a change before saving.

    Temporary files a killed tmsplanner left next to the file are removed.

    Raises
    ------
    PlanFileError
        One line ``"<file>: <problem>"``, naming the field where there is one.
    """
    remove_stale_temp_files(Path(path).parent, Path(path).name)
    data = planio.read_plan_bytes(path)  # read once: the stamp describes exactly the bytes parsed
    plan = parse_plan(data, str(path))
    try:
        mtime_ns = os.stat(path).st_mtime_ns
    except OSError:
        mtime_ns = 0
    return OpenedPlan(Path(path), plan, FileStamp(hashlib.sha256(data).hexdigest(), mtime_ns))


def parse_plan(data: bytes, source: str) -> Plan:
    """:func:`tmsplanner.core.planio.parse_plan`, a field's invalid value worded for people in any language.

    Raises
    ------
    PlanFileError
        One line ``"<file>: <problem>"``; ``words(c)`` names the field in words in ``c``'s language.
    """
    try:
        return planio.parse_plan(data, source)
    except PlanFileError as exc:
        raise for_people(exc) from None


def save_plan(plan: Plan, path: str | os.PathLike[str], *, expected: FileStamp | None = None,
              check_disk: bool = False) -> Path:
    """Write a plan atomically (a crash leaves the old file or the new one); return the path.

    With ``check_disk``, the file must still hold what ``expected`` describes
    (None: there must be no file), else nothing is written and
    :class:`FileChangedError` is raised. A symbolic link is followed (the file it
    points to is updated, the link stays). Use :func:`file_stamp` on the path
    afterwards for the new stamp.

    Raises
    ------
    FileChangedError
        With ``check_disk``, if the file changed on disk since ``expected``.
    FileWriteError
        If the file cannot be written; the previous file is untouched.
    """
    if check_disk:
        current = file_stamp(path)
        if (current is None) != (expected is None) or (
                current is not None and expected is not None and current.sha256 != expected.sha256):
            raise FileChangedError(str(path), current)
    planio.save_plan(plan, path)
    return Path(path)


def new_plan_id() -> str:
    """A random plan id: names no patient, stable once stored in the plan (calendar UIDs use it)."""
    return f"TP-{secrets.token_hex(8)}"


def new_plan(kb: KnowledgeBase, preset_id: str, *, patient_id: str, today: dt.date,
             mt_pct_mso: float | None = None, mt_measured_on: dt.date | None = None,
             start_date: dt.date | None = None, holiday_country: str | None = None) -> Plan:
    """A new plan from a preset, with a new random :func:`new_plan_id`.

    ``holiday_country`` is the clinic's holiday calendar (a setting): the
    preset's schedule skips its public holidays.

    Without ``mt_pct_mso`` the motor threshold is the placeholder
    :data:`PLACEHOLDER_MT_PCT_MSO`, marked as one (the plan is blocked until it
    is measured). The MT date defaults to ``today``, the start to the next
    Monday on or after ``today``.

    Raises
    ------
    PlanFileError
        If the evidence base has no such preset (naming the ones it has).
    """
    proto = kb.protocols.get(preset_id)
    if proto is None:
        raise PlanFileError(preset_id, "unknown preset; choose one of: {presets}", presets=", ".join(kb.protocols))
    plan = plan_from_protocol(
        proto,
        patient_id=patient_id,
        mt_pct_mso=PLACEHOLDER_MT_PCT_MSO if mt_pct_mso is None else mt_pct_mso,
        mt_measured_on=mt_measured_on or today,
        start_date=start_date or next_monday(today),
        mt_placeholder=mt_pct_mso is None,
    )
    if holiday_country:
        schedule = plan.schedule.model_copy(update={"holiday_country": holiday_country})
        plan = Plan.model_validate(plan.model_copy(update={"schedule": schedule}).model_dump())
    return plan.model_copy(update={"plan_id": new_plan_id()})


def blank_plan(kb: KnowledgeBase, today: dt.date, holiday_country: str | None = None) -> Plan:
    """The window's new plan: the standard course with a placeholder MT, to be edited."""
    return new_plan(kb, DEFAULT_PRESET, patient_id=BLANK_PATIENT_ID, today=today, holiday_country=holiday_country)
