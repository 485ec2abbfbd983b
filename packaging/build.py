"""Builds the one-folder kiosk: `./setup.sh package` runs this.

    python packaging/build.py [--dist DIR] [--work DIR]

writes DIR/odop-kiosk/ (the programs `kiosk` and `kiosk-admin`, Python, the Qt parts the kiosk
uses, the QML, translations, bundled catalogue, photos and Noto fonts) and
DIR/odop-kiosk-<version>-<arch>.tar.gz, the archive `packaging/linux/install.sh` installs.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NAME = "odop-kiosk"


def _texts() -> list[str]:
    """Every text the bundled catalogue and the UI may draw, for the Japanese font subset."""
    from kiosk.catalog.doctor import language_texts, open_catalog_quietly
    from kiosk.paths import BUNDLED_CATALOG

    texts = language_texts(open_catalog_quietly(BUNDLED_CATALOG))
    return [t for each in texts.values() for t in each]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    started = time.monotonic()
    sys.path.insert(0, str(ROOT / "packaging"))
    from fonts import FontError, build_fonts

    fonts_dir = args.work / "fonts"
    try:
        written = build_fonts(fonts_dir, args.work / "font-cache", _texts())
    except FontError as error:
        print(f"build: {error}", file=sys.stderr)
        return 1
    fonts_mb = sum(p.stat().st_size for p in written) / 1e6
    fonts_s = time.monotonic() - started

    import PyInstaller.__main__

    os.environ["ODOP_BUILD_FONTS"] = str(fonts_dir)
    PyInstaller.__main__.run(
        [
            str(ROOT / "packaging" / "odop-kiosk.spec"),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={args.dist}",
            f"--workpath={args.work / 'pyinstaller'}",
        ]
    )
    folder = args.dist / NAME
    # The interpreter's library comes with its debug information (about 19 MB of it).
    if shutil.which("strip"):
        for library in (folder / "_internal").glob("libpython*.so*"):
            subprocess.run(["strip", "--strip-debug", str(library)], check=True)
    arch = platform.machine()
    info = {
        "name": NAME,
        "version": version(NAME),
        "arch": arch,
        "python": platform.python_version(),
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (folder / "BUILD-INFO.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    built_s = time.monotonic() - started
    archive = args.dist / f"{NAME}-{info['version']}-{arch}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=1) as tar:
        tar.add(folder, arcname=NAME)
    print(
        f"build: {folder} {folder_size(folder) / 1e6:.0f} MB (fonts {fonts_mb:.1f} MB, "
        f"{fonts_s:.0f} s), {archive.name} {archive.stat().st_size / 1e6:.0f} MB, "
        f"{built_s:.0f} s to build, {time.monotonic() - started:.0f} s with the archive"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
