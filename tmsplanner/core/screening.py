"""The safety screening as a record: which items are still open, and whether that makes the plan a draft."""

from __future__ import annotations

from tmsplanner.core.plan import Plan
from tmsplanner.core.vocab import ScreeningItem

__all__ = ["screening_needs_draft", "screening_open_items"]


def screening_open_items(plan: Plan) -> list[ScreeningItem]:
    """The screening items without an answer (null or left out), in questionnaire order."""
    return [item for item in ScreeningItem if plan.screening.get(item) is None]


def screening_needs_draft(plan: Plan) -> bool:
    """Whether the plan prints as a draft for its screening.

    True when items are unanswered and no clinician has confirmed them
    (``plan.screening_confirmed``); answered items never make a draft here
    (a positive answer is the checks' business).
    """
    return bool(screening_open_items(plan)) and plan.screening_confirmed is None
