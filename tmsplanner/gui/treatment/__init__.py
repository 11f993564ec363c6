"""The Treatment view: record today's session from the plan, and see the course as it was delivered.

:class:`~tmsplanner.gui.treatment.view.TreatmentView` owns the form (an editor
tab, :mod:`.form`, with the small dialogs of :mod:`.dialogs`) and the record
panel (a result tab, :mod:`.record_panel`, with the outcome chart of
:mod:`.chart`).
"""

from tmsplanner.gui.treatment.view import TreatmentView

__all__ = ["TreatmentView"]
