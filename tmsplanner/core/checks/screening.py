"""The pre-TMS safety screening questionnaire."""

from __future__ import annotations

from collections.abc import Iterator

from tmsplanner.core.checks.context import CheckContext
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.vocab import Provenance


def check_screening(ctx: CheckContext) -> Iterator[Finding]:
    """SCR-001..003: absolute and relative contraindications, unanswered items."""
    answers = ctx.plan.screening
    unanswered = []
    for item, question in ctx.kb.screening.items():
        answer = answers.get(item)
        if answer is None:
            unanswered.append(item)
            continue
        if answer:
            rule = "SCR-001" if question.classification == "absolute" else "SCR-002"
            yield ctx.finding(
                rule, f"screening.{item.value}", citations=tuple(question.citations),
                unverified=question.provenance == Provenance.UNVERIFIED,
                question=question.question, rationale=question.rationale,
            )
    if unanswered:
        yield ctx.finding(
            "SCR-003", f"screening.{unanswered[0].value}", count=len(unanswered), total=len(ctx.kb.screening),
            items=tuple(item.value for item in unanswered),
        )
