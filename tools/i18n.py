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
from tmsplanner.core.plan import Block, Device, MedicationEntry, MotorThreshold, Patient, Plan, RtmsPattern, \
    Schedule, TbsPattern
from tmsplanner.core.settings import AppSettings

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def runtime_strings() -> dict[str, list[str]]:
    """Strings the GUI passes through QCoreApplication.translate at run time."""
    fields: list[str] = []
    for model in (Patient, MotorThreshold, Device, RtmsPattern, TbsPattern, Block, Schedule, MedicationEntry, Plan,
                  AppSettings):
        for info in model.model_fields.values():
            fields += [t for t in (info.title, info.description) if t]
    return {"vocab": sorted(set(LABELS.values())), "fields": sorted(set(fields))}


def add_runtime_contexts(ts_path: Path) -> None:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    for context in list(root.findall("context")):
        if context.findtext("name") in ("vocab", "fields"):
            root.remove(context)
    for name, strings in runtime_strings().items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for text in strings:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
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
    sources = sorted(str(p) for p in (ROOT / "tmsplanner" / "gui").glob("*.py"))
    lupdate, lrelease = str(BIN / "pyside6-lupdate"), str(BIN / "pyside6-lrelease")
    template = I18N / "tmsplanner.ts"
    subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(template)], check=True)
    add_runtime_contexts(template)
    english = I18N / "tmsplanner_en.ts"
    subprocess.run([lupdate, *sources, "-pluralonly", "-no-obsolete", "-ts", str(english)], check=True)
    fill_english_plurals(english)
    for ts in sorted(I18N.glob("tmsplanner_*.ts")):
        if ts != english:
            subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(ts)], check=True)
            add_runtime_contexts(ts)
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
