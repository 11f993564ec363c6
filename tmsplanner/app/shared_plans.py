"""Plans shared through a clinic's store: every save a numbered revision, no save over another's.

A workstation keeps the fingerprint of the plan as it last read or saved it
(its *base*). Saving checks the store's newest revision: if it is the base, the
plan becomes the next revision; if it already holds this very plan, nothing is
added; otherwise someone saved in between and the save is refused with
:class:`~tmsplanner.app.store.StaleRevision`, naming who and when, so that
nothing is silently overwritten. The check and the write are one transaction
in :meth:`RecordStore.save_plan`, so two workstations saving at once cannot
both win.
"""

from __future__ import annotations

from tmsplanner.app.store import PlanRevision, RecordStore, StaleRevision
from tmsplanner.core.plan import Plan
from tmsplanner.core.planio import plan_version

__all__ = ["share_plan"]


def share_plan(store: RecordStore, plan: Plan, base: str | None) -> PlanRevision:
    """Save ``plan`` (with a ``plan_id``) to the store as its next revision, if nobody saved since ``base``.

    ``base`` is the fingerprint (:func:`plan_version`) of the plan as this workstation last read or saved
    it; None for a plan it never had from the store.

    Raises
    ------
    StaleRevision
        The store's newest revision is neither ``base`` nor this plan: someone else saved in between.
    StoreError
        The store cannot be reached or refused the write; nothing was saved.
    """
    assert plan.plan_id is not None
    newest = store.plan_revision(plan.plan_id)
    if newest is None:
        return store.save_plan(plan, None)
    if newest.version == plan_version(plan):
        return newest  # the store already holds exactly this plan
    if newest.version != base:
        raise StaleRevision(newest)
    return store.save_plan(plan, newest.revision)
