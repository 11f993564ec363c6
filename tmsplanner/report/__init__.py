"""The printed course plan (reportlab). Imports the core, never Qt.

Every PDF tmsplanner writes has its streams compressed and stored as binary,
without reportlab's default ASCII85 layer over them: smaller files, made faster,
read by every PDF reader. Reportlab's platypus is imported first of all, with
the patterns the report never uses compiled only if used and the imaging library
imported only if an image is drawn (reportlab_import).
"""

from tmsplanner.report.reportlab_import import import_platypus

import_platypus()  # before anything else of reportlab

from reportlab import rl_config  # noqa: E402 - after platypus

rl_config.useA85 = 0

from tmsplanner.report.context import ReportOptions, plan_fingerprint  # noqa: E402 - after the setting
from tmsplanner.report.document import DRAFT_WORDS, export_plan, render_pdf  # noqa: E402

__all__ = ["DRAFT_WORDS", "ReportOptions", "export_plan", "plan_fingerprint", "render_pdf"]
