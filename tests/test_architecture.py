"""The layering rules of DESIGN.md, enforced: a Qt-free core and one owner per dependency."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import cutie_app

PACKAGE = Path(cutie_app.__file__).parent

#: Each outside dependency may be imported only below this path (relative to the package).
OWNERS = {
    "google.genai": "core/genai/gemini.py",
    "sqlite3": "core/store/",
    "keyring": "core/system/secrets.py",
    "platformdirs": "core/system/paths.py",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _sources() -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 10, "the package sources were not found"
    return files


@pytest.mark.parametrize("dependency", sorted(OWNERS))
def test_each_dependency_has_one_owner(dependency: str) -> None:
    owner = OWNERS[dependency]
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _sources()
        if any(name == dependency or name.startswith(dependency + ".") for name in _imports(path))
        and not str(path.relative_to(PACKAGE).as_posix()).startswith(owner)
    ]
    assert offenders == [], f"{dependency} may only be imported in {owner}"


def test_core_never_imports_qt_or_ui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "core").rglob("*.py")
        if any(n.split(".")[0] == "PySide6" or n.startswith("cutie_app.ui") for n in _imports(path))
    ]
    assert offenders == []


def test_core_imports_with_pyside6_unavailable() -> None:
    """Import every core module in a fresh interpreter where PySide6 cannot be imported."""
    code = (
        "import sys, pkgutil, importlib\n"
        "sys.modules['PySide6'] = None\n"
        "import cutie_app.core as core\n"
        "names = [m.name for m in pkgutil.walk_packages(core.__path__, 'cutie_app.core.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(len(names))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 10


def test_start_up_modules_do_not_import_the_sdk() -> None:
    """google.genai costs about a second: the CLI and core must load without it."""
    code = (
        "import sys\n"
        "import cutie_app.cli, cutie_app.core.genai.engine, cutie_app.core.genai.gemini, cutie_app.demo.server\n"
        "print('google.genai' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
