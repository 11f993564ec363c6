"""tmsplanner: plan, check and print courses of repetitive TMS."""

__version__ = "0.1.0"
