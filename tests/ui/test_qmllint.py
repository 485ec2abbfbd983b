"""Every QML file of the kiosk passes pyside6-qmllint without a warning, with the types the
Python side registers (module Kiosk.Backend) generated from the source (kiosk/ui/qmltypes.py),
so that a misspelt property of the controller or a model is caught before the kiosk runs."""

from kiosk.paths import QML_DIR
from kiosk.ui.qmltypes import generate, lint


def test_generated_types_describe_the_backend(tmp_path):
    module_dir = generate(tmp_path)
    qmltypes = (module_dir / "backend.qmltypes").read_text(encoding="utf-8")
    for name in ("KioskController", "ProductDetail", "IdleWatcher", "ProductListModel"):
        assert f'"{name}"' in qmltypes
    assert (module_dir / "qmldir").read_text(encoding="utf-8").startswith("module Kiosk.Backend")


def test_qmllint_finds_nothing_in_any_qml_file(tmp_path):
    generate(tmp_path)
    assert sorted(QML_DIR.rglob("*.qml"))
    warnings = lint(tmp_path)
    print("\n".join(warnings))
    assert warnings == []


def test_qmllint_would_report_a_misspelt_controller_property(tmp_path):
    """The check can fail: a QML file reading a property the controller lacks is reported."""
    generate(tmp_path)
    module = tmp_path / "Probe"
    module.mkdir()
    probe = module / "Probe.qml"
    probe.write_text(
        "import QtQuick\nimport Kiosk.Backend\n\n"
        "Item {\n    required property KioskController kiosk\n"
        "    width: kiosk.galleryCuont\n}\n",
        encoding="utf-8",
    )
    warnings = lint(tmp_path, files=[probe])
    assert any("galleryCuont" in warning for warning in warnings), warnings
