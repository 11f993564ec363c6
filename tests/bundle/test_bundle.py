"""The self-contained bundle runs the CLI and the window with no Python and no source tree around it.

Slow (builds the bundle unless TMSPLANNER_BUNDLE_DIR names one), so only with ``pytest -m bundle``.
Every program runs with a clean environment (no PYTHONPATH, no virtual environment on PATH)
from a folder outside the repository.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from bundle_support import REPO, Bundle

pytestmark = pytest.mark.bundle

CLINIC = "Клиника «Здоровье»"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bundle-run")
    assert REPO not in folder.parents
    return folder


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """Only what a desktop session would have: no PYTHONPATH, no virtual environment, a UTF-8 locale."""
    env = {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_DATA_HOME": str(home / "data")}
    if sys.platform == "win32":
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP") if k in os.environ})
    env.update(extra)
    return env


def run(bundle: Bundle, workdir: Path, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(bundle.executable), *args], cwd=workdir, env=clean_env(workdir, **env),
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


@pytest.fixture(scope="module")
def preset(bundle: Bundle, workdir: Path) -> dict:
    result = run(bundle, workdir, "presets", "--json")
    assert result.returncode == 0, result.stderr
    presets = json.loads(result.stdout)
    assert len(presets) >= 5
    return next(p for p in presets if p["id"] == "neurostar-10hz-ldlpfc")


@pytest.fixture(scope="module")
def plan(bundle: Bundle, workdir: Path, preset: dict) -> Path:
    path = workdir / "course.tmsplan"
    result = run(bundle, workdir, "new", "--preset", preset["id"], "-o", path.name, "--patient", "P-17",
                 "--mt", "54", "--mt-date", "2026-11-20", "--start", "2026-11-23")
    assert result.returncode == 0, result.stderr
    assert f"wrote {path.name} from preset '{preset['id']}'" in result.stdout
    return path


def test_version_and_help(bundle: Bundle, workdir: Path) -> None:
    result = run(bundle, workdir, "--version")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"tmsplanner \d+\.\d+\.\d+\S*\n", result.stdout)
    assert run(bundle, workdir, "--help").stdout.startswith("usage: tmsplanner")


def test_presets(bundle: Bundle, workdir: Path, preset: dict) -> None:
    result = run(bundle, workdir, "presets")
    assert result.returncode == 0, result.stderr
    assert re.search(r"^neurostar-10hz-ldlpfc +mdd ", result.stdout, re.M)
    assert "snt-accelerated-itbs" in result.stdout
    assert preset["indication"] == "mdd"


def test_check_example_reads_the_bundled_resources(bundle: Bundle, workdir: Path) -> None:
    result = run(bundle, workdir, "check", "--example")
    assert result.returncode == 0, result.stdout + result.stderr
    first = result.stdout.splitlines()[0]
    # The example comes from the bundle's own copy of resources/, not from the repository.
    assert first.startswith(str(bundle.folder)), first
    assert "_resources" in first and "standard-10hz-ldlpfc.tmsplan" in first
    assert re.search(r"\d+ sessions from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d", result.stdout)
    assert "safety table: " in result.stdout


def test_check_json(bundle: Bundle, workdir: Path, plan: Path, preset: dict) -> None:
    result = run(bundle, workdir, "check", plan.name, "--json", "--today", "2026-11-21")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["verdict"] in {"ok", "warnings"}
    assert report["derived"]["start_date"] == "2026-11-23"
    assert report["derived"]["total_sessions"] == 30
    assert all(f["rule"] and f["severity"] in {"info", "warn"} for f in report["findings"])
    # The same verdict, findings and figures as the installed package gives.
    source = subprocess.run([sys.executable, "-m", "tmsplanner", "check", plan.name, "--json", "--today", "2026-11-21"],
                            cwd=workdir, capture_output=True, text=True, encoding="utf-8", timeout=120,
                            env={**clean_env(workdir), "PATH": os.environ["PATH"]})
    assert source.returncode == 0, source.stderr
    assert report == json.loads(source.stdout)


def test_export_pdf_with_cyrillic_clinic(bundle: Bundle, workdir: Path, plan: Path, preset: dict) -> None:
    pdf = workdir / "course.pdf"
    refused = run(bundle, workdir, "export", plan.name, "-o", pdf.name, "--clinic", CLINIC,
                  "--export-date", "2026-11-21", "--today", "2026-11-21")
    # A new plan's screening is unanswered: the plan prints only as a draft until it is answered or confirmed.
    assert refused.returncode == 1 and "unanswered screening items" in refused.stderr and not pdf.exists()
    result = run(bundle, workdir, "export", plan.name, "-o", pdf.name, "--clinic", CLINIC, "--draft",
                 "--export-date", "2026-11-21", "--today", "2026-11-21")
    assert result.returncode == 0, result.stdout + result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "rTMS course plan" in text
    assert preset["name"] in text
    assert "P-17" in text
    assert CLINIC in text  # PT Sans from the bundle draws the Cyrillic


def test_calendar_export(bundle: Bundle, workdir: Path, plan: Path) -> None:
    ics = workdir / "course.ics"
    result = run(bundle, workdir, "ics", plan.name, "-o", ics.name, "--export-date", "2026-11-21",
                 "--today", "2026-11-21")
    assert result.returncode == 0, result.stdout + result.stderr
    text = ics.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") == 30


def test_course_record_in_the_users_data_folder(bundle: Bundle, workdir: Path, plan: Path) -> None:
    """The bundle carries the store's migrations: a first record creates the database, the course reads it."""
    recorded = run(bundle, workdir, "record", plan.name, "--session", "1", "--operator", "AB", "--date",
                   "2026-11-23")
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    assert (workdir / "data" / "tmsplanner" / "record.sqlite3").is_file()
    course = run(bundle, workdir, "course", plan.name, "--json", "--today", "2026-11-24")
    assert course.returncode == 0, course.stderr
    assert [d["session"] for d in json.loads(course.stdout)["delivered"]] == [1]


@pytest.mark.parametrize(("calendar", "holiday"), [("DE-BY", "2027-01-06"), ("PL", "2027-01-06"),
                                                   ("JP", "2027-01-01"), ("BR", "2027-01-01")])
def test_holiday_calendars_of_any_country(bundle: Bundle, workdir: Path, plan: Path, calendar: str,
                                          holiday: str) -> None:
    data = json.loads(plan.read_text(encoding="utf-8"))
    data["schedule"]["holiday_country"] = calendar
    data["schedule"]["start_date"] = "2026-12-21"
    path = workdir / f"holidays-{calendar}.tmsplan"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run(bundle, workdir, "check", path.name, "--json", "--today", "2026-12-01")
    assert result.returncode in (0, 1), result.stderr
    skipped = {s["date"]: s["reason"] for s in json.loads(result.stdout)["derived"]["skipped_dates"]}
    assert holiday in skipped and "holiday" in skipped[holiday]


def test_window_first_paint_offscreen(bundle: Bundle, workdir: Path) -> None:
    result = run(bundle, workdir, timeout=120, QT_QPA_PLATFORM="offscreen", TMSPLANNER_EXIT_AFTER_FIRST_PAINT="1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^first-paint \d+(\.\d+)? rss-kb \d+$", result.stdout, re.M), result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("language", ["ru_RU.UTF-8", "uk_UA.UTF-8"])
def test_window_opens_a_plan_in_russian_and_ukrainian(bundle: Bundle, workdir: Path, plan: Path,
                                                      language: str) -> None:
    result = run(bundle, workdir, "gui", plan.name, QT_QPA_PLATFORM="offscreen",
                 TMSPLANNER_EXIT_AFTER_FIRST_PAINT="1", LANG=language, LC_ALL=language)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "first-paint" in result.stdout
    assert "Traceback" not in result.stderr


def test_bundle_carries_fonts_translations_and_renderers(bundle: Bundle) -> None:
    internal = bundle.executable.parent / "_internal"
    resources = internal / "tmsplanner" / "_resources"
    for part in ("evidence/protocols.toml", "safety/rules.toml", "i18n/tmsplanner_ru.qm", "i18n/tmsplanner_uk.qm",
                 "icons/tmsplanner.svg", "icons/tmsplanner-256.png", "examples/standard-10hz-ldlpfc.tmsplan"):
        assert (resources / part).is_file(), part
    assert len(list((internal / "fontpkg_pt_sans" / "files").glob("*.ttf"))) == 4
    qt = internal / "PySide6" / "Qt"
    assert sorted(p.name for p in (qt / "translations").glob("*.qm")) == ["qtbase_ru.qm", "qtbase_uk.qm"]
    assert list((qt / "plugins" / "iconengines").glob("*qsvgicon*")), "the SVG icon engine is missing"
    assert list((qt / "plugins" / "platforms").glob("*qxcb*")) or sys.platform != "linux"
    assert list((internal / "pypdfium2_raw").glob("*pdfium*")), "PDFium (print preview) is missing"
    assert list((internal / "PIL").glob("_imaging*")), "Pillow (print preview) is missing"
    assert (internal / "holidays" / "locale").is_dir()
    for unwanted in ("tkinter", "_tkinter", "PySide6/QtNetwork", "PySide6/QtQml", "PySide6/Qt/lib/libQt6Pdf",
                     "PySide6/Qt/lib/libQt6Quick", "PySide6/Qt/plugins/platformthemes/libqgtk3"):
        assert not list(internal.glob(unwanted + "*")), unwanted


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="ELF and ldd only")
def test_no_bundled_library_misses_a_bundled_dependency(bundle: Bundle) -> None:
    """Nothing the spec left out (Qt modules, pruned libraries) is still needed by what it kept."""
    ours = re.compile(r"^(libQt6|libicu|libpyside6|libshiboken6|libpython|libpdfium)")
    internal = bundle.executable.parent / "_internal"
    missing = {}
    for path in [bundle.executable, *internal.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        output = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        lost = [line.split()[0] for line in output.splitlines() if "not found" in line]
        if any(ours.match(name) for name in lost):
            missing[str(path.relative_to(bundle.folder))] = lost
    assert not missing


def test_desktop_entry_of_the_bundle(bundle: Bundle, workdir: Path) -> None:
    home = workdir / "desktop-home"
    result = run(bundle, home.parent, "desktop-entry", "install", XDG_DATA_HOME=str(home))
    assert result.returncode == 0, result.stdout + result.stderr
    entry_path = home / "applications" / "tmsplanner.desktop"
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(entry_path, encoding="utf-8")
    exec_line = entry["Desktop Entry"]["Exec"]
    executable = bundle.executable.resolve()
    assert exec_line == f"{executable} gui %f" or exec_line.startswith(f'"{executable}"')
    assert Path(entry["Desktop Entry"]["TryExec"]) == bundle.executable.resolve()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / "tmsplanner.svg").is_file()
    assert (home / "icons" / "hicolor" / "256x256" / "apps" / "tmsplanner.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry_path)], capture_output=True, text=True)
        assert check.returncode == 0 and "error:" not in check.stdout, check.stdout
    result = run(bundle, home.parent, "desktop-entry", "install", "--uninstall", XDG_DATA_HOME=str(home))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not entry_path.exists()
    assert not list((home / "icons").rglob("tmsplanner.*"))


def test_size_stays_reasonable(bundle: Bundle) -> None:
    """A guard against pulling in QtWebEngine, QML or a second Qt by accident."""
    total = sum(p.stat().st_size for p in bundle.folder.rglob("*") if p.is_file() and not p.is_symlink())
    assert total < 200 * 2**20, f"{total / 2**20:.0f} MiB"


def test_cldr_data_of_the_three_languages_only_and_they_print(bundle: Bundle, tmp_path: Path) -> None:
    """Babel's data is kept for English, Russian and Ukrainian (and their regions), which the bundle uses."""
    data = next(bundle.folder.rglob("babel/locale-data"))
    kept = {p.stem.split("_")[0] for p in data.glob("*.dat")}
    assert kept == {"root", "en", "ru", "uk"}
    assert not (data / "de.dat").exists()
    example = REPO / "resources" / "examples" / "standard-10hz-ldlpfc.tmsplan"
    for language in ("ru", "uk"):
        result = run(bundle, tmp_path, "check", str(example), "--lang", language, "--today", "2026-11-23")
        assert result.returncode in (0, 1), result.stderr
        assert "сеанс" in result.stdout and "62,4" in result.stdout  # the language's words and its decimal sign
