"""The layering rules of DESIGN.md, enforced: a Qt-free core and one owner per dependency.

Imports are read from the source (AST), including those under `if TYPE_CHECKING:` and the
strings passed to `importlib.import_module(...)` and `__import__(...)`, so a lazy import cannot
slip past a rule.
"""

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


#: ui modules that still import the store until their rewrite lands; each entry must still
#: offend (the test says when to remove it), and no new module may join.
PENDING_UI_STORE_IMPORTS: set[str] = set()

#: MainWindow only builds the layout, the menus and the wiring; its controllers live in ui/window/.
MAX_MAINWINDOW_LINES = 450


def _dynamic_import(node: ast.Call) -> str | None:
    """The module named by `importlib.import_module("x")`, `import_module("x")` or `__import__("x")`."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name not in ("import_module", "__import__") or not node.args:
        return None
    first = node.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def imports_in_source(source: str, filename: str = "<source>") -> set[str]:
    """Every module a source file imports, statically or through an import call with a literal name."""
    tree = ast.parse(source, filename)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and (dynamic := _dynamic_import(node)) is not None:
            names.add(dynamic)
    return names


def _imports(path: Path) -> set[str]:
    return imports_in_source(path.read_text("utf-8"), str(path))


def _uses(names: set[str], module: str) -> bool:
    return any(n == module or n.startswith(module + ".") for n in names)


def _offenders(folder: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    """{file relative to the package: forbidden modules it imports} for every file below `folder`."""
    found: dict[str, list[str]] = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        names = _imports(path)
        bad = [m for m in forbidden if _uses(names, m)]
        if bad:
            found[path.relative_to(PACKAGE).as_posix()] = bad
    return found


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
    assert _offenders("core", ("PySide6", "shiboken6", "cutie_app.ui")) == {}


def test_ui_reaches_the_store_and_the_sdk_only_through_services() -> None:
    forbidden = ("cutie_app.core.store", "cutie_app.core.genai", "sqlite3", "google.genai")
    offenders = _offenders("ui", forbidden)
    pending = {f for f in PENDING_UI_STORE_IMPORTS if f in offenders}
    assert pending == PENDING_UI_STORE_IMPORTS, (
        f"{sorted(PENDING_UI_STORE_IMPORTS - pending)} no longer import the store: "
        "remove them from PENDING_UI_STORE_IMPORTS"
    )
    for name in pending:
        assert offenders.pop(name) == ["cutie_app.core.store"], f"{name} may only keep its store import"
    assert offenders == {}, "panes go through core services, never the store or the SDK"


def test_the_main_window_stays_thin() -> None:
    lines = (PACKAGE / "ui" / "mainwindow.py").read_text("utf-8").count("\n")
    assert lines < MAX_MAINWINDOW_LINES, (
        f"ui/mainwindow.py has {lines} lines: move the new controller into ui/window/"
    )


def test_genai_and_store_do_not_import_each_other() -> None:
    assert _offenders("core/genai", ("cutie_app.core.store",)) == {}
    assert _offenders("core/store", ("cutie_app.core.genai",)) == {}


def test_demo_server_imports_nothing_of_the_core() -> None:
    assert _offenders("demo", ("cutie_app.core", "cutie_app.ui", "cutie_app.cli")) == {}


@pytest.mark.parametrize(
    "source",
    [
        "from cutie_app.core.store import Project",
        "import cutie_app.core.store.project",
        "import importlib\nimportlib.import_module('cutie_app.core.store')",
        "from importlib import import_module\nimport_module('cutie_app.core.genai.gemini')",
        "__import__('sqlite3')",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from cutie_app.core.genai.engine import ImageEngine",
    ],
)
def test_every_way_of_importing_is_seen(source: str) -> None:
    names = imports_in_source(source)
    assert any(_uses(names, m) for m in ("cutie_app.core.store", "cutie_app.core.genai", "sqlite3"))


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
