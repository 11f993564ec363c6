"""A plan printed in Russian or Ukrainian is in Russian or Ukrainian: outside the reference list, at least 95%
of its words of four letters or more are Cyrillic, for every preset and for a two-block accelerated course with
holidays and titration. Abbreviations (MADRS, rTMS), brands and the names of devices, trials and authors stay
as published and are not counted."""

from __future__ import annotations

import io
import re

import pytest
from planfactory import TODAY, edit, preset_plan
from pypdf import PdfReader

from tmsplanner.core.checks import CheckSettings, run_checks
from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.i18n import catalogue
from tmsplanner.report import ReportOptions, render_pdf

WORD = re.compile(r"[^\W\d_]{4,}")
CYRILLIC = re.compile("[а-яёіїєґ]", re.I)


def names() -> set[str]:
    """Words that stay as published in any language: device, trial and author names, the product's own name."""
    kb = bundled_knowledge_base()
    texts = [c.device for c in kb.clearances] + [t.name for t in kb.trials]
    texts += [r.authors for r in kb.references.values()] + ["tmsplanner", "de novo"]
    return {w for text in texts for w in WORD.findall(text)}


NAMES = names()


def allowed(word: str) -> bool:
    """An abbreviation or a brand (two capitals or more: MADRS, rTMS, NeuroStar), or a name kept as published."""
    return sum(ch.isupper() for ch in word) >= 2 or word in NAMES


def cyrillic_share(pdf: bytes, language: str) -> tuple[float, list[str]]:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    heading = catalogue(language).gettext("References", "report")
    body = text[:text.rfind(heading)] if heading in text else text
    words = [w for w in WORD.findall(body) if not allowed(w)]
    latin = [w for w in words if not CYRILLIC.search(w)]
    return 1 - len(latin) / len(words), latin


def accelerated_two_blocks(kb, country: str):
    plan = preset_plan(kb, "sequential-bilateral")
    plan = edit(plan, "schedule.sessions_per_day", 3)
    plan = edit(plan, "schedule.intersession_interval_min", 50)
    plan = edit(plan, "schedule.holiday_country", country)
    plan = edit(plan, "schedule.start_date", "2026-12-28")
    plan = edit(plan, "screening", {})  # unanswered: the findings name each screening item
    return edit(plan, "blocks.0.titration", {"start_pct_mt": 100.0, "days": 3})


CASES = [(preset, language) for preset in sorted(bundled_knowledge_base().protocols) for language in ("ru", "uk")]


@pytest.mark.parametrize(("preset", "language"), CASES + [("two-blocks-RU", "ru"), ("two-blocks-UA", "uk")])
def test_at_least_95_percent_of_the_words_are_cyrillic(kb, preset: str, language: str) -> None:
    plan = (accelerated_two_blocks(kb, preset.rsplit("-", 1)[1]) if preset.startswith("two-blocks")
            else preset_plan(kb, preset))
    pdf = render_pdf(plan, kb, run_checks(plan, kb, CheckSettings(today=TODAY)),
                     ReportOptions(export_date=TODAY, language=language, draft=True))
    share, latin = cyrillic_share(pdf, language)
    assert share >= 0.95, f"{share:.1%} Cyrillic; Latin words: {sorted(set(latin))[:40]}"
