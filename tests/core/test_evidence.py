"""The evidence base loads, links up, and keeps its promises about provenance."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tmsplanner.core.errors import EvidenceError
from tmsplanner.core.evidence.kb import load_knowledge_base
from tmsplanner.core.resources import resources_root
from tmsplanner.core.vocab import Provenance, ScreeningItem

CHECKS_DIR = Path(__file__).resolve().parents[2] / "tmsplanner" / "core" / "checks"


def test_rule_ids_in_code_and_catalogue_agree(kb) -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in CHECKS_DIR.glob("*.py"))
    used = set(re.findall(r'"([A-Z]{2,6}(?:-[A-Z0-9]+)+)"', source))
    assert used == set(kb.rules), (used ^ set(kb.rules))


def test_every_citation_resolves(kb) -> None:
    cited = {c for p in kb.protocols.values() for c in p.citations}
    cited |= {c for r in kb.rules.values() for c in r.citations}
    assert cited <= set(kb.references)


def test_screening_covers_every_item(kb) -> None:
    assert set(kb.screening) == set(ScreeningItem)


def test_unverified_presets_name_their_unverified_fields(kb) -> None:
    for proto in kb.protocols.values():
        assert (proto.provenance == Provenance.UNVERIFIED) == bool(proto.unverified_fields) or (
            proto.provenance == Provenance.UNVERIFIED and proto.note
        ), proto.id


def test_required_presets_exist(kb) -> None:
    required = {"neurostar-10hz-ldlpfc", "itbs600-ldlpfc", "snt-accelerated-itbs", "lf-1hz-rdlpfc",
                "sequential-bilateral", "deep-tms-h7-ocd", "deep-tms-h1-mdd", "lf-1hz-ltpc-tinnitus",
                "hf-m1-neuropathic-pain"}
    assert required <= set(kb.protocols)


def test_no_guideline_level_for_unilateral_itbs(kb) -> None:
    """The fact sheets found no graded level for unilateral left-DLPFC iTBS."""
    assert kb.protocols["itbs600-ldlpfc"].guideline_level is None


def test_seed_corrections_are_recorded(kb) -> None:
    by_species = {m.id: m.species.lower() for m in kb.mechanisms}
    assert any("rat" in s for s in by_species.values())
    assert any(m.correction for m in kb.mechanisms)
    assert any(m.source_document == "cell_2026" and "mouse" in m.species.lower() for m in kb.mechanisms)


def test_safety_table_matches_candidate_values(kb) -> None:
    table = kb.safety_table
    assert table.provenance == Provenance.UNVERIFIED
    assert table.cells[table.frequencies_hz.index(10.0)][table.intensities_pct_mt.index(120.0)] == "4.2"
    assert table.cells[0][0] == ">1800"


def _copy_resources(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources_root(), root)
    return root


def test_broken_citation_is_reported_with_its_owner(tmp_path: Path) -> None:
    root = _copy_resources(tmp_path)
    path = root / "evidence" / "protocols.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"oreardon2007"', '"nobody1999"', 1), encoding="utf-8")
    with pytest.raises(EvidenceError, match="nobody1999"):
        load_knowledge_base(root)


def test_unknown_key_names_file_and_field(tmp_path: Path) -> None:
    root = _copy_resources(tmp_path)
    path = root / "safety" / "rules.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('title = "Train longer', 'tittle = "x"\ntitle = "Train longer', 1), encoding="utf-8")
    with pytest.raises(EvidenceError, match=r"rules.toml.*tittle"):
        load_knowledge_base(root)


def test_invalid_toml_names_file(tmp_path: Path) -> None:
    root = _copy_resources(tmp_path)
    (root / "evidence" / "trials.toml").write_text("[[trial]\n", encoding="utf-8")
    with pytest.raises(EvidenceError, match="trials.toml"):
        load_knowledge_base(root)


def test_parse_cache_follows_file_changes(tmp_path: Path) -> None:
    root = _copy_resources(tmp_path)
    first = load_knowledge_base(root)
    path = root / "evidence" / "base.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(first.info.version, "9999.1"), encoding="utf-8")
    assert load_knowledge_base(root).info.version == "9999.1"
