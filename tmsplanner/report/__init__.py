"""The printed course plan (reportlab). Imports the core, never Qt."""

from tmsplanner.report.context import ReportOptions, plan_fingerprint
from tmsplanner.report.document import DRAFT_WORDS, export_plan, render_pdf

__all__ = ["DRAFT_WORDS", "ReportOptions", "export_plan", "plan_fingerprint", "render_pdf"]
