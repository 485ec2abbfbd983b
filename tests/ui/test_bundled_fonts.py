"""The fonts a build carries (kiosk/ui/fonts.py): registered in the build, skipped where the
system has them, and a damaged file said in one log line."""

import logging
import shutil
from pathlib import Path

from kiosk.ui import fonts

NOTO_SANS = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")


def test_a_build_registers_its_fonts_and_names_a_damaged_one(qapp, tmp_path, caplog):
    shutil.copy(NOTO_SANS, tmp_path / "NotoSans-Regular.ttf")
    (tmp_path / "NotoSansCJKjp-Regular.otf").write_bytes(b"not a font")
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.fonts"):
        added = fonts.register_bundled_fonts(tmp_path, always=True)
    assert added == ["Noto Sans"]
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "NotoSansCJKjp-Regular.otf" in errors[0]


def test_outside_a_build_fonts_the_system_has_are_left_to_the_system(qapp, tmp_path):
    shutil.copy(NOTO_SANS, tmp_path / "NotoSans-Regular.ttf")
    assert fonts.register_bundled_fonts(tmp_path, always=False) == []
