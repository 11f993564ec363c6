"""The desktop application (PySide6): the window renders the course view and edits the plan."""
