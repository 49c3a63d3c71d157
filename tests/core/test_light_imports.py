"""What the window needs before a project is open loads without the store, Pillow or a subprocess.

Each check runs in a fresh interpreter: `sys.modules` there shows what an import really loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cutie_app.core.model.records as records
import cutie_app.core.services.project_paths as project_paths
import cutie_app.core.services.projects as projects


def loaded_after(code: str, *watched: str) -> dict[str, bool]:
    """Run `code` in a fresh interpreter; which of `watched` are in sys.modules afterwards."""
    probe = (
        f"import json, sys\n{code}\nprint(json.dumps({{m: m in sys.modules for m in {list(watched)!r}}}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


HEAVY = ("sqlite3", "cutie_app.core.store.project", "PIL", "cutie_app.core.services.projects")


def test_the_store_package_loads_project_and_sqlite_on_first_use() -> None:
    seen = loaded_after(
        "import cutie_app.core.store as store\n"
        "from cutie_app.core.store import PROJECT_FILE, ImageRecord, ProjectLockedError\n"
        "assert PROJECT_FILE == 'project.cutie'\n",
        *HEAVY,
    )
    assert not any(seen.values()), seen
    seen = loaded_after("from cutie_app.core.store import Project, SCHEMA_VERSION, ChangeToken\n", *HEAVY)
    assert seen["sqlite3"] and seen["cutie_app.core.store.project"], seen


def test_a_name_the_store_does_not_have_is_an_import_error() -> None:
    with pytest.raises(ImportError):
        exec("from cutie_app.core.store import NoSuchThing", {})


@pytest.mark.parametrize(
    "module",
    [
        "cutie_app.core.services.project_paths",
        "cutie_app.core.services.slot_sync",
        "cutie_app.core.model.records",
    ],
)
def test_what_the_window_starts_with_needs_no_store_or_pillow(module: str) -> None:
    seen = loaded_after(f"import {module}\n", *HEAVY, "cutie_app.core.model.adjustments")
    assert not any(seen.values()), seen


def test_the_project_service_still_offers_what_moved() -> None:
    for name in project_paths.__all__:
        assert getattr(projects, name) is getattr(project_paths, name), name
    assert projects.ImageQuery is records.ImageQuery and projects.Ledger is records.Ledger


def test_the_log_starts_without_the_network_pickling_or_platform_modules(tmp_path: Path) -> None:
    """logging.handlers loads socket, pickle and queue for handlers Cutie does not use."""
    code = (
        "from pathlib import Path\n"
        "from cutie_app.core.system import logging_setup\n"
        f"logging_setup.install(Path({str(tmp_path / 'logs')!r}))\n"
        "logging_setup.topic_logger('cutie.ui').warning('hello')\n"
        "logging_setup.uninstall()\n"
    )
    seen = loaded_after(code, "logging.handlers", "socket", "pickle", "platform", "subprocess")
    assert not any(seen.values()), seen
    assert "hello" in (tmp_path / "logs" / "cutie.log").read_text("utf-8")


def test_the_log_names_the_system_without_a_subprocess() -> None:
    code = (
        "from cutie_app.core.system import logging_setup\n"
        "line = logging_setup.environment_line()\n"
        "assert logging_setup.system_name() in line and 'Python' in line, line\n"
    )
    assert loaded_after(code, "subprocess") == {"subprocess": False}


def test_a_recipe_with_adjustments_still_reads_them() -> None:
    """The adjustment model loads only for recipes that hold adjustments; those still read back."""
    seen = loaded_after(
        "from cutie_app.core.model.generation import Recipe\n", "cutie_app.core.model.adjustments"
    )
    assert seen == {"cutie_app.core.model.adjustments": False}
    from helpers.builders import recipe

    from cutie_app.core.model.adjustments import AdjustmentRecord, AdjustmentStack, Brightness
    from cutie_app.core.model.generation import Recipe

    stack = AdjustmentStack((Brightness(amount=0.85),))
    adjusted = recipe(adjustments=AdjustmentRecord(stack, "ab" * 32, 7, look="Autumn", look_amount=0.5))
    assert Recipe.from_dict(adjusted.to_dict()) == adjusted
