"""Where the kiosk finds its bundled files (which catalogue it opens: kiosk/machine.py)."""

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# In the one-folder build (packaging/) the bundled files sit in the build's data folder
# (`sys._MEIPASS`) laid out as in the repository: catalog.db, assets/media, fonts.
FROZEN = bool(getattr(sys, "frozen", False))
REPO_ROOT = Path(getattr(sys, "_MEIPASS", "")).resolve() if FROZEN else PACKAGE_DIR.parent
BUNDLED_CATALOG = REPO_ROOT / "catalog.db"
CATALOG_SOURCES = REPO_ROOT / "assets" / "catalog"
BUNDLED_MEDIA = REPO_ROOT / "assets" / "media"
QML_DIR = PACKAGE_DIR / "ui" / "qml"
TRANSLATIONS_DIR = PACKAGE_DIR / "ui" / "i18n"
# Noto fonts carried by the build (packaging/fonts.py); absent in a development checkout.
BUNDLED_FONTS = REPO_ROOT / "fonts"
