"""Application settings: a typed model stored as JSON in the user's config folder.

The file carries a ``schema_version``, as plans do; older files are migrated on
load (:data:`MIGRATIONS`), a file without one is version 1 (written before
settings had versions).

* A missing file means defaults.
* A bad file (unreadable, not JSON, invalid) also means defaults, plus a
  one-line message naming the field; the bad file is left in place so the user
  can inspect it, and the next save replaces it atomically.
* A file written by a newer tmsplanner (a higher ``schema_version``) means
  defaults and one message, and is never overwritten: :func:`save_settings`
  refuses to replace it (:class:`NewerSettingsError`), so the newer version
  finds its settings as it left them.
* A key this version does not know, in a file of this version, is ignored with
  a message naming it, and kept in the file on the next save. Every new setting
  bumps the schema version, so such a key is a hand edit (often a typo, say
  ``safty_table``): refusing the whole file for it would drop every other
  setting, the clinic's safety table among them, and deleting it on the next
  save would destroy what the user wrote without their seeing why it had no
  effect.

Nothing here runs at import time: the config folder is found when asked for.
"""


import datetime as dt
import json
import os
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError
from pydantic.config import JsonDict

from tmsplanner.core.errors import FileWriteError, Phrase, Plural, json_reason, os_reason
from tmsplanner.core.fieldnames import ValidationWords
from tmsplanner.core.fileio import write_atomic
from tmsplanner.core.plan import ShortText
from tmsplanner.core.policy import DEFAULT_MT_MAX_AGE_DAYS
from tmsplanner.core.validation import describe_validation_error

APP_DIR_NAME = "tmsplanner"
SETTINGS_FILE_NAME = "settings.json"
MAX_RECENT_FILES = 10
# A settings file is a few hundred bytes; anything far larger is not one.
MAX_SETTINGS_BYTES = 1024 * 1024
# Undo steps kept per open plan: enough for a long session, bounded memory.
DEFAULT_UNDO_LIMIT = 200

# Version 1: the files written before settings had a schema_version.
# Version 2: "schema_version" itself, and "safety_table".
# Version 3: "undo_limit".
# Version 4: "holiday_country", "print_appendix", "safety_table_check" and "print_language".
# Version 5: "time_zone" and "calendar_identifier".
# Version 6: "record_store".
SCHEMA_VERSION = 6
VERSION_KEY = "schema_version"
UNKNOWN_SETTING = "unknown setting (not part of the settings file)"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    # Version 2 only adds settings, each with a default: nothing to rewrite.
    return document


def _v2_to_v3(document: dict[str, Any]) -> dict[str, Any]:
    # Version 3 only adds "undo_limit", with a default: nothing to rewrite.
    return document


def _v3_to_v4(document: dict[str, Any]) -> dict[str, Any]:
    # Version 4 only adds settings, each with a default: nothing to rewrite.
    return document


def _v4_to_v5(document: dict[str, Any]) -> dict[str, Any]:
    # Version 5 only adds settings, each with a default: nothing to rewrite.
    return document


def _v5_to_v6(document: dict[str, Any]) -> dict[str, Any]:
    # Version 6 only adds "record_store", empty by default: nothing to rewrite.
    return document


# MIGRATIONS[n] turns a version n document into a version n + 1 document. Every
# released version keeps its entry, so old files always load.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6}

_STORE_SCHEMES = ("sqlite", "postgresql", "postgres", "postgresql+psycopg")


def _check_store_address(value: str) -> str:
    """A record store's address: ``sqlite:///PATH`` or ``postgresql://USER@HOST/DATABASE``, never a password."""
    from urllib.parse import urlsplit

    value = value.strip()
    try:
        parts = urlsplit(value)
        password = parts.password
    except ValueError:
        raise ValueError("must be sqlite:///PATH or postgresql://USER@HOST/DATABASE") from None
    if parts.scheme not in _STORE_SCHEMES or (parts.scheme == "sqlite" and len(value) <= len("sqlite:///")):
        raise ValueError("must be sqlite:///PATH or postgresql://USER@HOST/DATABASE")
    from urllib.parse import parse_qsl

    secret = any("password" in key.lower() or key.lower() == "passfile" for key, _ in parse_qsl(parts.query))
    if password or secret:
        raise ValueError("must not hold a password: the settings file is plain text; let the server "
                         "authenticate (a .pgpass file, peer or Kerberos authentication)")
    if parts.scheme != "sqlite" and not parts.path.strip("/"):
        raise ValueError("must name the database: postgresql://USER@HOST/DATABASE")
    return value


StoreAddress = Annotated[str, StringConstraints(min_length=1, max_length=500), AfterValidator(_check_store_address)]

_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{1,8})*")


def _check_language_code(code: str) -> str:
    if len(code) > 35 or not _LANGUAGE_CODE.fullmatch(code):
        raise ValueError("must be a language code such as 'ru', 'uk' or 'pt_BR'")
    return code


LanguageCode = Annotated[str, AfterValidator(_check_language_code)]


def _check_time_zone(name: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        if len(name) > 64 or name != name.strip():
            raise ValueError(name)
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("must be a time zone name of the tz database, such as 'Europe/Kyiv'") from None
    return name


TimeZoneName = Annotated[str, AfterValidator(_check_time_zone)]


def _unit(unit: str) -> JsonDict:
    return {"unit": unit}


HolidayRegion = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
Words = ShortText  # one line: 1 to 200 characters, trimmed, no control characters


class SafetyTableCheck(BaseModel):
    """A physician's record that the bundled train-duration table was checked against the published one."""

    model_config = ConfigDict(strict=True, extra="forbid", defer_build=True)

    checked_by: Words = Field(title="Checked by", description="The physician who compared the table")
    checked_on: dt.date = Field(title="Checked on")
    source: Words = Field(title="Source", description="The published table compared with (paper, table, edition)")


class AppSettings(BaseModel):
    """What the user sets once and the app remembers between runs.

    Field titles and descriptions feed the settings dialog; bounds are checked on
    load and on every assignment.
    """

    # The validator is built on first use: a command given no clinic option never needs it.
    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False, validate_assignment=True,
                              defer_build=True)

    clinic_name: Words | None = Field(
        default=None, title="Clinic name",
        description="Printed in the header of every PDF page; leave empty for none",
    )
    paper: Literal["a4", "letter"] = Field(
        default="a4", title="Paper size", description="Page size of exported PDFs (A4 or US Letter)",
    )
    mt_max_age_days: int = Field(
        default=DEFAULT_MT_MAX_AGE_DAYS, ge=1, le=365, title="Maximum motor threshold age",
        description="A motor threshold older than this is flagged; a clinic policy, not a published limit",
        json_schema_extra=_unit("days"),
    )
    export_folder: str | None = Field(
        default=None, title="Export folder",
        description="Folder the PDF export dialog opens in; empty for the plan's own folder",
    )
    recent_files: list[str] = Field(
        default=[], max_length=MAX_RECENT_FILES, title="Recent files",
        description=f"Plans opened or saved lately, newest first (at most {MAX_RECENT_FILES})",
    )
    autosave_interval_s: int = Field(
        default=60, ge=10, le=3600, title="Autosave interval",
        description="How often an unsaved plan is copied to the autosave folder",
        json_schema_extra=_unit("s"),
    )
    language: LanguageCode | None = Field(
        default=None, title="Language",
        description="Language of the interface: English, Russian or Ukrainian (takes effect at the next start)",
    )
    safety_table: str | None = Field(
        default=None, min_length=1, max_length=4096, title="Clinic safety table",
        description="The clinic's own verified train-duration table (TOML) used instead of the bundled, "
                    "unverified one; empty for the bundled table",
    )
    holiday_country: HolidayRegion | None = Field(
        default=None, title="Public holidays",
        description="The clinic's country, or country and region (e.g. RU, UA, DE-BY): new plans and presets "
                    "skip its public holidays",
    )
    print_language: LanguageCode | None = Field(
        default=None, title="Language of printed plans",
        description="Language of exported and printed plans and calendars (English, Russian or Ukrainian); "
                    "empty for the interface language",
    )
    time_zone: TimeZoneName | None = Field(
        default=None, title="Clinic time zone",
        description="The clinic's time zone (e.g. Europe/Kyiv): calendar events carry it, so a calendar shared "
                    "across time zones shows the right hour; empty: the clinic's local time, without a zone",
    )
    calendar_identifier: bool = Field(
        default=False, title="Patient identifier in event titles",
        description="Calendar event titles name the patient identifier (never the name), for a calendar shared "
                    "by the clinic",
    )
    record_store: StoreAddress | None = Field(
        default=None, title="Course record database",
        description="Where sessions are recorded: empty for this user's own file; a clinic's shared server as "
                    "postgresql://USER@HOST/DATABASE (the server authenticates: no password is kept here)",
    )
    print_appendix: bool = Field(
        default=False, title="Print the appendix",
        description="Exported plans end with the literature appendix (mechanisms, full trial summaries, "
                    "NIBS-BIDS timing)",
    )
    safety_table_check: SafetyTableCheck | None = Field(
        default=None, title="Bundled safety table checked",
        description="Who checked the bundled, unverified train-duration table against the published one, when, "
                    "and against which source; plans then name this check",
    )
    undo_limit: int = Field(
        default=DEFAULT_UNDO_LIMIT, ge=10, le=10_000, title="Undo steps",
        description="How many edits Undo can take back; older ones are forgotten, which bounds the memory used "
                    "(applies to the next plan opened or started)",
    )


def config_dir() -> Path:
    """Return the folder tmsplanner keeps its settings in (it may not exist yet).

    ``$XDG_CONFIG_HOME/tmsplanner`` when that variable holds an absolute path (any
    platform); otherwise ``%APPDATA%\\tmsplanner`` on Windows,
    ``~/Library/Application Support/tmsplanner`` on macOS and
    ``~/.config/tmsplanner`` elsewhere.
    """
    xdg = os.environ.get("XDG_CONFIG_HOME")
    # The XDG spec says to ignore an empty or relative value.
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / APP_DIR_NAME
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
        return base / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    return Path.home() / ".config" / APP_DIR_NAME


def settings_path() -> Path:
    """Return the path of the settings file."""
    return config_dir() / SETTINGS_FILE_NAME


def autosave_dir() -> Path:
    """Return the folder unsaved plans are autosaved to (it may not exist yet)."""
    return config_dir() / "autosave"


def _reject_constant(name: str) -> float:
    raise ValueError(Phrase("{name} is not a valid setting value", name=name))


class NewerSettingsError(FileWriteError):
    """The settings file was written by a newer tmsplanner; it is kept as it is."""


def _version_of(document: dict[str, Any]) -> tuple[int | None, Phrase | None]:
    """The document's schema version (1 when it has none), or None and the problem."""
    version = document.get(VERSION_KEY, 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        shown = repr(version)[:40]
        return None, Phrase("field '{field}' must be a whole number of 1 or more (got {value})", field=VERSION_KEY,
                            value=shown)
    return version, None


def _newer(version: int) -> Phrase:
    return Phrase("written by a newer tmsplanner (settings version {version}; this version reads 1 to {supported}): "
                  "the defaults are used and the file is left as it is; settings changed now last until the app "
                  "closes", version=version, supported=SCHEMA_VERSION)


def _migrate(document: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring a settings document of an older version up to :data:`SCHEMA_VERSION`."""
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](dict(document))
        version += 1
        document[VERSION_KEY] = version
    return document


def _read(path: Path) -> tuple[bytes | None, Phrase | None]:
    """Return the file's bytes, or None and no problem if it is missing, or None and the problem."""
    try:
        # Non-blocking: a FIFO or device in the settings file's place must not hang the start.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None, None
    except IsADirectoryError:
        return None, Phrase("is a folder, not a settings file")
    except OSError as exc:
        return None, Phrase("cannot be read: {why}", why=os_reason(exc))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return None, Phrase("is a folder, not a settings file")
        if not stat.S_ISREG(info.st_mode):
            return None, Phrase("is not a regular file (a pipe or a device?), not a settings file")
        with os.fdopen(fd, "rb") as handle:
            fd = -1
            return handle.read(MAX_SETTINGS_BYTES + 1), None
    except OSError as exc:
        return None, Phrase("cannot be read: {why}", why=os_reason(exc))
    finally:
        if fd >= 0:
            os.close(fd)


def _document(data: bytes) -> tuple[dict[str, Any] | None, Phrase | None]:
    """The file's JSON object, or None and one line naming the problem."""
    if len(data) > MAX_SETTINGS_BYTES:
        return None, Phrase("file is larger than {size} KiB; not a settings file", size=MAX_SETTINGS_BYTES // 1024)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, Phrase("not UTF-8 text (byte {byte}); a settings file is UTF-8 JSON", byte=exc.start)
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        return None, Phrase("not valid JSON: {problem} at line {line}, column {column}", problem=json_reason(exc.msg),
                            line=exc.lineno, column=exc.colno)
    except RecursionError:
        deep = Phrase("its objects or arrays are nested too deeply")
        return None, Phrase("not valid settings JSON: {problem}", problem=deep)
    except ValueError as exc:
        problem = exc.args[0] if exc.args and isinstance(exc.args[0], Phrase) else str(exc)
        return None, Phrase("not valid settings JSON: {problem}", problem=problem)
    if not isinstance(document, dict):
        return None, Phrase("not a settings file (the document must be a JSON object)")
    return document, None


def _parse(data: bytes) -> tuple[AppSettings | None, Phrase | None]:
    """Return validated settings (None for unusable ones) and one line naming a problem, if any."""
    document, problem = _document(data)
    if document is None:
        return None, problem
    version, problem = _version_of(document)
    if version is None:
        return None, problem
    if version > SCHEMA_VERSION:
        return None, _newer(version)
    document = _migrate(document, version)
    values = {key: value for key, value in document.items() if key in AppSettings.model_fields}
    unknown = sorted(key for key in document if key not in AppSettings.model_fields and key != VERSION_KEY)
    try:
        settings = AppSettings.model_validate_json(json.dumps(values))
    except ValidationError as exc:
        return None, ValidationWords(describe_validation_error(exc, unknown_field=UNKNOWN_SETTING), exc, AppSettings)
    if unknown:
        named = ", ".join(f"'{key}'" for key in unknown[:5]) + (" ..." if len(unknown) > 5 else "")
        return settings, Plural("unknown setting {named} ignored (not part of this version's settings file; kept in "
                                "the file)", "unknown settings {named} ignored (not part of this version's settings "
                                "file; kept in the file)", len(unknown), named=named)
    return settings, None


def load_settings(path: Path | None = None) -> tuple[AppSettings, Phrase | None]:
    """Read the settings file; never raises for a missing or bad file.

    Parameters
    ----------
    path : Path, optional
        The settings file; default :func:`settings_path`.

    Returns
    -------
    settings : AppSettings
        The stored settings (migrated from an older version), or the defaults if
        the file is missing, bad or from a newer version.
    problem : Phrase or None
        None if the file was read cleanly or does not exist; otherwise one line
        ``"<file>: <problem>"`` naming the field where there is one (English; its
        ``words(c)`` says it in a catalogue's language). A bad file
        is left untouched and the next :func:`save_settings` replaces it; a
        newer version's file is never replaced.
    """
    source = settings_path() if path is None else Path(path)
    data, problem = _read(source)
    settings = None
    if data is not None:
        settings, problem = _parse(data)
    if problem is None:
        return settings or _defaults(), None
    message = Phrase("{file}: {problem}", file=str(source), problem=problem)
    import logging  # only for a bad settings file: a normal start does not load the logging package

    logging.getLogger(__name__).warning("settings: %s", message)
    return settings or _defaults(), message


def _defaults() -> AppSettings:
    """The default settings: valid by definition, so made without building the settings' validator (a start
    without a settings file never needs it)."""
    return AppSettings.model_construct()


def dump_settings(settings: AppSettings, kept: dict[str, Any] | None = None) -> bytes:
    """Serialise settings to the bytes of a settings file (pretty UTF-8 JSON, version first).

    ``kept`` holds keys this version does not know, written back as they were.
    """
    document = {VERSION_KEY: SCHEMA_VERSION, **(kept or {}), **settings.model_dump(mode="json")}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _stored_document(target: Path) -> tuple[dict[str, Any] | None, int | None]:
    """The JSON object in the file and its schema version (None, None if missing or unusable)."""
    data, _ = _read(target)
    document, _ = _document(data) if data is not None else (None, None)
    if document is None:
        return None, None
    version, _ = _version_of(document)
    return document, version


def written_by_newer_version(path: Path | None = None) -> bool:
    """Whether the settings file was written by a newer tmsplanner (and so must not be replaced)."""
    _, version = _stored_document(settings_path() if path is None else Path(path))
    return version is not None and version > SCHEMA_VERSION


def _on_disk(target: Path) -> dict[str, Any]:
    """The unknown keys to keep from the file about to be replaced.

    Raises
    ------
    NewerSettingsError
        If that file was written by a newer tmsplanner.
    """
    document, version = _stored_document(target)
    if document is None or version is None:
        return {}
    if version > SCHEMA_VERSION:
        raise NewerSettingsError(str(target), "written by a newer tmsplanner (settings version {version}; this version "
                                              "reads 1 to {supported}); not overwritten", version=version,
                                 supported=SCHEMA_VERSION)
    document = _migrate(document, version)
    return {k: v for k, v in document.items() if k not in AppSettings.model_fields and k != VERSION_KEY}


def save_settings(settings: AppSettings, path: Path | None = None) -> None:
    """Write the settings file atomically, creating its folder if needed.

    Keys of this version's file that this version does not know are kept; a
    file written by a newer tmsplanner is never replaced.

    Raises
    ------
    NewerSettingsError
        If the file on disk was written by a newer tmsplanner (it is untouched).
    FileWriteError
        If the folder or the file cannot be written; the previous file is untouched.
    """
    target = settings_path() if path is None else Path(path)
    kept = _on_disk(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(str(target), "folder cannot be created: {why}", why=os_reason(exc)) from None
    write_atomic(target, dump_settings(settings, kept))


def _same_file_key(path: str) -> str:
    try:
        resolved = str(Path(path).resolve())
    except (OSError, RuntimeError, ValueError):  # symlink loop, odd path: compare as written
        resolved = os.path.abspath(path)
    return os.path.normcase(resolved)


def add_recent(settings: AppSettings, path: str | os.PathLike[str]) -> AppSettings:
    """Return a copy of ``settings`` with ``path`` first in the recent files.

    The path is stored absolute (symlinks kept as the user chose them); an entry
    naming the same file (compared by resolved absolute path) is removed; the
    list is cut to :data:`MAX_RECENT_FILES`. ``settings`` itself is unchanged.
    """
    entry = os.path.abspath(os.fspath(path))
    key = _same_file_key(entry)
    kept = [p for p in settings.recent_files if _same_file_key(p) != key]
    return settings.model_copy(update={"recent_files": [entry, *kept][:MAX_RECENT_FILES]})
