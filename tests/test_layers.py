"""Layers with one direction (DESIGN §6, STYLE practice 1), checked on every module of the
`kiosk` package, found by walking it (a module added or moved is checked with no list here):

- the catalogue, the QR codes, the website, the kiosk's state (statistics, PIN, overrides)
  and the top-level shared modules import no Qt;
- the catalogue imports nothing from the QR codes, the website, the UI or the staff CLI;
- the QR codes, the website and the state import nothing from the UI or the staff CLI (the
  state nothing from the QR codes or the website either);
- the staff CLI imports Qt only inside the commands that draw, never when it loads;
- nothing in the kiosk imports the developer tools (`tools`).

The imports are read from each module's source (ast), wherever they stand, also inside a
function; a subprocess then imports the Qt-free modules for real and looks in sys.modules.
"""

import ast
import pkgutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

import kiosk

QT = ("PySide6", "shiboken6")
QT_FREE = ("kiosk.catalog", "kiosk.qr", "kiosk.site", "kiosk.state")
FORBIDDEN = {
    "kiosk.catalog": ("kiosk.qr", "kiosk.site", "kiosk.ui", "kiosk.admin"),
    "kiosk.qr": ("kiosk.ui", "kiosk.admin"),
    "kiosk.site": ("kiosk.ui", "kiosk.admin"),
    "kiosk.state": ("kiosk.qr", "kiosk.site", "kiosk.ui", "kiosk.admin"),
}


def within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == package or name.startswith(f"{package}.") for package in packages)


@cache
def modules() -> dict[str, Path]:
    """Every module of the kiosk package, by name, with its source file."""
    found = {"kiosk": Path(kiosk.__file__)}
    for info in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
        spec = info.module_finder.find_spec(info.name, None)
        assert spec is not None and spec.origin, info.name
        found[info.name] = Path(spec.origin)
    return found


def imported(name: str, *, top_level_only: bool = False) -> set[str]:
    """The modules `name` imports (relative imports resolved); with `top_level_only`, only
    those imported when it loads, not inside a function."""
    path = modules()[name]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    nodes = list(ast.walk(tree))
    if top_level_only:  # the module's own statements, in if/try blocks too, not in defs
        nodes = [
            node
            for statement in tree.body
            if not isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            for node in ast.walk(statement)
        ]
    names = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def qt_free_modules() -> list[str]:
    """The catalogue, QR, website and top-level shared modules (kiosk.languages, ...)."""
    shared = [name for name in modules() if name.count(".") == 1 and name not in _PACKAGES]
    return sorted(name for name in modules() if within(name, QT_FREE)) + sorted(shared)


_PACKAGES = {"kiosk.catalog", "kiosk.qr", "kiosk.site", "kiosk.ui", "kiosk.admin"}


def test_the_walk_finds_every_layer():
    names = modules()
    for package in _PACKAGES:
        assert package in names
        assert any(name.startswith(f"{package}.") for name in names), package
    assert {"kiosk.languages", "kiosk.paths", "kiosk.translations"} <= set(qt_free_modules())
    # every .py file of the package is a module the walk found
    root = Path(kiosk.__file__).parent
    files = {path.resolve() for path in root.rglob("*.py")}
    assert files == {path.resolve() for path in names.values()}


@pytest.mark.parametrize("name", qt_free_modules())
def test_no_qt_in_catalogue_qr_site_and_shared_modules(name):
    bad = sorted(m for m in imported(name) if within(m, (*QT, "kiosk.ui")))
    assert not bad, f"{name} imports {bad}"


@pytest.mark.parametrize("name", sorted(modules()))
def test_layers_import_only_downwards(name):
    imports = imported(name)
    for layer, forbidden in FORBIDDEN.items():
        if within(name, (layer,)):
            bad = sorted(m for m in imports if within(m, forbidden))
            assert not bad, f"{name} ({layer}) imports {bad}"
    bad = sorted(m for m in imports if within(m, ("tools",)))
    assert not bad, f"{name} imports the developer tools: {bad}"


@pytest.mark.parametrize("name", [n for n in sorted(modules()) if within(n, ("kiosk.admin",))])
def test_staff_cli_loads_without_qt(name):
    bad = sorted(m for m in imported(name, top_level_only=True) if within(m, (*QT, "kiosk.ui")))
    assert not bad, f"{name} imports {bad} when it loads"


def test_qt_free_modules_load_no_qt_when_imported():
    """The same, for real: importing every Qt-free module and the staff CLI loads no Qt."""
    names = [*qt_free_modules(), *(n for n in modules() if within(n, ("kiosk.admin",)))]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.startswith({QT!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
