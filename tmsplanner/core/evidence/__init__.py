"""The evidence base: references, guideline levels, clearances, protocols, safety data."""
