"""Shared fixtures: offscreen Qt, the bundled catalogue, and a running kiosk."""

import atexit
import os
import shutil
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere
os.environ["QT_QUICK_BACKEND"] = "software"
# No test reads this machine's /etc/odop-kiosk/kiosk.json or writes /var/lib/odop-kiosk: the
# machine file is one that is not there (every default) until a test writes its own, and
# the state folder is a temporary one, as systemd's $STATE_DIRECTORY would name it.
os.environ["STATE_DIRECTORY"] = tempfile.mkdtemp(prefix="odop-kiosk-tests-state-")
os.environ["ODOP_KIOSK_CONFIG"] = os.environ["STATE_DIRECTORY"] + "-no-machine-file.json"
os.environ["ODOP_KIOSK_DB"] = ""  # empty is unset
os.environ["LOGS_DIRECTORY"] = ""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from kiosk.catalog.store import load_catalog
from kiosk.paths import BUNDLED_CATALOG

atexit.register(shutil.rmtree, os.environ["STATE_DIRECTORY"], ignore_errors=True)


@pytest.fixture(scope="session")
def qapp_cls():
    return QGuiApplication


@pytest.fixture(scope="session")
def catalog():
    return load_catalog(BUNDLED_CATALOG)


@pytest.fixture
def tmp_catalog(tmp_path):
    """A private copy of the bundled catalogue and its photos that a test may change.

    The photos are hard links: cheap, and an import that adds photos cannot touch the
    repository's own folder (new files are new links in the copy only).
    """
    import os
    import shutil

    from sqlite_utils import Database

    from kiosk.paths import BUNDLED_MEDIA

    path = tmp_path / "catalog.db"
    shutil.copy(BUNDLED_CATALOG, path)
    shutil.copytree(BUNDLED_MEDIA, tmp_path / "media", copy_function=os.link)
    db = Database(path)
    db["catalog_info"].upsert({"key": "media_dir", "value": "media"}, pk="key")
    db.close()
    return path


@pytest.fixture(params=[QSize(1080, 1920)], ids=["portrait"])
def window_size(request):
    return request.param


@pytest.fixture
def kiosk_catalog(catalog):
    """The catalogue the `kiosk` fixture shows; a test may override it."""
    return catalog


@pytest.fixture
def kiosk_state():
    """The state folder the `kiosk` fixture counts in (None: it counts nothing); a test may
    override it."""
    return None


@pytest.fixture
def allowed_qml_warnings():
    """Which QML warnings a test expects (a test of a fault overrides it): none."""
    return lambda warning: False


@pytest.fixture
def kiosk(qapp, qtbot, kiosk_catalog, window_size, kiosk_state, allowed_qml_warnings):
    """The real kiosk QML over the bundled catalogue, in an offscreen window.

    Any QML warning fails the test: pytest-qt catches logged ones while the test runs,
    and the engine's own `warnings` signal is checked at the end (it also sees teardown);
    only a fault test allows some (`allowed_qml_warnings`).
    """
    from kiosk.ui.app import start_kiosk
    from tests.ui.driver import Visitor

    running = start_kiosk(kiosk_catalog, window_size, state_dir=kiosk_state)
    warnings = []
    running.engine.warnings.connect(lambda errors: warnings.extend(e.toString() for e in errors))
    qtbot.waitExposed(running.window)
    yield Visitor(running, qtbot)
    running.close()
    assert [warning for warning in warnings if not allowed_qml_warnings(warning)] == []


@pytest.fixture(scope="session")
def published(tmp_path_factory, catalog):
    """The bundled catalogue published as a website (`kiosk-admin publish-site`)."""
    from kiosk.site.publish import publish_site
    from tests.site.site_kit import ORIGIN

    return publish_site(catalog, tmp_path_factory.mktemp("published") / "site", ORIGIN)


@pytest.fixture(scope="session")
def site_server(published):
    """The published website served on 127.0.0.1; its origin, like http://127.0.0.1:N."""
    from tests.site.site_kit import serve

    with serve(published.out) as origin:
        yield origin
