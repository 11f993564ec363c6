"""PySide6's look into each imported module's source, answered from the file's bytes (gui/__init__.py)."""

from __future__ import annotations

import subprocess
import sys
import types

import tmsplanner.gui  # noqa: F401  (installs the quicker look)


def _feature_module() -> types.ModuleType:
    return sys.modules["shibokensupport.feature"]


def test_the_quicker_look_is_installed_over_pysides_own() -> None:
    check = _feature_module()._mod_uses_pyside
    assert check.__wrapped__.__module__ == "shibokensupport.feature"  # PySide6's own, kept behind it


def test_it_answers_as_pysides_own_for_every_loaded_module() -> None:
    import tmsplanner.gui.main_window  # noqa: F401  (the window's modules, which name PySide6)

    check = _feature_module()._mod_uses_pyside
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    answers = {m.__name__: check(m) for m in modules}
    assert answers == {m.__name__: bool(check.__wrapped__(m)) for m in modules}
    assert answers["tmsplanner.gui.main_window"] and not answers["tmsplanner.core.plan"]
    assert not answers["sys"]  # built in: no file, asked of PySide6's own check


def test_a_module_whose_file_is_gone_is_asked_of_pysides_own(tmp_path) -> None:
    gone = types.ModuleType("gone_module")
    gone.__file__ = str(tmp_path / "gone_module.py")
    check = _feature_module()._mod_uses_pyside
    assert check(gone) is False and check.__wrapped__(gone) is False


def test_importing_the_package_twice_wraps_once() -> None:
    # the window's modules are imported in a fresh process; the package's own code runs once there,
    # but a reload (as a test runner may do) must not stack a second wrapper
    out = subprocess.run(
        [sys.executable, "-c",
         "import importlib, sys, tmsplanner.gui as g; importlib.reload(g); "
         "c = sys.modules['shibokensupport.feature']._mod_uses_pyside; "
         "print(c.__wrapped__.__module__, hasattr(c.__wrapped__, '__wrapped__'))"],
        capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.split() == ["shibokensupport.feature", "False"]
