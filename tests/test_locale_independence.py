"""Nothing in tmsplanner depends on the process locale (LANG, LC_ALL, LC_*, LANGUAGE).

A static scan of the package: locale-dependent strftime directives, the locale
module, the 'n' number format, text files opened without an encoding (Python
3.11 then uses the locale's encoding, ASCII when LANG is unset), subprocess
text mode without an encoding, and Qt's system locale used for anything but
the application's own choice of language (gui/app.py). Plus the strftime
replacement itself, under a real foreign LC_TIME where the machine has one.
"""

from __future__ import annotations

import ast
import datetime as dt
import locale
import re
from pathlib import Path

import pytest

from tmsplanner.core.dates import english_date

PACKAGE = Path(__file__).resolve().parents[1] / "tmsplanner"
LOCALE_DIRECTIVE = re.compile(r"%[aAbBcxXpP]")
# The one place that names days and months itself, and the one place that chooses the language.
ALLOWED: dict[str, set[str]] = {"strftime": {"core/dates.py"}, "QLocale.system": set()}


def package_files() -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 40
    return files


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _constant(node: ast.expr | None) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def _text_of(node: ast.AST) -> str:
    """The literal text of a string constant or an f-string's format spec."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_text_of(v) for v in node.values)
    return ""


def problems(path: Path, root: Path = PACKAGE) -> list[str]:
    """Every locale-dependent construct in one source file, as 'file:line: what'."""
    relative = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{relative}:{node.lineno}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            if any(n == "locale" or n.startswith("locale.") for n in names):
                report(node, "imports the locale module")
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = _text_of(node.format_spec)
            if LOCALE_DIRECTIVE.search(spec) and relative not in ALLOWED["strftime"]:
                report(node, f"date format {spec!r} names days or months in the C library's language")
            if spec.endswith("n"):
                report(node, f"number format {spec!r} follows the locale")
        elif isinstance(node, ast.Call):
            func = node.func
            attribute = isinstance(func, ast.Attribute)
            name = func.attr if attribute else func.id if isinstance(func, ast.Name) else ""
            owner = func.value.id if attribute and isinstance(func.value, ast.Name) else ""
            if name in ("strftime", "strptime") and node.args and relative not in ALLOWED["strftime"]:
                pattern = _text_of(node.args[0])
                if LOCALE_DIRECTIVE.search(pattern):
                    report(node, f"{name}({pattern!r}) names days or months in the C library's language")
            if not attribute and name == "open" or (owner, name) in (("os", "fdopen"), ("io", "open")):
                mode = _constant(node.args[1] if len(node.args) > 1 else _keyword(node, "mode"))
                if not (isinstance(mode, str) and "b" in mode) and _keyword(node, "encoding") is None:
                    report(node, f"{name}() in text mode without encoding=")
            if name == "read_text" and not node.args and _keyword(node, "encoding") is None:
                report(node, "read_text() without encoding=")
            if name == "write_text" and len(node.args) < 2 and _keyword(node, "encoding") is None:
                report(node, "write_text() without encoding=")
            if owner == "subprocess" and name in ("run", "Popen", "check_output", "call", "check_call"):
                text_mode = any(_constant(_keyword(node, k)) is True for k in ("text", "universal_newlines"))
                if text_mode and _keyword(node, "encoding") is None:
                    report(node, f"subprocess.{name} in text mode without encoding=")
            if owner == "QLocale" and name == "system" and relative not in ALLOWED["QLocale.system"]:
                report(node, "QLocale.system() used for something other than choosing the interface language")
            if owner == "time" and name in ("strftime", "asctime", "ctime"):
                report(node, f"time.{name}() follows the locale")
    return found


def test_no_locale_dependent_code_in_the_package() -> None:
    found = [p for path in package_files() for p in problems(path)]
    assert found == []


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import locale\n"
        "import subprocess, os, time\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QLocale\n"
        "day = f'{x:%a %d %b}'\n"
        "size = f'{n:n}'\n"
        "when = x.strftime('%B %Y')\n"
        "text = open('f').read()\n"
        "also = open('f', 'w')\n"
        "fine = open('f', 'rb')\n"
        "ok = open('f', encoding='utf-8')\n"
        "data = Path('f').read_text()\n"
        "Path('f').write_text('x')\n"
        "out = subprocess.run(['x'], text=True)\n"
        "language = QLocale.system().name()\n"
        "numeric = f'{x:%Y-%m-%d %H:%M} {y:,} {z:.1f}'\n"
        "handle = os.fdopen(3, 'w')\n"
        "stamp = time.strftime('%H:%M')\n"
        "descriptor = os.open('f', os.O_RDONLY)\n"
        "fine_too = Path('f').read_text(encoding='utf-8')\n"
        "fine_three = subprocess.run(['x'], text=True, encoding='utf-8').stdout\n",
        encoding="utf-8")
    found = problems(bad, tmp_path)
    assert sorted(int(p.split(":")[1]) for p in found) == [1, 5, 6, 7, 8, 9, 12, 13, 14, 15, 17, 18]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("%a %d %b %Y", "Fri 25 Dec 2026"),
    ("%A %d %B %Y", "Friday 25 December 2026"),
    ("%d %b", "25 Dec"),
    ("%Y-%m-%d %H:%M", "2026-12-25 09:05"),
    ("100%% on %a", "100% on Fri"),
])
def test_english_date(pattern: str, expected: str) -> None:
    assert english_date(dt.datetime(2026, 12, 25, 9, 5), pattern) == expected


def test_english_date_refuses_locale_forms() -> None:
    for pattern in ("%c", "%x", "%X", "%I %p"):
        with pytest.raises(ValueError, match="locale"):
            english_date(dt.date(2026, 12, 25), pattern)


FOREIGN_LOCALES = ("de_DE.UTF-8", "ru_RU.UTF-8", "uk_UA.UTF-8", "fr_FR.UTF-8", "de_DE.utf8", "ru_RU.utf8")


def test_english_date_under_a_foreign_c_library_locale() -> None:
    """What Qt does at start-up (setlocale(LC_ALL, "")) cannot change the English words."""
    saved = locale.setlocale(locale.LC_TIME)
    for name in FOREIGN_LOCALES:
        try:
            locale.setlocale(locale.LC_TIME, name)
            break
        except locale.Error:
            continue
    else:
        pytest.skip("no foreign locale is installed on this machine")
    try:
        assert dt.date(2026, 12, 25).strftime("%a %b") != "Fri Dec"  # the C library speaks another language
        assert english_date(dt.date(2026, 12, 25), "%a %d %b %Y") == "Fri 25 Dec 2026"
        assert english_date(dt.date(2026, 12, 25), "%A %d %B") == "Friday 25 December"
    finally:
        locale.setlocale(locale.LC_TIME, saved)
