"""One accessor for the data files in ``resources/``.

In an installed wheel the data sits inside the package (``tmsplanner/_resources``);
in a source checkout it is the repository's top-level ``resources/``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tmsplanner.core.errors import ResourceNotFoundError

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def resources_root() -> Path:
    """Return the folder that holds the bundled data files."""
    for candidate in (_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "evidence").is_dir():
            return candidate
    raise ResourceNotFoundError(
        f"the bundled resources folder was not found next to {_PACKAGE_DIR}; reinstall tmsplanner"
    )


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, raising if it does not exist.

    Parameters
    ----------
    *parts : str
        Path components below ``resources/``, e.g. ``("evidence", "protocols.toml")``.
    """
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ResourceNotFoundError(f"bundled resource not found: {'/'.join(parts)}")
    return path
