"""The app's safety policy constants, each written once (standard library only, cheap to import).

* :data:`DRAFT_WORDS` mark a plan exported despite blocking findings, on paper,
  in calendars and in the command line's output. The rule itself (a blocked
  plan exports only as a draft) is applied in one place,
  ``tmsplanner.app.exports``.
* :data:`DEFAULT_MT_MAX_AGE_DAYS` is the motor-threshold age beyond which a
  warning is given unless the clinic sets its own limit: a clinic policy, not a
  published limit.
"""

from __future__ import annotations

DRAFT_WORDS = "DRAFT — NOT FOR TREATMENT"
DEFAULT_MT_MAX_AGE_DAYS = 7
