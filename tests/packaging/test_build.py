"""The one-folder build (packaging/build.py): it builds, and the built programs run on a clean
environment with only the fonts they carry.

Set ODOP_SKIP_PACKAGE_TEST=1 to skip it while developing; `.ci/run` runs it.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.paths import REPO_ROOT

pytestmark = pytest.mark.skipif(
    os.environ.get("ODOP_SKIP_PACKAGE_TEST") == "1", reason="ODOP_SKIP_PACKAGE_TEST=1"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Build into a fresh folder (the Japanese font subsets are cached in build/)."""
    dist = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "packaging" / "build.py"), "--dist", str(dist)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    print(f"package built in {time.monotonic() - started:.0f} s: {result.stdout.strip()}")
    return dist / "odop-kiosk"


@pytest.fixture(scope="module")
def clean_env(built, tmp_path_factory):
    """`env -i` with a clean HOME, no venv on PATH and a fontconfig of the build's fonts only."""
    home = tmp_path_factory.mktemp("home")
    conf = home / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><dir>{built / '_internal' / 'fonts'}</dir>"
        f"<cachedir>{home / 'fc-cache'}</cachedir></fontconfig>\n"
    )
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "FONTCONFIG_FILE": str(conf),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QUICK_BACKEND": "software",
    }


def run_clean(env, *command, timeout=120):
    return subprocess.run(
        ["env", "-i", *(f"{k}={v}" for k, v in env.items()), *map(str, command)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_the_build_holds_both_programs_python_qt_wayland_and_the_fonts(built):
    assert (built / "kiosk").is_file() and os.access(built / "kiosk", os.X_OK)
    assert (built / "kiosk-admin").is_file() and os.access(built / "kiosk-admin", os.X_OK)
    internal = built / "_internal"
    qt = internal / "PySide6" / "Qt"
    assert (qt / "plugins" / "platforms" / "libqwayland.so").is_file()
    assert list((qt / "plugins" / "wayland-shell-integration").glob("libxdg-shell*.so"))
    assert (internal / "catalog.db").is_file()
    assert (internal / "kiosk" / "ui" / "qml" / "Kiosk" / "Main.qml").is_file()
    assert (internal / "kiosk" / "ui" / "reset-font.ttf").is_file()  # fonts.release_font_caches
    assert sorted(p.name for p in (internal / "kiosk" / "ui" / "i18n").glob("*.qm")) == [
        "kiosk_en.qm",
        "kiosk_hi.qm",
        "kiosk_ja.qm",
    ]
    fonts = {p.name for p in (internal / "fonts").iterdir()}
    assert {"NotoSans-Regular.ttf", "NotoSansDevanagari-Regular.ttf"} <= fonts
    assert {"NotoSansCJKjp-Regular.otf", "NotoSerifCJKjp-Bold.otf"} <= fonts
    for unused in ("QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtWidgets"):
        assert not list(internal.rglob(f"{unused}*.so")), unused
    archives = list(built.parent.glob("odop-kiosk-*.tar.gz"))
    assert len(archives) == 1


def test_ldd_resolves_every_library_in_the_build(built):
    elves = []
    for path in built.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as f:
            if f.read(4) == b"\x7fELF":
                elves.append(path)
    assert len(elves) > 100
    # One ldd for them all: it heads each file's libraries with "<file>:".
    out = subprocess.run(["ldd", *map(str, elves)], capture_output=True, text=True).stdout
    unresolved, headed, current = [], set(), None
    for line in out.splitlines():
        if not line[:1].isspace() and line.endswith(":"):
            current = Path(line[:-1])
            headed.add(current)
        elif "not found" in line:
            unresolved.append(f"{current.relative_to(built)}: {line.strip()}")
    assert headed == set(elves)
    assert unresolved == []


def test_the_built_kiosk_starts_on_a_clean_environment_and_tells_systemd(built, clean_env):
    sock_path = Path(clean_env["HOME"]) / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(sock_path))
    sock.settimeout(60)
    env = {**clean_env, "NOTIFY_SOCKET": str(sock_path), "WATCHDOG_USEC": "2000000"}
    process = subprocess.Popen(
        ["env", "-i", *(f"{k}={v}" for k, v in env.items()), str(built / "kiosk")],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        log = []
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            log.append(line)
            if "kiosk showing" in line:
                break
        text = "".join(log)
        assert f"kiosk showing {built / '_internal' / 'catalog.db'}" in text, text
        assert "cannot render" not in text and "Traceback" not in text, text
        messages = {sock.recv(4096).decode() for _ in range(2)}
        assert messages == {"READY=1", "WATCHDOG=1"}
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stderr.close()
        sock.close()


def test_built_previews_carry_the_codes_kiosk_admin_urls_prints(built, clean_env, tmp_path):
    admin = built / "kiosk-admin"
    products = json.loads(run_clean(clean_env, admin, "products", "--json").stdout)
    product = products[0]["id"]
    for language in ("en", "hi", "ja"):
        result = run_clean(
            clean_env, admin, "preview", "--out", tmp_path, "--lang", language,
            "--screen", "product", "--product", product, timeout=180,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        urls = json.loads(run_clean(clean_env, admin, "urls", product, "--lang", language).stdout)
        with Image.open(tmp_path / f"product-{language}-1080x1920.png") as image:
            decoded = {r.text for r in zxingcpp.read_barcodes(image.convert("L"))}
        assert decoded == set(urls.values()), language


def test_the_doctors_font_checks_pass_with_only_the_builds_fonts(built, clean_env):
    result = run_clean(clean_env, built / "kiosk-admin", "doctor", timeout=180)
    fonts = [line for line in result.stdout.splitlines() if line[6:].startswith("fonts ")]
    assert [line.split(":")[0] for line in fonts] == [
        "PASS  fonts en",
        "PASS  fonts hi",
        "PASS  fonts ja",
    ], result.stdout + result.stderr


def test_the_fontconfig_of_the_test_really_hides_the_system_fonts(built, clean_env):
    if not shutil.which("fc-list"):
        pytest.skip("no fc-list")
    listed = run_clean(clean_env, "fc-list", ":", "file").stdout
    assert listed.strip()
    assert all(str(built) in line for line in listed.splitlines()), listed
