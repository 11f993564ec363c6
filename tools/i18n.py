"""Refresh the translation sources in resources/i18n.

* ``tmsplanner.ts`` — the template every language starts from: all GUI strings
  (extracted by pyside6-lupdate from ``self.tr()`` calls) plus the vocabulary
  labels (context ``vocab``) and the field titles and descriptions (context
  ``fields``) that the GUI translates at run time.
* ``tmsplanner_en.ts`` / ``.qm`` — English plural forms for ``%n`` messages.
* ``tmsplanner_<lang>.ts`` files already present are updated in place and
  compiled to ``.qm``.

To add a language: ``cp resources/i18n/tmsplanner.ts resources/i18n/tmsplanner_ru.ts``,
translate it in Qt Linguist (``pyside6-linguist``), then run ``python tools/i18n.py``.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tmsplanner.core.labels import LABELS
from tmsplanner.core.plan import (
    Block,
    Device,
    HeadMeasurements,
    MedicationEntry,
    MissedSession,
    MniCoordinate,
    MotorThreshold,
    NativeCoordinate,
    Patient,
    Phase,
    Plan,
    RtmsPattern,
    Schedule,
    ScreeningConfirmation,
    TbsPattern,
    Titration,
)
from tmsplanner.core.settings import AppSettings, SafetyTableCheck

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
RUNTIME_CONTEXTS = ("vocab", "fields", "units")


def runtime_strings() -> dict[str, list[str]]:
    """Strings the GUI passes through QCoreApplication.translate at run time."""
    fields: list[str] = []
    for model in (Patient, MotorThreshold, Device, RtmsPattern, TbsPattern, Block, Titration, Schedule, Phase,
                  MissedSession, MedicationEntry, HeadMeasurements, Plan, AppSettings, SafetyTableCheck,
                  ScreeningConfirmation, MniCoordinate, NativeCoordinate):
        for info in model.model_fields.values():
            fields += [t for t in (info.title, info.description) if t]
    units = {str(info.json_schema_extra["unit"]) for model in (Patient, MotorThreshold, Device, RtmsPattern, TbsPattern,
                                                                Block, Titration, Schedule, HeadMeasurements,
                                                                MniCoordinate, NativeCoordinate)
             for info in model.model_fields.values() if isinstance(info.json_schema_extra, dict)}
    return {"vocab": sorted(set(LABELS.values())), "fields": sorted(set(fields)), "units": sorted(units)}


def runtime_translations(ts_path: Path) -> dict[tuple[str, str], ET.Element]:
    """The translations of the run-time contexts in a .ts file (read before lupdate drops them)."""
    if not ts_path.exists():
        return {}
    kept = {}
    for context in ET.parse(ts_path).getroot().findall("context"):
        name = context.findtext("name")
        if name in RUNTIME_CONTEXTS:
            for message in context.findall("message"):
                kept[(name, message.findtext("source") or "")] = message.find("translation")
    return kept


def add_runtime_contexts(ts_path: Path, kept: dict[tuple[str, str], ET.Element]) -> None:
    """Bring the run-time contexts up to date, keeping translations of strings that still exist."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    # lupdate also finds QCoreApplication.translate("fields", ...) calls in the sources: keep those strings.
    extracted: dict[str, set[str]] = {}
    for context in list(root.findall("context")):
        if context.findtext("name") in RUNTIME_CONTEXTS:
            name = context.findtext("name")
            sources = (m.findtext("source") or "" for m in context.findall("message"))
            extracted.setdefault(name, set()).update(sources)
            root.remove(context)
    for name, strings in runtime_strings().items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for text in sorted(set(strings) | extracted.get(name, set())):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            old = kept.get((name, text))
            if old is not None and old.get("type") != "unfinished" and (old.text or "").strip():
                message.append(old)
            else:
                ET.SubElement(message, "translation", type="unfinished")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def fill_english_plurals(ts_path: Path) -> None:
    tree = ET.parse(ts_path)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        forms[0].text = source.replace("(s)", "")
        forms[1].text = source.replace("(s)", "s")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def main() -> None:
    sources = sorted(str(p) for p in (ROOT / "tmsplanner" / "gui").rglob("*.py"))
    lupdate, lrelease = str(BIN / "pyside6-lupdate"), str(BIN / "pyside6-lrelease")
    template = I18N / "tmsplanner.ts"
    subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(template)], check=True)
    add_runtime_contexts(template, {})
    english = I18N / "tmsplanner_en.ts"
    subprocess.run([lupdate, *sources, "-pluralonly", "-no-obsolete", "-ts", str(english)], check=True)
    fill_english_plurals(english)
    for ts in sorted(I18N.glob("tmsplanner_*.ts")):
        if ts != english:
            kept = runtime_translations(ts)
            subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(ts)], check=True)
            add_runtime_contexts(ts, kept)
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
