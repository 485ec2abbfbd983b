"""Where the kiosk finds its bundled files, and which catalogue it opens."""

import json
import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
BUNDLED_CATALOG = REPO_ROOT / "catalog.db"
CATALOG_SOURCES = REPO_ROOT / "assets" / "catalog"
BUNDLED_MEDIA = REPO_ROOT / "assets" / "media"
QML_DIR = PACKAGE_DIR / "ui" / "qml"
TRANSLATIONS_DIR = PACKAGE_DIR / "ui" / "i18n"

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
