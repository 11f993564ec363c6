"""Refresh the message catalogues in resources/i18n/messages (everything outside the window's widgets).

* ``messages.pot`` — the template: every user-facing English text of the rule
  catalogue (titles and message templates, by rule and variant), the vocabulary
  labels and the label words of finding parameters, the texts of the printed
  plan, the calendar and the command line, and the texts of errors (context
  ``errors``: the reason templates of file errors and every ``Phrase``), each with
  its context.
* ``ru.po`` / ``uk.po`` — updated in place from the template: translations kept,
  new messages added untranslated, vanished ones dropped. Vocabulary labels
  without a translation are seeded from the window's Qt catalogue (context ``vocab``),
  so both catalogues say the same.

Run: python tools/messages.py   (then translate the empty entries and run it again; it checks them)
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.fieldnames import _ALLOWED, field_titles
from tmsplanner.core.i18n import EVIDENCE_FIELDS, EVIDENCE_KINDS, evidence_context
from tmsplanner.core.labels import LABELS
from tmsplanner.core.messages import _ENGLISH, rule_context
from tmsplanner.core.policy import DRAFT_WORDS
from tmsplanner.core.settings import AppSettings
from tmsplanner.core.vocab import Severity
from tmsplanner.ics import DISCLAIMER
from tmsplanner.report.context import UNVERIFIED_LEGEND

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = ROOT / "resources" / "i18n" / "messages"
QT = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "uk")


def entries() -> list[tuple[str, str, str]]:
    """(context, English text, where it comes from) for every message of the template."""
    kb = bundled_knowledge_base()
    found: list[tuple[str, str, str]] = []
    for rule in kb.rules.values():
        found.append((f"rule title {rule.id}", rule.title, "resources/safety/rules.toml"))
        found.append((rule_context(rule.id), rule.message, "resources/safety/rules.toml"))
        for name, variant in rule.variants.items():
            found.append((rule_context(rule.id, name), variant.message, "resources/safety/rules.toml"))
    found += [("vocab", words, "tmsplanner/core/labels.py") for words in sorted(set(LABELS.values()))]
    found += [("fields", words, "tmsplanner/core/plan.py") for words in field_titles()]
    # The clinic's settings, named in the settings file's problems (the window's titles, seeded from its catalogue).
    found += [("fields", words, "tmsplanner/core/settings.py")
              for words in sorted({info.title for info in AppSettings.model_fields.values() if info.title}
                                  - set(field_titles()))]
    found += [("validation", words, "tmsplanner/core/fieldnames.py") for words in sorted(set(_ALLOWED.values()))]
    for kind, words in _ENGLISH.items():
        found += [(f"label {kind}", text, "tmsplanner/core/messages.py") for text in words.values()]
    found.append(("label", "Level {level} ({guideline})", "tmsplanner/core/messages.py"))
    for med in kb.medications:
        for n, inter in enumerate(med.interactions):
            where = "resources/evidence/medications.toml"
            found.append((f"interaction {med.id}:{n} direction", inter.direction, where))
    records: list[object] = [*kb.protocols.values(), *kb.screening.values(), *kb.guidelines, *kb.clearances,
                             *kb.trials, *kb.mechanisms, *(step for p in kb.protocols.values() for step in p.steps),
                             *kb.outcomes, *kb.medications]
    for record in records:
        kind = EVIDENCE_KINDS.get(type(record).__name__, "")
        for field in EVIDENCE_FIELDS.get(kind, ()):
            value = getattr(record, field, None)
            if value:
                found.append((evidence_context(record, field), value, "resources/evidence"))
    found.append(("report", DRAFT_WORDS, "tmsplanner/core/policy.py"))
    found.append(("report", UNVERIFIED_LEGEND, "tmsplanner/report/context.py"))
    found += [("report", severity.value.upper(), "tmsplanner/core/vocab.py") for severity in Severity]
    return found


def code_entries() -> list[tuple[str, str | tuple[str, str], str]]:
    """The printed plan's own texts: ``ctx.t("...")`` and ``ctx.tn("...", "...", n)`` calls in the report."""
    found: list[tuple[str, str | tuple[str, str], str]] = []
    for path in sorted((ROOT / "tmsplanner" / "report").glob("*.py")):
        for _line, message, _comments, _context in extract_from_file(
                "python", str(path), keywords={"t": None, "tn": (1, 2)}, strip_comment_tags=True):
            found.append(("report", message, str(path.relative_to(ROOT))))
    ics = ROOT / "tmsplanner" / "ics.py"
    for _line, message, _comments, _context in extract_from_file("python", str(ics), keywords={"t": None}):
        found.append(("calendar", message, str(ics.relative_to(ROOT))))
    found.append(("calendar", DISCLAIMER, "tmsplanner/ics.py"))
    for cli in (ROOT / "tmsplanner" / "cli" / "commands.py", ROOT / "tmsplanner" / "cli" / "main.py",
                ROOT / "tmsplanner" / "cli" / "record_commands.py"):
        for _line, message, _comments, _context in extract_from_file("python", str(cli),
                                                                     keywords={"t": None, "_t": None}):
            found.append(("cli", message, str(cli.relative_to(ROOT))))
    # The words `course` prints for a session's status and a deviation's kind (ids looked up in context cli).
    found += [("cli", word, "tmsplanner/cli/record_commands.py")
              for word in ("delivered", "shortened", "stopped", "missed", "pending")]
    found.append(("cli", DRAFT_WORDS, "tmsplanner/core/policy.py"))
    found += [("cli", word, "tmsplanner/core/vocab.py") for word in ("verified", "unverified")]
    found += error_entries()
    # What the plan's and the settings' own validators say (ValueError("...") in a field validator).
    for name in ("plan.py", "settings.py", "validation.py"):
        path = ROOT / "tmsplanner" / "core" / name
        for _line, message, _comments, _context in extract_from_file("python", str(path),
                                                                     keywords={"ValueError": (1,)}):
            found.append(("validation", message, str(path.relative_to(ROOT))))
    labels = ROOT / "tmsplanner" / "core" / "labels.py"
    for _line, message, _comments, _context in extract_from_file("python", str(labels), keywords={"_t": (2,)}):
        found.append(("labels", message, str(labels.relative_to(ROOT))))
    return found


# The calls whose argument is an error text (context ``errors``): the reason template of a file error's
# constructor, a Phrase (a text, or a value that is itself words), a Plural (its two forms).
ERROR_KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "FileError": (2,), "PlanFileError": (2,), "FileWriteError": (2,), "SafetyTableError": (2,),
    "NewerSettingsError": (2,), "FileChangedError": (2,), "UnprintableText": (2,),
    "Phrase": None, "Plural": (1, 2),
}


def error_entries(root: Path = ROOT) -> list[tuple[str, str | tuple[str, str], str]]:
    """Every error text in the code: ``raise PlanFileError(path, "...")``, ``Phrase("...")``, ``Plural(...)``."""
    found: list[tuple[str, str | tuple[str, str], str]] = []
    for path in sorted((root / "tmsplanner").rglob("*.py")):
        for _line, message, _comments, _context in extract_from_file("python", str(path), keywords=ERROR_KEYWORDS):
            found.append(("errors", message, str(path.relative_to(root))))
    return found


def template() -> Catalog:
    pot = Catalog(project="tmsplanner", msgid_bugs_address="", fuzzy=False)
    for context, text, where in entries():
        pot.add(text, context=context, locations=[(where, 0)])
    for context, message, where in code_entries():
        pot.add(message, context=context, locations=[(where, 0)])
    for message in pot:
        message.flags.discard("python-format")
    return pot


def qt_vocab(language: str, name: str = "vocab") -> dict[str, str]:
    """The window's translations of one run-time context (the vocabulary labels, the field titles)."""
    path = QT / f"tmsplanner_{language}.ts"
    out: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != name:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                out[message.findtext("source") or ""] = translation.text
    return out


def main() -> int:
    MESSAGES.mkdir(parents=True, exist_ok=True)
    pot = template()
    with open(MESSAGES / "messages.pot", "wb") as handle:
        write_po(handle, pot, omit_header=False, sort_output=True, width=120)
    missing_total = 0
    for language in LANGUAGES:
        path = MESSAGES / f"{language}.po"
        if path.exists():
            with open(path, "rb") as handle:
                po = read_po(handle, locale=language)
        else:
            po = Catalog(locale=language, project="tmsplanner", fuzzy=False)
        po.update(template(), no_fuzzy_matching=True)  # a fresh template: update() shares its message objects
        po.obsolete.clear()
        for message in po:  # templates use {names}; a "%" in them is a percent sign, not a printf format
            message.flags.discard("python-format")
        seeds = {"vocab": qt_vocab(language), "fields": qt_vocab(language, "fields")}
        for message in po:
            seed = seeds.get(message.context or "", {}).get(message.id) if message.id else None
            if seed and not message.string:
                message.string = seed
        with open(path, "wb") as handle:
            write_po(handle, po, sort_output=True, width=120, ignore_obsolete=True)
        missing = [m for m in po if m.id and not m.string]
        missing_total += len(missing)
        print(f"{path.relative_to(ROOT)}: {len(po)} messages, {len(missing)} untranslated")
    return 0 if "--check" not in sys.argv or missing_total == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
