"""Work done by the processes of the concurrency tests (importable by a spawned child)."""

from __future__ import annotations


def record_share(url: str, plan_jsons: list[str], worker: int, workers: int) -> int:
    """Record, through the application layer, every session ``n`` with ``n % workers == worker`` of each plan."""
    from tmsplanner.app.records import planned_blocks, record_session
    from tmsplanner.app.store import open_store
    from tmsplanner.core.checks import figures_for
    from tmsplanner.core.course_view import course_view
    from tmsplanner.core.evidence.kb import bundled_knowledge_base
    from tmsplanner.core.plan import Plan
    from tmsplanner.core.record import SessionRecord

    kb = bundled_knowledge_base()
    done = 0
    with open_store(url) as store:
        plans = [Plan.model_validate_json(text) for text in plan_jsons]
        views = [course_view(plan, figures_for(plan, kb), kb) for plan in plans]
        for row_index in range(max(len(v.sessions) for v in views)):
            for plan, view in zip(plans, views, strict=True):
                if row_index >= len(view.sessions) or row_index % workers != worker:
                    continue
                row = view.sessions[row_index]
                record = SessionRecord(session=row.index, date=row.date, start=row.start.time().replace(second=0),
                                       end=row.end.time().replace(second=0, microsecond=0),
                                       operator=f"W{worker}", blocks=planned_blocks(view, row.index))
                record_session(store, plan, kb, record)
                done += 1
    return done
