"""Shared fixtures: the evidence base and a fixed 'today'; hypothesis without deadlines."""

from __future__ import annotations

import os
import tempfile

# Qt must never need a display in tests (set before anything imports Qt), and
# tests never read or write the developer's own cache or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="tmsplanner-test-cache-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tmsplanner-test-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="tmsplanner-test-data-")
os.environ.pop("TMSPLANNER_STORE", None)

import pytest
from hypothesis import settings as hypothesis_settings
from pgserver import pg_server, store_url  # noqa: F401  (fixtures: a throwaway PostgreSQL server, both backends)
from planfactory import TODAY

from tmsplanner.core import cache as kept
from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.evidence.kb import KnowledgeBase, bundled_knowledge_base

# No test may depend on the machine's speed: hypothesis's per-example deadline
# (200 ms by default) fails a test whose first example builds a holiday calendar
# on a busy machine. Timing lives in benchmarks/. HYPOTHESIS_PROFILE can name
# another registered profile.
hypothesis_settings.register_profile("tmsplanner", deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "tmsplanner"))


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return bundled_knowledge_base()


@pytest.fixture
def settings() -> CheckSettings:
    return CheckSettings(today=TODAY)


@pytest.fixture
def cache_home(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """An empty cache of the test's own, turned on; the returned folder is where entries go."""
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv(kept.DISABLE_VARIABLE, raising=False)
    return home / "tmsplanner"
