"""Type information for qmllint: the QML module `Kiosk.Backend` that the Python side registers.

    python -m kiosk.ui.qmltypes OUT_DIR   # writes OUT_DIR/Kiosk/Backend/{backend.qmltypes,qmldir}
    pyside6-qmllint -I kiosk/ui/qml -I OUT_DIR kiosk/ui/qml/Kiosk/*.qml

pyside6-metaobjectdump reads the modules' source as moc reads C++ headers, and
pyside6-qmltyperegistrar turns its JSON into a .qmltypes file. The dump misses two things
that only the running classes know: which properties are constant, and the Qt names of
Python types (`list` is a QVariantList). Both are filled in from each class's meta-object.
A property holding one of our objects is a QObject (so Python can read it too); its getter's
return type tells qmllint which (`def _get_product(self) -> ProductDetail`).
"""

import importlib
import inspect
import json
import shutil
import subprocess
import sys
from pathlib import Path

from kiosk.paths import PACKAGE_DIR, QML_DIR

MODULE = "Kiosk.Backend"
# The modules whose classes carry @QmlElement (QML_IMPORT_NAME = "Kiosk.Backend").
SOURCES = ("artisan_detail", "controller", "idle", "keyboard", "models", "product_detail")
PYTHON_TYPES = {"list": "QVariantList", "dict": "QVariantMap", "object": "QVariant"}


class QmlTypesError(RuntimeError):
    """A PySide6 tool failed or is missing."""


def tool(name: str) -> str:
    """A PySide6 command-line tool: the one installed beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise QmlTypesError(f"{name} not found (is PySide6 installed?)")
    return found


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise QmlTypesError(f"{Path(command[0]).name} failed:\n{done.stderr}{done.stdout}")


def _complete(dump: list[dict]) -> None:
    """Add constness and Qt type names from the live meta-objects to the source dump."""
    for entry in dump:
        module = importlib.import_module(f"kiosk.ui.{Path(entry['inputFile']).stem}")
        for cls in entry["classes"]:
            python_class = getattr(module, cls["className"])
            meta = python_class.staticMetaObject
            for prop in cls.get("properties", []):
                live = meta.property(meta.indexOfProperty(prop["name"]))
                if live.isConstant():
                    prop["constant"] = True
                if prop["type"] in PYTHON_TYPES:
                    prop["type"] = PYTHON_TYPES[prop["type"]]
                elif prop["type"] == "QObject":
                    getter = getattr(python_class, prop["read"])
                    returned = inspect.signature(getter).return_annotation
                    if isinstance(returned, type) and hasattr(returned, "staticMetaObject"):
                        prop["type"] = returned.__name__


def generate(out_dir: Path) -> Path:
    """Write the module's qmltypes and qmldir under `out_dir`; return the module's folder."""
    module_dir = out_dir.joinpath(*MODULE.split("."))
    module_dir.mkdir(parents=True, exist_ok=True)
    dump_file = module_dir / "backend_metatypes.json"
    sources = [str(PACKAGE_DIR / "ui" / f"{name}.py") for name in SOURCES]
    _run(tool("pyside6-metaobjectdump"), "--quiet", "-o", str(dump_file), *sources)
    dump = json.loads(dump_file.read_text(encoding="utf-8"))
    _complete(dump)
    dump_file.write_text(json.dumps(dump, indent=1), encoding="utf-8")

    import PySide6

    metatypes = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    foreign = [next(metatypes.glob(f"qt6{lib}_*metatypes.json")) for lib in ("core", "qml")]
    _run(
        tool("pyside6-qmltyperegistrar"),
        "--import-name", MODULE,
        "--major-version", "1",
        "--minor-version", "0",
        "--foreign-types", ",".join(str(path) for path in foreign),
        "--generate-qmltypes", str(module_dir / "backend.qmltypes"),
        "-o", str(module_dir / "backend_qmltyperegistrations.cpp"),
        str(dump_file),
    )  # fmt: skip
    (module_dir / "qmldir").write_text(
        f"module {MODULE}\ntypeinfo backend.qmltypes\ndepends QtQml\n", encoding="utf-8"
    )
    return module_dir


def lint(types_dir: Path, files: list[Path] | None = None) -> list[str]:
    """qmllint's warnings over `files` (by default every QML file of the kiosk), with the
    types generate() wrote to `types_dir`."""
    if files is None:
        files = sorted(QML_DIR.rglob("*.qml"))
    done = subprocess.run(
        [tool("pyside6-qmllint"), "-I", str(QML_DIR), "-I", str(types_dir), *map(str, files)],
        capture_output=True,
        text=True,
    )
    lines = (done.stdout + done.stderr).splitlines()
    warnings = [line for line in lines if line.startswith(("Warning", "Error"))]
    if done.returncode != 0 and not warnings:
        warnings = lines or [f"qmllint exited with {done.returncode}"]
    return warnings


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    print(generate(Path(args[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
