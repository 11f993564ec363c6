"""Every message the command line prints speaks the language chosen with --lang: file errors, draft refusals
(with their plural forms), notes, validation errors naming the field, operating-system errors, the preset list."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from clirun import cli, future_monday

from tmsplanner.core.planio import load_plan, save_plan
from tmsplanner.core.vocab import ScreeningItem

PRESET = "neurostar-10hz-ldlpfc"
CYRILLIC = re.compile("[а-яіїєґё]", re.IGNORECASE)




def plan_file(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> Path:
    """A plan from the preset: blocked (its MT is a placeholder) and 11 screening items unanswered."""
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(path), "--start", future_monday().isoformat(),
                       *extra)
    assert code == 0, err
    return path


@pytest.mark.parametrize(("language", "words"), [("ru", "файл не найден"), ("uk", "файл не знайдено"),
                                                 ("en", "file not found")])
def test_a_missing_plan_is_named_in_the_language(capsys, tmp_path, language, words) -> None:
    missing = tmp_path / "missing.tmsplan"
    code, out, err = cli(capsys, "export", str(missing), "-o", str(tmp_path / "out.pdf"), "--lang", language)
    assert code == 2 and out == ""
    assert err == f"tmsplanner: {missing}: {words}\n"


def test_the_top_level_lang_speaks_too(capsys, tmp_path) -> None:
    missing = tmp_path / "missing.tmsplan"
    code, _, err = cli(capsys, "--lang", "uk", "check", str(missing))
    assert code == 2 and err == f"tmsplanner: {missing}: файл не знайдено\n"


def open_screening(plan_path: Path, unanswered: int) -> None:
    """Leave ``unanswered`` screening items open (the others answered 'no'), none confirmed by a clinician."""
    plan = load_plan(plan_path)
    answers = {item: (None if i < unanswered else False) for i, item in enumerate(ScreeningItem)}
    save_plan(plan.model_copy(update={"screening": answers}), plan_path)


def test_a_draft_refusal_in_russian_uses_the_plural_forms(capsys, tmp_path) -> None:
    plan = plan_file(capsys, tmp_path / "a.tmsplan")
    code, out, err = cli(capsys, "export", str(plan), "-o", str(tmp_path / "a.pdf"), "--lang", "ru")
    assert code == 1 and out == "" and not (tmp_path / "a.pdf").exists()
    assert err == (f"tmsplanner: {plan}: 1 блокирующее замечание и 11 пунктов скрининга безопасности без ответа, "
                   "не подтверждённых врачом: такой план экспортируется только как черновик с пометкой "
                   "ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ; PDF не записан (чтобы разрешить черновик, укажите --draft)\n")
    for unanswered, words in ((1, "1 пункт скрининга безопасности без ответа, не подтверждённый врачом"),
                              (3, "3 пункта скрининга безопасности без ответа, не подтверждённых врачом")):
        open_screening(plan, unanswered)
        code, _, err = cli(capsys, "export", str(plan), "-o", str(tmp_path / "a.pdf"), "--lang", "ru")
        assert code == 1 and f": 1 блокирующее замечание и {words}: такой план" in err, err
    code, _, err = cli(capsys, "ics", str(plan), "-o", str(tmp_path / "a.ics"), "--lang", "uk")
    assert code == 1 and err == (f"tmsplanner: {plan}: 1 блокувальне зауваження: такий план експортується лише як "
                                 "чернетка з позначкою ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ; календар не записано (щоб "
                                 "дозволити чернетку, вкажіть --draft)\n")


def test_the_english_refusal_reads_as_before(capsys, tmp_path) -> None:
    plan = plan_file(capsys, tmp_path / "a.tmsplan")
    code, _, err = cli(capsys, "export", str(plan), "-o", str(tmp_path / "a.pdf"))
    assert code == 1 and err == (f"tmsplanner: {plan}: 1 blocking finding and 11 unanswered screening items that no "
                                 "clinician has confirmed: such a plan exports only as a draft marked DRAFT — NOT "
                                 "FOR TREATMENT; no PDF written (use --draft to allow the draft)\n")


@pytest.mark.parametrize(("language", "words"), [
    ("ru", "tmsplanner: примечание: у плана нет plan_id, поэтому события календаря"),
    ("uk", "tmsplanner: примітка: план не має plan_id, тому події календаря"),
])
def test_the_ics_plan_id_note(capsys, tmp_path, language, words) -> None:
    path = plan_file(capsys, tmp_path / "a.tmsplan")
    save_plan(load_plan(path).model_copy(update={"plan_id": None}), path)
    code, out, err = cli(capsys, "ics", str(path), "-o", str(tmp_path / "a.ics"), "--draft", "--lang", language)
    assert code == 0 and CYRILLIC.search(out)
    assert err.startswith(words) and err.count("\n") == 1


def test_the_notes_of_new_speak_the_language(capsys, tmp_path) -> None:
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(tmp_path / "p.txt"), "--start", "2020-01-05",
                       "--lang", "uk")
    assert code == 0
    assert err.splitlines() == [
        f"tmsplanner: примітка: ім’я {tmp_path / 'p.txt'} не закінчується на .tmsplan; файл записується під "
        "вказаним ім’ям",
        "tmsplanner: примітка: --start 2020-01-05: ця дата вже минула",
        "tmsplanner: примітка: 2020-01-05 — неділя, день без сеансів; курс починається 2020-01-06 (понеділок)",
        "tmsplanner: примітка: моторний поріг — тимчасове значення (50% MSO); виміряйте та введіть його до лікування",
    ]
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(tmp_path / "q"), "--start", "2027-01-01",
                       "--holidays", "RU", "--mt", "55", "--lang", "ru")
    assert code == 0
    assert err == ("tmsplanner: примечание: 2027-01-01 (пятница) — нерабочий день (праздничный день: Новогодние "
                   "каникулы); курс начинается 2027-01-11 (понедельник)\n")


def test_a_validation_error_names_the_field_in_russian(capsys, tmp_path) -> None:
    path = plan_file(capsys, tmp_path / "a.tmsplan")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["blocks"][0]["pattern"]["trains"] = -1
    path.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = cli(capsys, "check", str(path), "--lang", "ru")
    assert code == 2
    assert err == f"tmsplanner: {path}: Блок 1 › Паттерн импульсов › Число серий: должно быть не меньше 1\n"
    code, _, err = cli(capsys, "check", str(path))
    assert err == (f"tmsplanner: {path}: field 'blocks[0].pattern(rtms).trains': Input should be greater than or "
                   "equal to 1 (got -1)\n")


def test_an_option_value_is_refused_in_the_language(capsys, tmp_path) -> None:
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(tmp_path / "p"), "--patient", "", "--lang", "ru")
    assert code == 2 and err == "tmsplanner: --patient: не должно быть пустым\n"
    code, _, err = cli(capsys, "check", "--example", "--mt-max-age-days", "999", "--lang", "uk")
    assert code == 2 and err == "tmsplanner: --mt-max-age-days: має бути не більше 365\n"
    code, _, err = cli(capsys, "new", "--preset", "nothing", "-o", str(tmp_path / "p"), "--lang", "uk")
    assert code == 2 and err.startswith("tmsplanner: nothing: невідомий шаблон; виберіть один із: neurostar-10hz")


@pytest.mark.parametrize(("language", "folder", "missing"), [
    ("ru", "это папка; укажите имя файла", "не удаётся записать: нет такого файла или папки"),
    ("uk", "це тека; вкажіть ім’я файлу", "не вдається записати: немає такого файлу або теки"),
])
def test_operating_system_errors_are_worded_in_the_language(capsys, tmp_path, language, folder, missing) -> None:
    plan = plan_file(capsys, tmp_path / "a.tmsplan")
    code, _, err = cli(capsys, "export", str(plan), "-o", str(tmp_path), "--draft", "--lang", language)
    assert code == 2 and err == f"tmsplanner: {tmp_path}: {folder}\n"
    target = tmp_path / "no-such-folder" / "a.pdf"
    code, _, err = cli(capsys, "export", str(plan), "-o", str(target), "--draft", "--lang", language)
    assert code == 2 and err == f"tmsplanner: {target}: {missing}\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write a read-only folder")
def test_a_read_only_folder_is_worded_in_the_language(capsys, tmp_path) -> None:
    plan = plan_file(capsys, tmp_path / "a.tmsplan")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = cli(capsys, "export", str(plan), "-o", str(folder / "a.pdf"), "--draft", "--lang", "uk")
    finally:
        folder.chmod(0o755)
    assert code == 2 and err == f"tmsplanner: {folder / 'a.pdf'}: не вдається записати: немає прав доступу\n"


def test_a_write_refused_by_the_system_is_worded_in_the_language(capsys, tmp_path, monkeypatch) -> None:
    """Permission denied, as a read-only folder gives it (also when the tests run as root)."""
    import errno

    import tmsplanner.core.fileio as fileio

    plan = plan_file(capsys, tmp_path / "a.tmsplan")
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):
        if str(path).endswith(".tmp") or fileio.TEMP_MARK in str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(fileio.os, "open", refuse)
    out = tmp_path / "a.pdf"
    code, _, err = cli(capsys, "export", str(plan), "-o", str(out), "--draft", "--lang", "ru")
    assert code == 2 and err == f"tmsplanner: {out}: не удаётся записать: нет прав доступа\n"
    code, _, err = cli(capsys, "export", str(plan), "-o", str(out), "--draft")
    assert code == 2 and err == f"tmsplanner: {out}: cannot be written: Permission denied\n"


@pytest.mark.parametrize(("language", "first"), [
    ("ru", "Стандартная стимуляция левой ДЛПФК 10 Гц (NeuroStar, O'Reardon 2007)  [Уровень A, разрешён FDA, "
           "проверено]"),
    ("uk", "Стандартна рТМС 10 Гц лівої ДЛПФК (NeuroStar, O'Reardon 2007)  [Рівень A, дозволений FDA, перевірено]"),
])
def test_the_preset_list_speaks_the_language(capsys, language, first) -> None:
    code, out, _ = cli(capsys, "presets", "--lang", language)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith(PRESET) and lines[0].endswith(first)
    assert all(CYRILLIC.search(line.split("  [")[0]) for line in lines), out
    assert all("Level" not in line and "no level" not in line and "cleared" not in line for line in lines)
    code, top, _ = cli(capsys, "--lang", language, "presets")
    assert code == 0 and top == out


@pytest.mark.parametrize(("language", "words"), [("ru", "прервано"), ("uk", "перервано"), ("en", "interrupted")])
def test_interrupted_in_the_language(capsys, monkeypatch, language, words) -> None:
    import tmsplanner.cli.main as cli_main

    def interrupt(argv):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_main, "_run_command", interrupt)
    code, _, err = cli(capsys, "check", "--example", "--lang", language)
    assert code == 130 and err == f"tmsplanner: {words}\n"


def test_the_gui_message_and_an_internal_error_speak_the_language(capsys, monkeypatch) -> None:
    code, _, err = cli(capsys, "--lang", "uk", "gui")
    assert code == 2 and err.startswith("tmsplanner: 'gui' обробляє програма запуску tmsplanner")
    import tmsplanner.app.errorlog as errorlog
    import tmsplanner.cli.commands as commands

    def broken(args):
        raise RuntimeError("boom")

    monkeypatch.setattr(commands, "cmd_schema", broken)
    monkeypatch.setattr(errorlog, "log_exception", lambda exc, where: None)
    code, _, err = cli(capsys, "--lang", "ru", "schema")
    assert code == 3 and err == "tmsplanner: внутренняя ошибка (RuntimeError: boom)\n"
