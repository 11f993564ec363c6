"""The message catalogues (resources/i18n/messages): complete, with the same placeholders as the English,
and used: `check --json --lang uk` speaks Ukrainian with the same params; dates and numbers follow the language."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re

import pytest
from babel.messages.pofile import read_po

from tmsplanner.cli.main import main
from tmsplanner.core.i18n import catalogue, normalise
from tmsplanner.core.resources import resource_path

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def entries(language: str):
    with open(resource_path("i18n", "messages", f"{language}.po"), "rb") as handle:
        return [m for m in read_po(handle, locale=language) if m.id]


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    found = entries(language)
    assert len(found) > 150
    for message in found:
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        assert all(strings), (message.context, ids[0])
        for string in strings:
            assert set(PLACEHOLDER.findall(string)) == set(PLACEHOLDER.findall(ids[-1])), \
                (message.context, ids[0], string)


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_the_template_and_the_catalogues_hold_the_same_messages(language: str) -> None:
    with open(resource_path("i18n", "messages", "messages.pot"), "rb") as handle:
        template = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(handle) if m.id}
    have = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in entries(language)}
    assert template == have  # tools/messages.py was run after the last change


def check_json(*args: str) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", "--example", "--json", "--today", "2026-11-23", *args])
    assert code in (0, 1)
    return json.loads(out.getvalue())


def test_check_json_speaks_ukrainian_with_the_same_params() -> None:
    english, ukrainian = check_json(), check_json("--lang", "uk")
    assert [f["params"] for f in english["findings"]] == [f["params"] for f in ukrainian["findings"]]
    assert [f["rule"] for f in english["findings"]] == [f["rule"] for f in ukrainian["findings"]]
    for en, uk in zip(english["findings"], ukrainian["findings"], strict=True):
        assert en["message"] != uk["message"]
        assert re.search("[а-щьюяєії]", uk["message"]), uk["message"]


def test_languages_format_dates_and_numbers_their_way() -> None:
    assert catalogue("ru").number(62.4, 1) == "62,4" and catalogue("en").number(62.4, 1) == "62.4"
    assert catalogue("uk").date(dt.date(2026, 12, 25), "d MMMM y") == "25 грудня 2026"
    assert catalogue("ru").date(dt.date(2026, 12, 25), "d MMMM y") == "25 декабря 2026"
    assert normalise("ru_RU.UTF-8") == "ru" and normalise("de") == "en" and normalise(None) == "en"


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_the_window_and_the_catalogue_name_the_vocabulary_alike(language: str) -> None:
    import xml.etree.ElementTree as ET

    window = {}
    for context in ET.parse(resource_path("i18n", f"tmsplanner_{language}.ts")).getroot().iter("context"):
        if context.findtext("name") == "vocab":
            window.update({m.findtext("source"): m.findtext("translation") for m in context.iter("message")})
    catalogue_words = {m.id: m.string for m in entries(language) if m.context == "vocab"}
    differ = {k: (v, window.get(k)) for k, v in catalogue_words.items() if k in window and window[k] != v}
    assert differ == {}


def test_the_help_and_the_messages_speak_the_chosen_language(tmp_path, capsys) -> None:
    code = main(["--lang", "uk", "export", "--help"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("використання: tmsplanner export") and "перезаписати наявний файл" in out
    assert "show this help" not in out
    code = main(["--lang", "ru", "new", "--preset", "neurostar-10hz-ldlpfc", "-o", str(tmp_path / "p"),
                 "--start", "2026-12-07"])
    captured = capsys.readouterr()
    assert code == 0 and "записан" in captured.out and "временное значение" in captured.err
    assert main(["export", "--help"]) == 0 and capsys.readouterr().out.startswith("usage: tmsplanner export")


@pytest.mark.parametrize(("language", "line", "length", "allowed", "rater"), [
    ("en", "Left DLPFC — 10 Hz rTMS, 120% MT", "12.40 cm", "20–50 cm", "clinician"),
    ("ru", "Левая ДЛПФК — рТМС 10 Гц, 120% МП", "12,40 см", "20–50 см", "врач"),
    ("uk", "Ліва ДЛПФК — рТМС 10 Гц, 120% МП", "12,40 см", "20–50 см", "лікар"),
])
def test_short_words_for_blocks_lengths_and_raters(language, line, length, allowed, rater) -> None:
    """The block list line, the Beam F3 lengths and who rates a scale, as the window and the PDF show them."""
    from tmsplanner.core.beam_f3 import allowed_range
    from tmsplanner.core.labels import block_line, length_words, rater_words
    from tmsplanner.core.plan import Block, RtmsPattern
    from tmsplanner.core.vocab import Localisation, Target

    c = catalogue(language)
    block = Block(target=Target.LEFT_DLPFC, intensity_pct_mt=120, localisation=Localisation.BEAM_F3,
                  pattern=RtmsPattern(frequency_hz=10, pulses_per_train=40, trains=75, inter_train_interval_s=26))
    assert block_line(block, c) == line
    assert length_words(12.4, 2, c) == length
    assert allowed_range("tragus_tragus_cm", c) == allowed
    assert rater_words("clinician", c) == rater


def test_ukrainian_words_use_the_typographic_apostrophe() -> None:
    """«м’яз», «п’ятниця»: the apostrophe inside a Ukrainian word is U+2019, as the window's calendar writes it."""
    inside = re.compile(r"[\u0400-\u04FF]'[\u0400-\u04FF]")
    texts = [resource_path("i18n", "messages", "uk.po").read_text(encoding="utf-8"),
             resource_path("i18n", "tmsplanner_uk.ts").read_text(encoding="utf-8").replace("&apos;", "'")]
    assert all(not inside.search(text) for text in texts), [inside.findall(text)[:5] for text in texts]
    assert any("\u2019" in text for text in texts)


@pytest.mark.parametrize(("language", "drug"), [("ru", "Бупропион"), ("uk", "Бупропіон"), ("en", "Bupropion")])
def test_medication_findings_name_the_drug_in_the_language(language: str, drug: str) -> None:
    from tmsplanner.core.checks.findings import Finding
    from tmsplanner.core.evidence.kb import bundled_knowledge_base
    from tmsplanner.core.messages import render_finding, translator_for
    from tmsplanner.core.vocab import Severity

    kb = bundled_knowledge_base()
    finding = Finding("MED-002", Severity.WARN, "medications[0].name",
                      {"name": "bupropion 150 mg", "drug": "bupropion", "direction": "bupropion:0"})
    text = render_finding(finding, kb.rules, translator_for(language, kb))
    assert f"bupropion 150 mg ({drug})" in text


@pytest.mark.parametrize(("language", "words"), [("uk", "Скринінг безпеки › Епілепсія або судомний напад"),
                                                 ("en", "Safety screening › Epilepsy or seizure")])
def test_a_screening_item_field_is_named_in_the_language(language: str, words: str) -> None:
    from tmsplanner.core.fieldnames import field_words

    assert field_words("screening.epilepsy_or_seizure", catalogue(language)) == words
