"""Shared fixtures: the evidence base and a fixed 'today'."""

from __future__ import annotations

import os
import tempfile

# Qt must never need a display in tests (set before anything imports Qt), and
# tests never read or write the developer's own cache or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="tmsplanner-test-cache-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tmsplanner-test-config-")

import pytest
from planfactory import TODAY

from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.evidence.kb import KnowledgeBase, bundled_knowledge_base


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return bundled_knowledge_base()


@pytest.fixture
def settings() -> CheckSettings:
    return CheckSettings(today=TODAY)
