"""Application settings: defaults, round trip, bad files, recent files, config folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tmsplanner.core import settings as settings_mod
from tmsplanner.core.errors import FileWriteError
from tmsplanner.core.settings import (
    MAX_RECENT_FILES,
    SCHEMA_VERSION,
    AppSettings,
    add_recent,
    autosave_dir,
    config_dir,
    load_settings,
    save_settings,
    settings_path,
)


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def write_doc(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def problem_of(path: Path) -> str:
    loaded, message = load_settings(path)
    assert loaded == AppSettings()
    assert message is not None
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message


# --- defaults and round trip -------------------------------------------------


def test_defaults_when_file_is_missing(config_home: Path) -> None:
    loaded, message = load_settings()
    assert message is None
    assert loaded == AppSettings()
    assert not settings_path().exists()  # loading never creates the file


def test_defaults() -> None:
    s = AppSettings()
    assert (s.clinic_name, s.paper, s.mt_max_age_days) == (None, "a4", 7)
    assert (s.export_folder, s.recent_files, s.autosave_interval_s, s.language) == (None, [], 60, None)
    assert s.safety_table is None


def test_every_field_has_title_and_description() -> None:
    for name, field in AppSettings.model_fields.items():
        assert field.title, name
        assert field.description, name


def test_round_trip_through_the_default_path(config_home: Path) -> None:
    s = AppSettings(clinic_name="Клиника «Здоровье»", paper="letter", mt_max_age_days=14,
                    export_folder="/srv/pdf", recent_files=["/a.tmsplan"], autosave_interval_s=300, language="uk")
    save_settings(s)
    assert settings_path() == config_home / "tmsplanner" / "settings.json"
    assert settings_path().is_file()
    assert load_settings() == (s, None)


def test_saved_file_is_pretty_utf8_json(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(AppSettings(clinic_name="Клиника"), path)
    text = path.read_text(encoding="utf-8")
    assert "Клиника" in text  # not \u-escaped
    assert text.count("\n") > len(AppSettings.model_fields)
    assert json.loads(text)["clinic_name"] == "Клиника"


def test_save_creates_nested_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "settings.json"
    save_settings(AppSettings(), path)
    assert load_settings(path) == (AppSettings(), None)
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temporary file left


def test_save_into_an_unwritable_place_raises_file_write_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(FileWriteError):
        save_settings(AppSettings(), blocker / "settings.json")


def test_partial_file_fills_in_defaults(tmp_path: Path) -> None:
    loaded, message = load_settings(write_doc(tmp_path / "settings.json", {"paper": "letter"}))
    assert message is None
    assert loaded == AppSettings(paper="letter")


# --- bad files -----------------------------------------------------------------


def test_corrupt_json_gives_defaults_and_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"paper": "a4",')
    assert "settings.json" in problem_of(path)


def test_corrupt_file_is_left_in_place_and_the_next_save_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"garbage")
    load_settings(path)
    assert path.read_bytes() == b"garbage"
    save_settings(AppSettings(language="ru"), path)
    assert load_settings(path) == (AppSettings(language="ru"), None)


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe\x00garbage", b"[1, 2]", b'"a4"', b"null", b'{"mt_max_age_days": NaN}', b"[" * 100_000],
    ids=["empty", "not-utf8", "array", "string", "null", "nan", "deep-nesting"],
)
def test_unusable_content_never_raises(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    problem_of(path)


def test_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b" " * (settings_mod.MAX_SETTINGS_BYTES + 10) + b"{}")
    problem_of(path)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()
    problem_of(path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_doc(tmp_path / "settings.json", {})

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    # chmod 0 does not stop root, so the refusal is simulated.
    monkeypatch.setattr(settings_mod.os, "open", denied)
    problem_of(path)


@pytest.mark.parametrize(
    ("doc", "field"),
    [
        ({"mt_max_age_days": "seven"}, "mt_max_age_days"),
        ({"mt_max_age_days": "7"}, "mt_max_age_days"),  # strict: a string is not a number
        ({"mt_max_age_days": True}, "mt_max_age_days"),
        ({"mt_max_age_days": 7.5}, "mt_max_age_days"),
        ({"paper": "a5"}, "paper"),
        ({"clinic_name": 42}, "clinic_name"),
        ({"recent_files": "/a.tmsplan"}, "recent_files"),
        ({"recent_files": [1]}, "recent_files[0]"),
        ({"language": "русский"}, "language"),
    ],
)
def test_wrong_type_names_the_field(tmp_path: Path, doc: dict, field: str) -> None:
    assert f"'{field}'" in problem_of(write_doc(tmp_path / "settings.json", doc))


@pytest.mark.parametrize(
    ("doc", "field"),
    [
        ({"mt_max_age_days": 0}, "mt_max_age_days"),
        ({"mt_max_age_days": 366}, "mt_max_age_days"),
        ({"autosave_interval_s": 9}, "autosave_interval_s"),
        ({"autosave_interval_s": 3601}, "autosave_interval_s"),
        ({"clinic_name": "x" * 201}, "clinic_name"),
        ({"recent_files": [f"/p{i}.tmsplan" for i in range(MAX_RECENT_FILES + 1)]}, "recent_files"),
    ],
)
def test_out_of_range_value_names_the_field(tmp_path: Path, doc: dict, field: str) -> None:
    assert f"'{field}'" in problem_of(write_doc(tmp_path / "settings.json", doc))


def test_unknown_key_of_this_version_is_ignored_named_and_kept(tmp_path: Path) -> None:
    """A hand-edited key this version does not know: the rest still applies; the key is named and kept."""
    path = write_doc(tmp_path / "settings.json", {"schema_version": SCHEMA_VERSION, "paper": "letter",
                                                  "colour_theme": "dark"})
    loaded, message = load_settings(path)
    assert loaded == AppSettings(paper="letter")
    assert message is not None and "'colour_theme'" in message and "\n" not in message
    assert "plan" not in message.split(": ", 1)[1]  # the settings file is not a plan
    save_settings(add_recent(loaded, tmp_path / "a.tmsplan"), path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["colour_theme"] == "dark" and saved["paper"] == "letter"
    assert saved["recent_files"] == [str(tmp_path / "a.tmsplan")]


# --- schema versions ------------------------------------------------------------


def test_saved_file_carries_the_schema_version_first(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(AppSettings(), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert next(iter(document)) == "schema_version" and document["schema_version"] == SCHEMA_VERSION


def test_every_older_version_has_a_migration() -> None:
    assert sorted(settings_mod.MIGRATIONS) == list(range(1, SCHEMA_VERSION))


def test_version_1_file_is_migrated(tmp_path: Path) -> None:
    """A file from before settings had versions (no schema_version) loads; it is saved as the current one."""
    v1 = {"clinic_name": "Клиника", "paper": "letter", "mt_max_age_days": 14, "export_folder": None,
          "recent_files": ["/a.tmsplan"], "autosave_interval_s": 120, "language": "ru"}
    path = write_doc(tmp_path / "settings.json", v1)
    loaded, message = load_settings(path)
    assert message is None
    assert loaded == AppSettings(**v1)
    assert loaded.safety_table is None  # added in version 2, default
    save_settings(loaded, path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert load_settings(path) == (loaded, None)


NEWER = {"schema_version": SCHEMA_VERSION + 1, "paper": "letter", "clinic_name": "Newer clinic",
         "colour_theme": "dark", "recent_files": ["/x.tmsplan"]}


def test_newer_version_gives_defaults_one_message_and_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = (json.dumps(NEWER, indent=4) + "\n").encode("utf-8")
    path.write_bytes(original)
    loaded, message = load_settings(path)
    assert loaded == AppSettings()
    assert message is not None and "\n" not in message and "newer" in message and "defaults" in message
    assert settings_mod.written_by_newer_version(path)
    with pytest.raises(settings_mod.NewerSettingsError):
        save_settings(AppSettings(clinic_name="Older"), path)
    assert path.read_bytes() == original


@pytest.mark.parametrize("version", [0, -1, "2", True, 1.5])
def test_bad_schema_version_names_the_field(tmp_path: Path, version: object) -> None:
    path = write_doc(tmp_path / "settings.json", {"schema_version": version})
    assert "'schema_version'" in problem_of(path)


def test_clinic_safety_table_setting(tmp_path: Path) -> None:
    path = write_doc(tmp_path / "settings.json", {"schema_version": SCHEMA_VERSION,
                                                  "safety_table": "/srv/clinic/limits.toml"})
    assert load_settings(path) == (AppSettings(safety_table="/srv/clinic/limits.toml"), None)
    assert "'safety_table'" in problem_of(write_doc(path, {"safety_table": ""}))


def test_bad_file_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write_doc(tmp_path / "settings.json", {"paper": 1})
    load_settings(path)
    assert any(str(path) in record.getMessage() for record in caplog.records)


def test_bounds_hold_on_assignment() -> None:
    s = AppSettings()
    with pytest.raises(ValidationError):
        s.mt_max_age_days = 0
    with pytest.raises(ValidationError):
        s.paper = "a3"  # type: ignore[assignment]
    assert s == AppSettings()


# --- recent files -------------------------------------------------------------


def test_add_recent_puts_newest_first_and_stores_absolute_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    s = add_recent(add_recent(AppSettings(), "a.tmsplan"), tmp_path / "b.tmsplan")
    assert s.recent_files == [str(tmp_path / "b.tmsplan"), str(tmp_path / "a.tmsplan")]


def test_add_recent_moves_a_duplicate_to_the_front(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    s = AppSettings()
    for name in ("a.tmsplan", "b.tmsplan", "c.tmsplan"):
        s = add_recent(s, str(tmp_path / name))
    s = add_recent(s, "sub/../a.tmsplan")  # the same file, spelt differently
    assert [Path(p).name for p in s.recent_files] == ["a.tmsplan", "c.tmsplan", "b.tmsplan"]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_add_recent_treats_a_symlink_as_the_same_file(tmp_path: Path) -> None:
    real = tmp_path / "real.tmsplan"
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.tmsplan"
    link.symlink_to(real)
    s = add_recent(add_recent(AppSettings(), str(real)), str(link))
    assert s.recent_files == [str(link)]


def test_add_recent_keeps_at_most_ten_and_leaves_the_original(tmp_path: Path) -> None:
    original = AppSettings()
    s = original
    for i in range(MAX_RECENT_FILES + 5):
        s = add_recent(s, str(tmp_path / f"p{i}.tmsplan"))
    assert len(s.recent_files) == MAX_RECENT_FILES
    assert s.recent_files[0] == str(tmp_path / f"p{MAX_RECENT_FILES + 4}.tmsplan")
    assert s.recent_files[-1] == str(tmp_path / "p5.tmsplan")
    assert original.recent_files == []
    AppSettings.model_validate(s.model_dump())  # the copy is still valid


# --- config folder ----------------------------------------------------------------


def test_config_dir_honours_xdg_config_home(config_home: Path) -> None:
    assert config_dir() == config_home / "tmsplanner"
    assert settings_path() == config_home / "tmsplanner" / "settings.json"
    assert autosave_dir() == config_home / "tmsplanner" / "autosave"


@pytest.mark.parametrize("value", ["", "relative/dir"])
def test_config_dir_ignores_empty_or_relative_xdg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", value)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    assert config_dir() == tmp_path / ".config" / "tmsplanner"


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", (".config", "tmsplanner")),
        ("darwin", ("Library", "Application Support", "tmsplanner")),
    ],
)
def test_config_dir_per_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str, expected: tuple[str, ...]
) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    assert config_dir() == tmp_path.joinpath(*expected)


def test_config_dir_on_windows_uses_appdata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert config_dir() == tmp_path / "Roaming" / "tmsplanner"


def test_importing_settings_loads_no_qt_and_reads_no_files() -> None:
    code = (
        "import builtins, sys; opened = []; real = builtins.open\n"
        "builtins.open = lambda f, *a, **k: (opened.append(str(f)), real(f, *a, **k))[1]\n"
        "import tmsplanner.core.settings\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'PySide6'], 'Qt loaded'\n"
        "assert not [f for f in opened if 'settings' in f], opened\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- property: any valid settings survive a save and a load -----------------------

clinic_text = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),  # Cyrillic
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
    ),
    min_size=1,
    max_size=200,
).filter(lambda name: name == name.strip() and name != "")  # a clinic name is one trimmed line
path_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=60)

valid_settings = st.builds(
    AppSettings,
    clinic_name=st.none() | clinic_text,
    paper=st.sampled_from(["a4", "letter"]),
    mt_max_age_days=st.integers(1, 365),
    export_folder=st.none() | path_text,
    recent_files=st.lists(path_text, max_size=MAX_RECENT_FILES),
    autosave_interval_s=st.integers(10, 3600),
    language=st.none() | st.sampled_from(["ru", "uk", "en", "de", "pt_BR", "zh-Hant", "en-GB"]),
    safety_table=st.none() | path_text,
)


@hyp_settings(max_examples=75)
@given(s=valid_settings)
def test_any_valid_settings_round_trip(tmp_path_factory: pytest.TempPathFactory, s: AppSettings) -> None:
    path = tmp_path_factory.getbasetemp() / "hypothesis" / "settings.json"
    save_settings(s, path)
    assert load_settings(path) == (s, None)
