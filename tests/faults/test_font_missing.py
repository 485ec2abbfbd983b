"""Font files missing: the kiosk draws what it can with the fonts it has, keeps running,
and logs one line per language it cannot draw.

The machine's fonts are narrowed with fontconfig (FONTCONFIG_FILE) to the Latin Noto Sans
and Noto Serif only: the Devanagari and Japanese font files are missing.
"""

import time
from pathlib import Path

from tests.test_kiosk_program import running

NOTO = Path("/usr/share/fonts/truetype/noto")


def test_missing_font_files_are_one_log_line_per_language_and_the_kiosk_runs(tmp_path):
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in ("NotoSans-Regular.ttf", "NotoSerif-Regular.ttf"):
        (fonts / name).symlink_to(NOTO / name)
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    with running(env={"FONTCONFIG_FILE": str(config)}) as (process, lines):
        time.sleep(3)  # the kiosk keeps showing
        assert process.poll() is None, lines
    log = "".join(lines)
    assert "kiosk showing" in log, log
    assert "Traceback" not in log
    unrenderable = [line for line in log.splitlines() if "cannot render" in line]
    assert sorted(line.split("cannot render ")[1].split()[0] for line in unrenderable) == [
        "hi",
        "ja",
    ], unrenderable
    assert all("install fonts-noto-core and fonts-noto-cjk" in line for line in unrenderable)
    assert "QML" not in log
