"""Command-line interface (imports the core, never the GUI)."""
