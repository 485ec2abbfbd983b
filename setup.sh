#!/usr/bin/env bash
# Sets up the ODOP kiosk on Debian/Ubuntu and runs it:
#   ./setup.sh kiosk [ARGS]   install what the kiosk needs, then start it on the bundled catalogue
#   ./setup.sh test [ARGS]    install what the tests need, then run them (ARGS go to pytest)
#   ./setup.sh bench [ARGS]   install, then run the benchmarks (ARGS: e.g. scale; --help)
#   ./setup.sh package        install, then build dist/odop-kiosk/ and its .tar.gz (packaging/)
set -euo pipefail
cd "$(dirname "$0")"

what="${1:-}"
case "$what" in
  kiosk|test|bench|package) shift ;;
  *) echo "usage: ./setup.sh kiosk|test|bench|package [ARGS]" >&2; exit 2 ;;
esac

# Qt needs these even offscreen; the fonts draw Latin, Devanagari and Japanese; the xcb
# libraries are for a real X display (QT-NOTES "Deployment facts").
packages=(libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6
          libdbus-1-3 fontconfig fonts-noto-core fonts-noto-cjk
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0
          libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1)
python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null; then
  echo "setup: no $python found; install it with: sudo apt-get install python3 python3-venv" >&2
  exit 1
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: Python 3.11 or newer is needed ($python is $("$python" --version))" >&2
  exit 1
fi
"$python" -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)
# The tests open the published website's enquiry page in headless Chromium; the benchmarks
# compare the kiosk with it.
case "$what" in test|bench) packages+=(chromium) ;; esac
# The label tests draw reference Hindi text with Pillow's raqm layout, which needs FriBidi.
[ "$what" = test ] && packages+=(libfribidi0)
# The QR tests decode every code with ZBar too (pyzbar loads libzbar).
[ "$what" = test ] && packages+=(libzbar0)
# The clock-jump fault test moves the kiosk's wall clock with libfaketime.
[ "$what" = test ] && packages+=(faketime)
# The packaging tests check the kiosk's unit files with systemd-analyze.
[ "$what" = test ] && packages+=(systemd)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    echo "setup: missing system packages; install them with:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q >/dev/null
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
extra=""
case "$what" in
  test) extra="[test,package]" ;;  # the tests build the package too
  bench) extra="[test]" ;;
  package) extra="[package]" ;;
esac
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"

case "$what" in
  kiosk) exec .venv/bin/kiosk "$@" ;;
  test) exec .venv/bin/python -m pytest "$@" ;;
  bench) exec .venv/bin/python -m benchmarks "$@" ;;
  package) exec .venv/bin/python packaging/build.py "$@" ;;
esac
