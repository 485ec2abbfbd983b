"""Runs every benchmark and prints the figures: `python -m benchmarks`."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from benchmarks import catalogue_import, district_map, navigation, qr, search, startup


def main() -> None:
    print("ODOP kiosk benchmarks (offscreen, Qt Quick software backend)")
    for name, figures in (
        ("start to attract loop on screen", startup.run()),
        ("tap to next screen drawn", navigation.run()),
        ("district map: finger move to frame drawn while zooming", district_map.run()),
        ("QR codes", qr.run()),
        ("staff import", catalogue_import.run()),
        ("visitors' search, 10,000 products", search.run()),
    ):
        print(f"\n{name}")
        for label, value in figures.items():
            print(f"  {label:<44} {value}")


if __name__ == "__main__":
    main()
