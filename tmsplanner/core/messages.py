"""Finding messages, rendered at the edge from the rule catalogue through a translator.

A :class:`~tmsplanner.core.checks.findings.Finding` is data: a rule id, a
variant and typed parameters. Its text is made only where it is shown (the
window, the PDF, the CLI) by :func:`render_finding`, which formats every
parameter by the kind the catalogue declares for it and fills the template the
translator returns for the rule. :class:`EnglishTranslator` returns the
catalogue's own English; another language implements :class:`Translator`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any, Protocol

from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.models import Interaction, Medication, Rule, kind_of
from tmsplanner.core.fieldnames import field_words
from tmsplanner.core.i18n import ENGLISH, Catalogue, catalogue
from tmsplanner.core.labels import label as vocab_label
from tmsplanner.core.labels import lower_first
from tmsplanner.core.vocab import Coil, Indication, MTKind, PatternClass, ScreeningItem, SideEffectKind, Target


class Translator(Protocol):
    """The language seam of finding messages."""

    def template(self, rule_id: str, variant: str | None, english: str) -> str:
        """The message template of a rule (and variant) in this language, with the same placeholders."""
        ...

    def number(self, value: float, decimals: int) -> str:
        """A number with at most ``decimals`` decimals (trailing zeros dropped)."""
        ...

    def date(self, value: dt.date) -> str:
        """A calendar date."""
        ...

    def time(self, value: dt.time) -> str:
        """A time of day."""
        ...

    def label(self, kind: str, value: str) -> str:
        """The words for an id of a label kind (``target``, ``guideline``...)."""
        ...

    def join(self, items: Sequence[str]) -> str:
        """A list of already formatted values, as one phrase."""
        ...


_VOCAB: dict[str, type[StrEnum]] = {
    "indication": Indication,
    "target": Target,
    "coil": Coil,
    "mt_kind": MTKind,
    "pattern_class": PatternClass,
    "screening_item": ScreeningItem,
    "side_effect": SideEffectKind,
}

# Kinds whose English label stands inside a sentence, so starts lower-case.
_LOWER_FIRST = frozenset({"indication", "pattern_class", "screening_item", "side_effect"})

_ENGLISH: dict[str, dict[str, str]] = {
    "pattern_type": {"rtms": "rTMS", "tbs": "theta burst"},
    "pattern_field": {
        "frequency_hz": "frequency (Hz)",
        "pulses_per_train": "number of pulses per train",
        "trains": "number of trains",
        "inter_train_interval_s": "pause between trains (s)",
        "pulses_per_burst": "number of pulses per burst",
        "intra_burst_frequency_hz": "frequency within a burst (Hz)",
        "burst_frequency_hz": "burst frequency (Hz)",
        "bursts_per_train": "number of bursts per train",
    },
}


class EnglishTranslator:
    """English, the catalogue's own language; record ids are named from the evidence base."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self._kb = kb

    def template(self, rule_id: str, variant: str | None, english: str) -> str:
        return english

    def number(self, value: float, decimals: int) -> str:
        text = f"{value:.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return "0" if text == "-0" else text

    def date(self, value: dt.date) -> str:
        return value.isoformat()

    def time(self, value: dt.time) -> str:
        return value.strftime("%H:%M")

    def label(self, kind: str, value: str) -> str:
        if kind in _VOCAB:
            words = vocab_label(_VOCAB[kind](value))
            return lower_first(words) if kind in _LOWER_FIRST else words
        if kind in _ENGLISH:
            return _ENGLISH[kind].get(value, value.replace("_", " "))
        kb = self._kb
        if kind == "field":
            return field_words(value)
        if kind == "interaction" and kb is not None and (found := _interaction(kb, value)) is not None:
            return found.direction
        if kind == "protocol" and kb is not None and value in kb.protocols:
            return kb.protocols[value].name
        if kind == "medication" and kb is not None and (med := _medication(kb, value)) is not None:
            return med.name
        if kind == "guideline" and kb is not None:
            grade = next((g for g in kb.guidelines if g.id == value), None)
            if grade is not None:
                return f"Level {grade.level} ({grade.guideline})"
        if kind == "clearance" and kb is not None:
            clearance = next((c for c in kb.clearances if c.id == value), None)
            if clearance is not None:
                return f"{clearance.regulator} {clearance.date}, {clearance.device}"
        return value

    def join(self, items: Sequence[str]) -> str:
        return ("; " if any(", " in item for item in items) else ", ").join(items)


def _medication(kb: KnowledgeBase, med_id: str) -> Medication | None:
    """The medication of the evidence base with this id, if there is one."""
    return next((m for m in kb.medications if m.id == med_id), None)


def _interaction(kb: KnowledgeBase, ref: str) -> Interaction | None:
    """The interaction ``"<medication id>:<n>"`` of the evidence base, if there is one."""
    med_id, _, index = ref.partition(":")
    med = _medication(kb, med_id)
    if med is None or not index.isdigit() or int(index) >= len(med.interactions):
        return None
    return med.interactions[int(index)]


def rule_context(rule_id: str, variant: str | None = None) -> str:
    """The catalogue context of a rule's message template (and variant)."""
    return f"rule {rule_id}" + (f" {variant}" if variant else "")


class CatalogueTranslator(EnglishTranslator):
    """Another language, from its message catalogue; numbers and dates as the language writes them."""

    def __init__(self, catalogue: Catalogue, kb: KnowledgeBase | None = None) -> None:
        super().__init__(kb)
        self.catalogue = catalogue

    def template(self, rule_id: str, variant: str | None, english: str) -> str:
        return self.catalogue.gettext(english, rule_context(rule_id, variant))

    def number(self, value: float, decimals: int) -> str:
        return self.catalogue.number(value, decimals)

    def date(self, value: dt.date) -> str:
        return self.catalogue.date(value)

    def label(self, kind: str, value: str) -> str:
        c = self.catalogue
        if kind in _VOCAB:
            words = c.gettext(vocab_label(_VOCAB[kind](value)), "vocab")
            return lower_first(words) if kind in _LOWER_FIRST else words
        if kind in _ENGLISH:
            return c.gettext(_ENGLISH[kind].get(value, value.replace("_", " ")), f"label {kind}")
        kb = self._kb
        if kind == "field":
            return field_words(value, c)
        if kind == "interaction" and kb is not None and (found := _interaction(kb, value)) is not None:
            return c.gettext(found.direction, f"interaction {value} direction")
        if kind == "protocol" and kb is not None and value in kb.protocols:
            return c.evidence(kb.protocols[value], "name")
        if kind == "medication" and kb is not None and (med := _medication(kb, value)) is not None:
            return c.evidence(med, "name")
        if kind == "guideline" and kb is not None:
            grade = next((g for g in kb.guidelines if g.id == value), None)
            if grade is not None:
                return c.gettext("Level {level} ({guideline})", "label").format(level=grade.level,
                                                                                guideline=grade.guideline)
        return super().label(kind, value)


def translator_for(language: str | None, kb: KnowledgeBase | None = None) -> Translator:
    """The translator of a language: English from the rule catalogue, any other from its message catalogue."""
    found = catalogue(language)
    return EnglishTranslator(kb) if found.language == ENGLISH else CatalogueTranslator(found, kb)


def format_param(spec: str, value: object, translator: Translator) -> str:
    """One parameter value in words, by the kind declared for it (``spec``, e.g. ``"pct_mt[]"``)."""
    kind, is_list = kind_of(spec)
    name = spec.removesuffix("[]")
    if is_list:
        assert isinstance(value, tuple)
        return translator.join([format_param(name, v, translator) for v in value])
    if kind.label:
        return translator.label(name, str(value))
    if isinstance(value, dt.time):
        return translator.time(value)
    if isinstance(value, dt.date):
        return translator.date(value)
    if name == "table_cell":
        cell = str(value)
        return (">" if cell.startswith(">") else "") + translator.number(float(cell.lstrip(">")), kind.decimals or 0)
    if kind.decimals is not None and isinstance(value, int | float):
        return translator.number(value, kind.decimals)
    return str(value)


def render_finding(finding: Finding, catalogue: Mapping[str, Rule], translator: Translator) -> str:
    """The message of a finding: the rule's template in the translator's language, filled with its params.

    Parameters
    ----------
    finding : Finding
        The finding to put in words.
    catalogue : mapping of rule id to Rule
        The rule catalogue (``kb.rules``).
    translator : Translator
        The language; :class:`EnglishTranslator` for the catalogue's English.
    """
    rule = catalogue[finding.rule]
    template = rule.template(finding.variant)
    values = {name: format_param(spec, finding.params[name], translator) for name, spec in template.params.items()}
    return translator.template(rule.id, finding.variant, template.message).format_map(values)


def finding_as_json(finding: Finding, catalogue: Mapping[str, Rule], translator: Translator) -> dict[str, Any]:
    """A finding as JSON-ready data, with its message rendered (``check --json``)."""
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "field": finding.field,
        "variant": finding.variant,
        "params": finding.params_json(),
        "message": render_finding(finding, catalogue, translator),
        "citations": list(finding.citations),
        "unverified": finding.unverified,
    }
