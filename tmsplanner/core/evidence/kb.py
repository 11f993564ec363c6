"""Load, validate and index the evidence base and the safety data.

Every file is validated by its pydantic model at load; a bad file raises an
``EvidenceError`` naming the file and the field. Cross-references (citation
ids, guideline and clearance ids, rule ids) are checked once, here.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import pydantic
from pydantic import BaseModel, TypeAdapter, ValidationError

from tmsplanner.core import cache as kept
from tmsplanner.core.cache import Key as CacheKey
from tmsplanner.core.errors import EvidenceError
from tmsplanner.core.evidence.models import (
    AcceleratedReference,
    Clearance,
    EvidenceBaseInfo,
    GuidelineLevel,
    MechanismClaim,
    Medication,
    OutcomeScale,
    Parameter,
    Reference,
    Rule,
    SafetyLimitTable,
    ScreeningQuestion,
    TrialResult,
)
from tmsplanner.core.evidence.protocols import Protocol
from tmsplanner.core.fileio import open_regular
from tmsplanner.core.planio import describe_validation_error
from tmsplanner.core.resources import resource_path
from tmsplanner.core.vocab import Coil, Indication, PatternClass, ScreeningItem, Target

T = TypeVar("T")

DEFAULT_SAFETY_TABLE = "wassermann1998-candidate"


def _json_default(value: object) -> str:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    raise TypeError(f"unsupported value {value!r}")


MAX_TABLE_BYTES = 4 * 1024 * 1024  # the largest evidence file is a few tens of KiB


def _read_toml(path: Path) -> dict[str, Any]:
    """Parse one TOML file (every load reads the file itself; :func:`cached_knowledge_base` keeps results)."""
    import tomllib  # only when the evidence base is built: a start from the kept one never parses TOML

    try:
        with open_regular(path) as handle:  # a clinic's table: never block on a pipe in its place
            return tomllib.loads(handle.read(MAX_TABLE_BYTES + 1).decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise EvidenceError(f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise EvidenceError(f"{path}: not valid TOML ({exc})") from None
    except RecursionError:
        raise EvidenceError(f"{path}: not valid TOML (its tables or arrays are nested too deeply)") from None


def _validate(path: Path, adapter: TypeAdapter[T], data: Any) -> T:
    # Validate as JSON so that strict plan models accept enum and date strings
    # exactly as they do in plan files.
    try:
        return adapter.validate_json(json.dumps(data, default=_json_default))
    except RecursionError:
        raise EvidenceError(f"{path.name}: its tables or arrays are nested too deeply") from None
    except ValidationError as exc:
        raise EvidenceError(f"{path.name}: {describe_validation_error(exc)}") from None


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _list_adapter(model: type[T]) -> TypeAdapter[list[T]]:
    """One validator per record type, built on first use."""
    adapter = _ADAPTERS.get(model)
    if adapter is None:
        adapter = _ADAPTERS[model] = TypeAdapter(list[model])  # type: ignore[valid-type]
    return adapter


def _records(path: Path, key: str, model: type[T]) -> list[T]:
    data = _read_toml(path)
    if set(data) != {key}:
        raise EvidenceError(f"{path.name}: expected only [[{key}]] tables, found {sorted(data)}")
    return _validate(path, _list_adapter(model), data[key])


def _reference_ids(root: Path | None = None) -> set[str]:
    folder = (root if root is not None else resource_path()) / "evidence" / "references"
    return {r.id for p in sorted(folder.glob("*.toml")) for r in _records(p, "reference", Reference)}


def load_safety_table(path: str | Path, references: Iterable[str] | None = None) -> SafetyLimitTable:
    """Load a safety-limit table (the bundled one, or a clinic's own file).

    Its citations must name references of the evidence base (``references``,
    default the bundled ones), as every printed finding cites them.
    """
    path = Path(path)
    table = _validate(path, TypeAdapter(SafetyLimitTable), _read_toml(path))
    known = set(references) if references is not None else _reference_ids()
    unknown = [cid for cid in table.citations if cid not in known]
    if unknown:
        raise EvidenceError(f"{path.name}: field 'citations': unknown reference '{unknown[0]}' "
                            "(cite references of the evidence base)")
    return table


def normalise_drug_name(name: str) -> str:
    """Normalise a medication name for lookup (case, spacing, ё)."""
    return " ".join(name.casefold().replace("ё", "е").split())


@dataclass(frozen=True)
class KnowledgeBase:
    """The loaded evidence base with the indices the checks need."""

    info: EvidenceBaseInfo
    references: dict[str, Reference]
    guidelines: tuple[GuidelineLevel, ...]
    clearances: tuple[Clearance, ...]
    trials: tuple[TrialResult, ...]
    mechanisms: tuple[MechanismClaim, ...]
    protocols: dict[str, Protocol]
    medications: tuple[Medication, ...]
    screening: dict[ScreeningItem, ScreeningQuestion]
    parameters: dict[str, Parameter]
    accelerated: tuple[AcceleratedReference, ...]
    rules: dict[str, Rule]
    safety_table: SafetyLimitTable
    outcomes: tuple[OutcomeScale, ...] = ()
    _drugs: dict[str, Medication] = field(default_factory=dict, repr=False)
    _grades: dict[tuple[Indication, Target, PatternClass], list[GuidelineLevel]] = field(
        default_factory=dict, repr=False
    )
    _cleared: dict[tuple[Indication, Target, PatternClass], list[Clearance]] = field(
        default_factory=dict, repr=False
    )

    def param(self, name: str) -> Parameter:
        """Return a named safety parameter."""
        try:
            return self.parameters[name]
        except KeyError:
            raise EvidenceError(f"parameters.toml has no parameter '{name}'") from None

    def find_medication(self, name: str) -> Medication | None:
        """Find a medication by name or alias; also tries each word of the name."""
        key = normalise_drug_name(name)
        if key in self._drugs:
            return self._drugs[key]
        for word in key.replace(",", " ").replace("/", " ").split():
            if word in self._drugs:
                return self._drugs[word]
        return None

    def grades_for(self, indication: Indication, target: Target, pclass: PatternClass) -> list[GuidelineLevel]:
        """Guideline levels for an indication x target x pattern class."""
        return self._grades.get((indication, target, pclass), [])

    def clearances_for(
        self, indication: Indication, target: Target, pclass: PatternClass, coil: Coil
    ) -> list[Clearance]:
        """Regulatory clearances for an indication x target x pattern class with this coil.

        An H-coil plan matches only clearances of that H-coil; a focal-coil plan
        only clearances that name no H-coil.
        """
        wanted = coil if coil.is_h_coil else None
        return [c for c in self._cleared.get((indication, target, pclass), []) if c.coil == wanted]


def _cited_ids(records: Iterable[BaseModel]) -> Iterable[tuple[str, str]]:
    for record in records:
        owner = getattr(record, "id", type(record).__name__)
        for cid in getattr(record, "citations", []):
            yield str(owner), cid
        for sub in getattr(record, "interactions", []):
            for cid in sub.citations:
                yield str(owner), cid


def _check_links(kb: KnowledgeBase) -> None:
    records: list[BaseModel] = [
        *kb.guidelines, *kb.clearances, *kb.trials, *kb.mechanisms, *kb.protocols.values(),
        *kb.medications, *kb.screening.values(), *kb.parameters.values(), *kb.accelerated,
        *kb.rules.values(), kb.safety_table, *kb.outcomes,
    ]
    missing = sorted({f"{owner} -> {cid}" for owner, cid in _cited_ids(records) if cid not in kb.references})
    if missing:
        raise EvidenceError(f"citations name unknown references: {', '.join(missing[:10])}")
    guideline_ids = {g.id for g in kb.guidelines}
    clearance_ids = {c.id for c in kb.clearances}
    for proto in kb.protocols.values():
        if proto.guideline_id and proto.guideline_id not in guideline_ids:
            raise EvidenceError(f"protocols.toml: {proto.id}: unknown guideline_id '{proto.guideline_id}'")
        unknown = set(proto.clearance_ids) - clearance_ids
        if unknown:
            raise EvidenceError(f"protocols.toml: {proto.id}: unknown clearance_ids {sorted(unknown)}")
        if proto.unverified_fields and proto.provenance != "unverified":
            raise EvidenceError(f"protocols.toml: {proto.id}: has unverified_fields, so provenance must be unverified")


def _unique(path: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for rid in ids:
        if rid in seen:
            raise EvidenceError(f"{path}: id '{rid}' is used twice")
        seen.add(rid)


Key = tuple[Indication, Target, PatternClass]


def _indices(
    medications: Iterable[Medication], guidelines: Iterable[GuidelineLevel], clearances: Iterable[Clearance]
) -> tuple[dict[str, Medication], dict[Key, list[GuidelineLevel]], dict[Key, list[Clearance]]]:
    """The lookup indices of a knowledge base, built before it exists (it is never changed after)."""
    drugs: dict[str, Medication] = {}
    for med in medications:
        for name in (med.name, med.id, *med.aliases):
            key = normalise_drug_name(name)
            other = drugs.get(key)
            if other is not None and other is not med:
                raise EvidenceError(f"medications.toml: name '{name}' belongs to both {other.id} and {med.id}")
            drugs[key] = med
    grades: dict[Key, list[GuidelineLevel]] = {}
    for grade in guidelines:
        for target in grade.targets:
            grades.setdefault((grade.indication, target, grade.pattern_class), []).append(grade)
    cleared: dict[Key, list[Clearance]] = {}
    for clr in clearances:
        for target in clr.targets:
            cleared.setdefault((clr.indication, target, clr.pattern_class), []).append(clr)
    return drugs, grades, cleared


def load_knowledge_base(root: Path | None = None) -> KnowledgeBase:
    """Load and validate the whole evidence base from ``resources/``.

    Parameters
    ----------
    root : Path, optional
        A resources folder to load instead of the bundled one (tests use this).
    """
    base = root if root is not None else resource_path()
    ev, safety = base / "evidence", base / "safety"
    references = [r for p in sorted((ev / "references").glob("*.toml")) for r in _records(p, "reference", Reference)]
    _unique("references", [r.id for r in references])
    info_path = ev / "base.toml"
    info = _validate(info_path, TypeAdapter(EvidenceBaseInfo), _read_toml(info_path).get("info"))
    protocols = _records(ev / "protocols.toml", "protocol", Protocol)
    _unique("protocols.toml", [p.id for p in protocols])
    medications = _records(ev / "medications.toml", "medication", Medication)
    _unique("medications.toml", [m.id for m in medications])
    screening = _records(ev / "screening.toml", "question", ScreeningQuestion)
    missing_items = set(ScreeningItem) - {q.id for q in screening}
    if missing_items or len(screening) != len(ScreeningItem):
        raise EvidenceError(f"screening.toml: every screening item exactly once; missing {sorted(missing_items)}")
    rules = _records(safety / "rules.toml", "rule", Rule)
    _unique("rules.toml", [r.id for r in rules])
    params_path = safety / "parameters.toml"
    outcomes = _records(ev / "outcomes.toml", "scale", OutcomeScale)
    _unique("outcomes.toml", [o.id for o in outcomes])
    guidelines = tuple(_records(ev / "guidelines.toml", "guideline", GuidelineLevel))
    clearances = tuple(_records(ev / "clearances.toml", "clearance", Clearance))
    drugs, grades, cleared = _indices(medications, guidelines, clearances)
    kb = KnowledgeBase(
        info=info,
        references={r.id: r for r in references},
        guidelines=guidelines,
        clearances=clearances,
        trials=tuple(_records(ev / "trials.toml", "trial", TrialResult)),
        mechanisms=tuple(_records(ev / "mechanisms.toml", "mechanism", MechanismClaim)),
        protocols={p.id: p for p in protocols},
        medications=tuple(medications),
        screening={q.id: q for q in screening},
        parameters=_validate(params_path, TypeAdapter(dict[str, Parameter]), _read_toml(params_path).get("parameters")),
        accelerated=tuple(_records(safety / "accelerated.toml", "accelerated", AcceleratedReference)),
        rules={r.id: r for r in rules},
        safety_table=load_safety_table(safety / "limits" / f"{DEFAULT_SAFETY_TABLE}.toml",
                                       references=[r.id for r in references]),
        outcomes=tuple(outcomes),
        _drugs=drugs,
        _grades=grades,
        _cleared=cleared,
    )
    _check_links(kb)
    return kb


# The code a loaded knowledge base depends on besides its files: the models it is made of and this loader.
_CODE = ("tmsplanner.core.evidence.kb", "tmsplanner.core.evidence.models", "tmsplanner.core.evidence.protocols",
         "tmsplanner.core.plan", "tmsplanner.core.vocab")


def knowledge_base_key(root: Path) -> str:
    """The cache key of the evidence base under ``root``: every file it is read from, the code that
    reads and models it, and the versions of Python and pydantic that validate it."""
    files = sorted(p for folder in ("evidence", "safety") for p in (root / folder).rglob("*.toml"))
    key = CacheKey("evidence-base").add("python", sys.version).add("pydantic", pydantic.VERSION)
    return key.add_modules(_CODE).add_files(root, files).hexdigest()


def cached_knowledge_base(root: Path | None = None) -> KnowledgeBase:
    """The evidence base under ``root`` (default the bundled one), from the user's cache when its
    key matches, else loaded and validated (and then kept for the next run)."""
    base = root if root is not None else resource_path()
    # A file that cannot be read keys nothing: load_knowledge_base then says which file and why.
    return kept.load_or_make("evidence-base", lambda: knowledge_base_key(base), lambda: load_knowledge_base(root),
                             lambda found: isinstance(found, KnowledgeBase))


@cache
def bundled_knowledge_base() -> KnowledgeBase:
    """Return the bundled evidence base, loaded once per process (from the cache when it is current)."""
    return cached_knowledge_base()
