"""Every word of the UI is translated, and the compiled .qm files match their .ts sources."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.languages import LANGUAGES
from kiosk.paths import TRANSLATIONS_DIR

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    root = ET.parse(TRANSLATIONS_DIR / f"kiosk_{language}.ts").getroot()
    messages = list(root.iter("message"))
    assert messages
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), message.find(
            "source"
        ).text
        assert (translation.text or "").strip() or translation.find("numerusform") is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_are_up_to_date(language, tmp_path):
    compiled = tmp_path / f"kiosk_{language}.qm"
    subprocess.run(
        [LRELEASE, TRANSLATIONS_DIR / f"kiosk_{language}.ts", "-qm", compiled],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS_DIR / f"kiosk_{language}.qm").read_bytes()


def test_every_qml_string_is_in_the_translation_sources(tmp_path):
    """lupdate over the QML finds nothing new: no qsTr() was added without a translation."""
    ts = tmp_path / "fresh.ts"
    qml = sorted(str(p) for p in (TRANSLATIONS_DIR.parent / "qml").rglob("*.qml"))
    subprocess.run(
        [LRELEASE.with_name("pyside6-lupdate"), *qml, "-ts", ts], check=True, capture_output=True
    )
    fresh = {m.find("source").text for m in ET.parse(ts).getroot().iter("message")}
    known = {
        m.find("source").text
        for m in ET.parse(TRANSLATIONS_DIR / "kiosk_ja.ts").getroot().iter("message")
    }
    assert fresh == known
