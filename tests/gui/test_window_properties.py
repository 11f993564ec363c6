"""Any valid plan can be shown in the window: every editor, figure and picture refreshes without error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from strategies import plans

from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.settings import AppSettings
from tmsplanner.gui.main_window import MainWindow


@settings(max_examples=40,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much,
                                 HealthCheck.too_slow])
@given(plan=plans())
def test_any_valid_plan_is_shown(qapp, plan) -> None:
    window = MainWindow(bundled_knowledge_base(), AppSettings())
    try:
        window.doc.reset(plan)
        qapp.processEvents()
        assert window.doc.plan == plan
        assert window.derived.sessions.rowCount() == window.doc.results.figures.total_sessions
        assert window.findings.shown_count() == len(window.doc.results.findings)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
        window.grab()
    finally:
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
