"""The printed course plan (reportlab). Imports the core, never Qt.

Every PDF tmsplanner writes has its streams compressed and stored as binary,
without reportlab's default ASCII85 layer over them: smaller files, made faster,
read by every PDF reader.
"""

from reportlab import rl_config

rl_config.useA85 = 0

from tmsplanner.report.context import ReportOptions, plan_fingerprint  # noqa: E402 - after the setting
from tmsplanner.report.document import DRAFT_WORDS, export_plan, render_pdf  # noqa: E402

__all__ = ["DRAFT_WORDS", "ReportOptions", "export_plan", "plan_fingerprint", "render_pdf"]
