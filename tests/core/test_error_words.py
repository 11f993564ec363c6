"""Errors in words for people: ``str(exc)`` stays English, ``exc.words(c)`` says it in a catalogue's language,
and every text an error can carry is in the message template (context ``errors``) for translators to find."""

from __future__ import annotations

import ast
import errno
import importlib.util
import json
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tmsplanner.core.errors import (
    FileError,
    FileWriteError,
    Phrase,
    PlanFileError,
    Plural,
    TmsPlannerError,
    os_reason,
    worded,
)
from tmsplanner.core.fieldnames import ValidationWords, for_people
from tmsplanner.core.i18n import Catalogue, catalogue
from tmsplanner.core.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
CYRILLIC = re.compile("[а-яіїєґё]", re.IGNORECASE)
EXAMPLE = resource_path("examples", "standard-10hz-ldlpfc.tmsplan")


def template_messages(context: str = "errors") -> set[str]:
    with open(resource_path("i18n", "messages", "messages.pot"), "rb") as handle:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id and m.context == context}


def caught(action) -> TmsPlannerError:
    with pytest.raises(TmsPlannerError) as info:
        action()
    return info.value


def plan_errors(tmp_path: Path) -> list[FileError]:
    """File errors from the real code paths: reading, parsing, validating and writing plans and settings."""
    from tmsplanner.app.plans import parse_plan  # a field's invalid value worded for people
    from tmsplanner.core.fileio import write_atomic
    from tmsplanner.core.planio import load_plan
    from tmsplanner.core.settings import AppSettings, save_settings

    text = EXAMPLE.read_bytes()
    document = json.loads(text)
    document["blocks"][0]["pattern"]["trains"] = -1
    newer = tmp_path / "settings.json"
    newer.write_text(json.dumps({"schema_version": 999}), encoding="utf-8")
    errors = [
        caught(lambda: load_plan(tmp_path / "missing.tmsplan")),
        caught(lambda: load_plan(tmp_path)),
        caught(lambda: parse_plan(text[:150], "cut.tmsplan")),
        caught(lambda: parse_plan(b'{"a": 1,, }', "comma.tmsplan")),
        caught(lambda: parse_plan(b"\xff\xfe{}", "bytes.tmsplan")),
        caught(lambda: parse_plan(b"[]", "list.tmsplan")),
        caught(lambda: parse_plan(b'{"format": "x"}', "format.tmsplan")),
        caught(lambda: parse_plan(b'{"a": NaN}', "nan.tmsplan")),
        caught(lambda: parse_plan(b'{"a": 1, "a": 2}', "twice.tmsplan")),
        caught(lambda: parse_plan(json.dumps(document).encode(), "trains.tmsplan")),
        caught(lambda: write_atomic(tmp_path / "no-folder" / "x.pdf", b"x")),
        caught(lambda: save_settings(AppSettings(), newer)),
    ]
    assert all(isinstance(e, FileError) for e in errors)
    return errors  # type: ignore[return-value]


def app_errors(tmp_path: Path) -> list[TmsPlannerError]:
    """The application layer's and the report's own errors."""
    from tmsplanner.app.checking import load_clinic_table
    from tmsplanner.app.exports import DraftRequired
    from tmsplanner.app.plans import FileChangedError, FileStamp
    from tmsplanner.report.fonts import UnprintableText

    return [
        FileChangedError("a.tmsplan", None),
        FileChangedError("a.tmsplan", FileStamp("0" * 64, 1_700_000_000 * 10**9)),
        UnprintableText("patient.display_name", "محمد🙂ABCDEFGHIJ"),
        caught(lambda: load_clinic_table(tmp_path / "missing.toml")),
        DraftRequired(1), DraftRequired(2, 3), DraftRequired(0, 11), DraftRequired(21, 1),
    ]


def phrases(phrase: object) -> list[Phrase]:
    """A phrase and every phrase among its values, at any depth."""
    if not isinstance(phrase, Phrase):
        return []
    return [phrase, *(p for value in phrase.values.values() for p in phrases(value))]


def test_str_stays_english_and_is_the_words_without_a_catalogue(tmp_path) -> None:
    for exc in [*plan_errors(tmp_path), *app_errors(tmp_path)]:
        assert exc.words(None) == str(exc) == exc.words(catalogue("en")) == worded(exc, None), str(exc)
        if isinstance(exc, FileError):
            assert str(exc) == f"{exc.path}: {exc.reason}"


def test_the_english_wording_is_as_it_was(tmp_path) -> None:
    missing, folder, *_ = plan_errors(tmp_path)
    assert str(missing) == f"{tmp_path / 'missing.tmsplan'}: file not found"
    assert str(folder) == f"{tmp_path}: is a folder, not a plan file"
    changed_none, changed, unprintable, _table, one, both, screening, many = app_errors(tmp_path)
    assert str(changed_none) == "a.tmsplan: was deleted or moved since it was opened; not overwritten"
    assert re.fullmatch(r"a\.tmsplan: was changed on disk since it was opened \(at \d{4}-\d\d-\d\d "
                        r"\d\d:\d\d:\d\d\); not overwritten", str(changed))
    assert str(unprintable).startswith("PDF: field 'patient.display_name' has characters no PDF font can print: ")
    assert str(unprintable).endswith(" and 6 more; nothing was written (change or transliterate them)")
    assert str(one) == "1 blocking finding: such a plan exports only as a draft marked DRAFT — NOT FOR TREATMENT"
    assert str(both) == ("2 blocking findings and 3 unanswered screening items that no clinician has confirmed: such "
                         "a plan exports only as a draft marked DRAFT — NOT FOR TREATMENT")
    assert str(screening).startswith("11 unanswered screening items that no clinician has confirmed: ")
    assert str(many).startswith("21 blocking findings and 1 unanswered screening item that ")


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_every_error_is_worded_in_the_language(tmp_path, language) -> None:
    c = catalogue(language)
    for exc in [*plan_errors(tmp_path), *app_errors(tmp_path)]:
        words = exc.words(c)
        assert words != str(exc) and CYRILLIC.search(words), words
        assert "\n" not in words and "{" not in words.replace("{}", ""), words
        if isinstance(exc, FileError):
            assert words.startswith(f"{exc.path}: "), words


def test_plural_forms_and_values_follow_the_language(tmp_path) -> None:
    from tmsplanner.app.exports import DraftRequired

    ru, uk = catalogue("ru"), catalogue("uk")
    assert DraftRequired(1).words(ru).startswith("1 блокирующее замечание: ")
    assert DraftRequired(3).words(ru).startswith("3 блокирующих замечания: ")
    assert DraftRequired(11).words(ru).startswith("11 блокирующих замечаний: ")
    assert DraftRequired(21).words(uk).startswith("21 блокувальне зауваження: ")
    assert DraftRequired(1).words(ru).endswith("с пометкой ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ")
    assert DraftRequired(2, 5).words(uk) == ("2 блокувальні зауваження і 5 пунктів скринінгу безпеки без відповіді, "
                                             "не підтверджених лікарем: такий план експортується лише як чернетка з "
                                             "позначкою ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ")


def test_a_validation_error_is_kept_and_names_the_field_in_words(tmp_path) -> None:
    from tmsplanner.core.planio import parse_plan

    document = json.loads(EXAMPLE.read_bytes())
    document["blocks"][0]["pattern"]["trains"] = -1
    core = caught(lambda: parse_plan(json.dumps(document).encode(), "trains.tmsplan"))
    assert isinstance(core, PlanFileError) and core.validation is not None  # kept, to be worded in any language
    *_, trains, _, _ = plan_errors(tmp_path)  # as the application layer raises it
    assert trains.validation is not None and isinstance(trains.phrase, ValidationWords)
    assert str(trains) == str(core) == str(for_people(core))
    assert str(trains).startswith("trains.tmsplan: field 'blocks[0].pattern(rtms).trains': ")
    ru = "trains.tmsplan: Блок 1 › Паттерн импульсов › Число серий: должно быть не меньше 1"
    assert trains.words(catalogue("ru")) == for_people(core).words(catalogue("ru")) == ru
    unnamed = PlanFileError("--trains", ValidationWords("must be at least 1", trains.validation, named=False))
    assert unnamed.words(catalogue("uk")) == "--trains: має бути не менше 1" and unnamed.validation is not None


def test_os_errors_become_phrases_the_catalogue_has() -> None:
    known = template_messages()
    for number in (errno.ENOENT, errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EISDIR,
                   errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP, errno.EEXIST, errno.EBUSY, errno.EIO,
                   errno.ETXTBSY):
        reason = os_reason(OSError(number, "strerror text"))
        assert isinstance(reason, Phrase) and reason in known, number
        assert CYRILLIC.search(reason.words(catalogue("ru")))
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == "Invalid cross-device link"
    assert os_reason(OSError("no errno at all")) == "no errno at all"
    error = FileWriteError("x.pdf", "cannot be written: {why}", why=os_reason(PermissionError(errno.EACCES, "?")))
    assert str(error) == "x.pdf: cannot be written: Permission denied"
    assert error.words(catalogue("uk")) == "x.pdf: не вдається записати: немає прав доступу"


def test_a_translation_with_a_wrong_placeholder_falls_back_to_the_english() -> None:
    broken = Catalogue("ru", {("errors", "cannot be written: {why}"): "не записано: {reason}",
                              ("errors", "Permission denied"): "нет прав"})
    error = FileWriteError("x", "cannot be written: {why}", why=os_reason(PermissionError(errno.EACCES, "?")))
    assert error.words(broken) == "x: cannot be written: нет прав"


def test_values_are_filled_after_translation_and_never_read_as_templates() -> None:
    error = PlanFileError("{odd} name.tmsplan",
                          "field '{field}' appears twice in one object; a key may appear only once", field="{x}")
    assert str(error) == "{odd} name.tmsplan: field '{x}' appears twice in one object; a key may appear only once"
    assert error.words(catalogue("ru")).startswith("{odd} name.tmsplan: поле '{x}' встречается")
    assert Plural("{n} blocking finding", "{n} blocking findings", 5).words(catalogue("ru")) == \
        "5 блокирующих замечаний"


# -- the extractor finds every error text ---------------------------------------------------------------------


def messages_tool():
    spec = importlib.util.spec_from_file_location("messages_tool", ROOT / "tools" / "messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_phrase_an_error_carries_is_in_the_template(tmp_path) -> None:
    known = template_messages()
    for exc in [*plan_errors(tmp_path), *app_errors(tmp_path)]:
        phrase = exc.line if isinstance(exc, FileError) else exc.phrase  # type: ignore[attr-defined]
        for part in phrases(phrase):
            if not isinstance(part, ValidationWords):
                assert part.template in known, part.template


def test_the_extractor_finds_every_error_template_in_the_code() -> None:
    tool = messages_tool()
    entries = [message for _, message, _ in tool.error_entries(ROOT)]
    assert {m if isinstance(m, str) else m[0] for m in entries} <= template_messages()
    found = {form for m in entries for form in ((m,) if isinstance(m, str) else m)}  # both forms of a plural
    keywords = tool.ERROR_KEYWORDS
    literal: set[str] = set()
    for path in sorted((ROOT / "tmsplanner").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else ""
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name == "__init__" and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Call) \
                    and len(node.args) >= 2 and _in_file_error(path, node):
                # a file error's own __init__ passes a Phrase on, never a text the extractor cannot see
                assert not isinstance(node.args[1], ast.Constant | ast.JoinedStr | ast.BinOp), where
            if name not in keywords:
                continue
            positions = keywords[name] or (1,)
            for position in positions:
                if len(node.args) < position:
                    continue
                arg = node.args[position - 1]
                assert not isinstance(arg, ast.JoinedStr | ast.BinOp), f"{where}: an f-string or a sum is no template"
                assert not (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
                            and arg.func.attr == "format"), f"{where}: a formatted text is no template"
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    literal.add(arg.value)
    assert literal and literal <= found, sorted(literal - found)
    assert {"file not found", "cannot be written: {why}", "{file}: {problem}", "Permission denied",
            "{n} blocking finding", "was deleted or moved since it was opened; not overwritten",
            "field '{field}' has characters no PDF font can print: {characters}; nothing was written (change or "
            "transliterate them)"} <= found


def _in_file_error(path: Path, call: ast.Call) -> bool:
    """Whether a ``super().__init__(...)`` call is inside a class that derives from a file error."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases}
        if bases & {"FileError", "FileWriteError", "PlanFileError"} and any(n is call for n in ast.walk(cls)):
            return True
    return False


def test_settings_problems_are_phrases_the_window_can_word(tmp_path) -> None:
    from tmsplanner.core.settings import load_settings

    path = tmp_path / "settings.json"
    path.write_text('{"schema_version": 3, "paper": "a4", "safty_table": "x", "colour": 1}', encoding="utf-8")
    _, problem = load_settings(path)
    assert problem == (f"{path}: unknown settings 'colour', 'safty_table' ignored (not part of this version's "
                       "settings file; kept in the file)")
    assert isinstance(problem, Phrase)
    assert problem.words(catalogue("ru")) == (f"{path}: неизвестные настройки 'colour', 'safty_table' пропущены (их "
                                              "нет в файле настроек этой версии; в файле они сохранены)")
    path.write_text('{"paper": "a5"}', encoding="utf-8")
    _, problem = load_settings(path)
    assert problem is not None and problem.startswith(f"{path}: field 'paper'")
    assert worded(problem, catalogue("uk")) == f"{path}: Формат паперу: має бути одним із запропонованих варіантів"


@pytest.mark.parametrize(("language", "expected"), [("en", "2026-12-05"), ("ru", "5 дек. 2026"),
                                                     ("uk", "5 груд. 2026")])
def test_a_date_in_an_error_is_written_as_the_language_writes_dates(language, expected) -> None:
    import datetime as dt

    from tmsplanner.app.records import RecordError, taken_place
    from tmsplanner.core.record import MTRetest
    from tmsplanner.core.vocab import MTKind, MTMethod

    retest = MTRetest(date=dt.date(2026, 12, 5), value_pct_mso=50, mt_kind=MTKind.RESTING, method=MTMethod.EMG,
                      operator="AB")
    with pytest.raises(RecordError) as caught_error:
        taken_place(retest, dt.date(2026, 12, 1))
    assert str(caught_error.value).startswith("the date 2026-12-05 is after today (2026-12-01)")  # logs: ISO
    words = caught_error.value.words(catalogue(language))
    today = catalogue(language).date(dt.date(2026, 12, 1)) if language != "en" else "2026-12-01"
    assert expected in words and f"({today})" in words
    if language != "en":
        assert "2026-12" not in words and CYRILLIC.search(words)
