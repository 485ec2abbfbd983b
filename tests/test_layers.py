"""The data layer, QR codes, the kiosk's state and staff CLI import no Qt (DESIGN §6)."""

import subprocess
import sys


def test_catalogue_qr_and_cli_do_not_import_qt():
    code = (
        "import sys, kiosk.catalog.store, kiosk.catalog.build, kiosk.catalog.images, "
        "kiosk.qr.codes, kiosk.qr.vcard, kiosk.qr.labels, "
        "kiosk.translations, kiosk.admin.cli, kiosk.state.stats, kiosk.state.reports, "
        "kiosk.state.pin, kiosk.state.overrides; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
