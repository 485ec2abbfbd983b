"""Where the kiosk finds its bundled files, and which catalogue it opens."""

import json
import os
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

CATALOG_ENV = "ODOP_KIOSK_DB"


def config_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "odop-kiosk" / "kiosk.json"


def configured_catalog() -> Path:
    """The catalogue this kiosk shows: $ODOP_KIOSK_DB, else `catalog` in the config file,
    else the bundled sample catalogue."""
    if os.environ.get(CATALOG_ENV):
        return Path(os.environ[CATALOG_ENV])
    try:
        configured = json.loads(config_file().read_text(encoding="utf-8")).get("catalog")
    except (OSError, ValueError, AttributeError):
        configured = None
    return Path(configured) if configured else BUNDLED_CATALOG
