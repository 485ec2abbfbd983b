"""Where the kiosk finds its bundled files (which catalogue it opens: kiosk/machine.py)."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
BUNDLED_CATALOG = REPO_ROOT / "catalog.db"
CATALOG_SOURCES = REPO_ROOT / "assets" / "catalog"
BUNDLED_MEDIA = REPO_ROOT / "assets" / "media"
QML_DIR = PACKAGE_DIR / "ui" / "qml"
TRANSLATIONS_DIR = PACKAGE_DIR / "ui" / "i18n"
