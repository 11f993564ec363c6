"""The start of a tmsplanner process: pydantic without plugins, and what that spares.

Each case runs in a fresh interpreter, since what is imported is the point.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "examples" / "standard-10hz-ldlpfc.tmsplan"


def _run(script: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_command_line_validates_a_plan_without_looking_for_plugins():
    found = _run(f"""
import json, os, sys
import tmsplanner.launcher  # what the tmsplanner command runs first
from tmsplanner.cli.main import main
code = main(["check", {str(EXAMPLE)!r}, "--json", "--today", "2026-11-23"])
loader = sys.modules["pydantic.plugin._loader"]
print(json.dumps({{"code": code, "metadata": "importlib.metadata" in sys.modules, "plugins": list(loader.get_plugins()),
                  "variable": os.environ.get("PYDANTIC_DISABLE_PLUGINS"), "stand_in": type(loader).__module__}}))
""")
    assert found == {"code": 0, "metadata": False, "plugins": [], "variable": "__all__",
                     "stand_in": "tmsplanner.startup"}


def test_a_model_still_refuses_bad_values_through_the_stand_in():
    found = _run("""
import json
from tmsplanner.startup import without_pydantic_plugins
without_pydantic_plugins()
from pydantic import BaseModel, Field, ValidationError
class Small(BaseModel):
    n: int = Field(ge=1)
try:
    Small(n=0)
    refused = None
except ValidationError as exc:
    refused = exc.errors()[0]["loc"]
print(json.dumps({"ok": Small(n=3).n, "refused": refused}))
""")
    assert found == {"ok": 3, "refused": ["n"]}


def test_the_stand_in_is_imported_as_pydantics_loader_would_be():
    found = _run("""
import importlib.util, json, sys
from tmsplanner.startup import without_pydantic_plugins, PLUGIN_LOADER
without_pydantic_plugins()
import pydantic.plugin._loader as loader
import pydantic.plugin
print(json.dumps({"stand_in": type(loader).__module__, "attribute": pydantic.plugin._loader is loader,
                  "spec": importlib.util.find_spec(PLUGIN_LOADER).name, "plugins": list(loader.get_plugins()),
                  "metadata": "importlib.metadata" in sys.modules}))
""")
    assert found == {"stand_in": "tmsplanner.startup", "attribute": True, "spec": "pydantic.plugin._loader",
                     "plugins": [], "metadata": False}


def test_any_other_name_asked_of_the_loader_loads_pydantics_own():
    found = _run("""
import json, sys
from tmsplanner.startup import without_pydantic_plugins, PLUGIN_LOADER
without_pydantic_plugins()
from pydantic.plugin import _loader
group = _loader.PYDANTIC_ENTRY_POINT_GROUP
import pydantic.plugin
real = sys.modules[PLUGIN_LOADER]
print(json.dumps({"group": group, "replaced": real is not _loader, "attribute": pydantic.plugin._loader is real,
                  "real_plugins": list(real.get_plugins()), "real": type(real).__module__}))
""")
    assert found == {"group": "pydantic", "replaced": True, "attribute": True, "real_plugins": [],
                     "real": "builtins"}


def test_a_loaded_loader_is_left_as_it_is():
    found = _run("""
import json, sys
import pydantic.plugin._loader as real
from tmsplanner.startup import without_pydantic_plugins, PLUGIN_LOADER
without_pydantic_plugins()
print(json.dumps({"same": sys.modules[PLUGIN_LOADER] is real}))
""")
    assert found == {"same": True}
