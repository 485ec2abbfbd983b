#!/bin/sh
# Turns a fresh Debian 12 / Ubuntu 24.04 PC into an ODOP kiosk. Run once as root:
#   sh install.sh dist/odop-kiosk-<version>-<arch>.tar.gz [--root DIR]
# Again with a newer archive to update (the build before it is kept for a rollback).
# --root DIR writes everything under DIR and starts nothing (for tests and images).
# Needs no network; the Debian packages it needs are listed in packaging/linux/README.md.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
archive="" root=""
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root=${2:?--root needs a folder}; shift 2 ;;
    -*) echo "usage: install.sh ARCHIVE [--root DIR]" >&2; exit 2 ;;
    *) archive=$1; shift ;;
  esac
done
fail() { echo "install.sh: $*; nothing was changed" >&2; exit 1; }
[ -n "$archive" ] || { echo "usage: install.sh ARCHIVE [--root DIR]" >&2; exit 2; }
[ -f "$archive" ] || fail "no archive at $archive"
[ "$(id -u)" -eq 0 ] || fail "run it as root (sudo sh install.sh ...)"

# Check everything before changing anything.
info=$(tar -xzOf "$archive" odop-kiosk/BUILD-INFO.json 2>/dev/null) \
  || fail "$archive is not an odop-kiosk build (no odop-kiosk/BUILD-INFO.json in it)"
field() { printf '%s\n' "$info" | sed -n "s/.*\"$1\": *\"\([^\"]*\)\".*/\1/p"; }
version=$(field version) arch=$(field arch)
machine=$(uname -m)
[ "$arch" = "$machine" ] \
  || fail "$(basename "$archive") was built for $arch and this PC is $machine: build the kiosk on a $machine machine"
[ -x "$root/usr/bin/cage" ] \
  || fail "cage is not installed: apt-get install cage (offline: see 'Taking the packages along' in packaging/linux/README.md)"
if [ -f "$root/etc/odop-kiosk/session.conf" ]; then
  conf="$root/etc/odop-kiosk/session.conf"
else
  conf="$here/session.conf"
fi
zone=$(sed -n 's/^ODOP_KIOSK_TIMEZONE=//p' "$conf" | tail -n 1)
[ -z "$zone" ] || [ -f "$root/usr/share/zoneinfo/$zone" ] || [ -f "/usr/share/zoneinfo/$zone" ] \
  || fail "ODOP_KIOSK_TIMEZONE=$zone in $conf is not a time zone (see /usr/share/zoneinfo)"

# The build: /opt/odop-kiosk/<version>-<date>, `current` and `previous` links to builds.
base="$root/opt/odop-kiosk"
release="$version-$(date -u +%Y%m%d%H%M%S)"
mkdir -p "$base/$release.part"
tar -xzf "$archive" -C "$base/$release.part" --strip-components=1 --no-same-owner
mv "$base/$release.part" "$base/$release"
old=$(readlink "$base/current" 2>/dev/null || true)
if [ -n "$old" ]; then
  ln -sfn "$old" "$base/previous.new" && mv -T "$base/previous.new" "$base/previous"
fi
ln -sfn "$release" "$base/current.new" && mv -T "$base/current.new" "$base/current"
# Keep the current and previous builds only.
for dir in "$base"/*/; do
  name=$(basename "$dir")
  [ "$name" = "$release" ] || [ "$name" = "$old" ] || [ -L "${dir%/}" ] || rm -rf "$dir"
done

# Users, folders, the service and the system settings.
install -d "$root/etc/sysusers.d" "$root/etc/tmpfiles.d" "$root/etc/systemd/system" \
  "$root/etc/systemd/system/multi-user.target.wants" "$root/etc/systemd/logind.conf.d" \
  "$root/etc/udev/rules.d" \
  "$root/etc/sysctl.d" "$root/etc/apt/apt.conf.d" "$root/etc/odop-kiosk" \
  "$root/usr/local/lib/odop-kiosk" "$root/usr/local/bin" "$root/srv"
cat > "$root/etc/sysusers.d/odop-kiosk.conf" <<'CONF'
# The kiosk's own user, and the staff who may change the catalogue (add them with
# `usermod -aG odop-staff NAME`).
g odop-staff -
u odop-kiosk - "ODOP Expo kiosk" /var/lib/odop-kiosk
m odop-kiosk odop-staff
CONF
cat > "$root/etc/tmpfiles.d/odop-kiosk.conf" <<'CONF'
# The catalogue and its photos: group odop-staff may change them; new files keep the group.
d /srv/odop-kiosk 2775 root odop-staff -
CONF
cat > "$root/etc/systemd/logind.conf.d/odop-kiosk.conf" <<'CONF'
# A kiosk never sleeps: no idle action, lid or suspend keys ignored.
[Login]
IdleAction=ignore
HandleLidSwitch=ignore
HandleLidSwitchExternalPower=ignore
HandleSuspendKey=ignore
HandleHibernateKey=ignore
CONF
cat > "$root/etc/sysctl.d/90-odop-kiosk.conf" <<'CONF'
# No Magic SysRq from a plugged-in keyboard (Alt+SysRq+B would reboot).
kernel.sysrq = 0
CONF
cat > "$root/etc/apt/apt.conf.d/99odop-kiosk" <<'CONF'
// No unattended upgrades and no reboots behind the pavilion's back.
APT::Periodic::Update-Package-Lists "0";
APT::Periodic::Download-Upgradeable-Packages "0";
APT::Periodic::Unattended-Upgrade "0";
Unattended-Upgrade::Automatic-Reboot "false";
CONF
install -m 0644 "$here/odop-kiosk.service" "$here/odop-kiosk-rollback.service" \
  "$here/odop-usb@.service" "$root/etc/systemd/system/"
install -m 0755 "$here/session" "$here/run-kiosk" "$here/rollback" "$here/usb-mount" \
  "$root/usr/local/lib/odop-kiosk/"
# USB sticks for the staff panel: read-only at /media/odop-usb (README: "USB sticks").
install -m 0644 "$here/90-odop-usb.rules" "$root/etc/udev/rules.d/"
[ -f "$root/etc/odop-kiosk/session.conf" ] \
  || install -m 0644 "$here/session.conf" "$root/etc/odop-kiosk/session.conf"
ln -sfn ../odop-kiosk.service "$root/etc/systemd/system/multi-user.target.wants/odop-kiosk.service"
# Masked: sleep, Ctrl+Alt+Del, automatic upgrades, network time; and a desktop's login
# screen, which would take the display from cage.
for unit in sleep.target suspend.target hibernate.target hybrid-sleep.target \
    suspend-then-hibernate.target ctrl-alt-del.target apt-daily.timer apt-daily-upgrade.timer \
    unattended-upgrades.service systemd-timesyncd.service chrony.service ntp.service \
    ntpsec.service; do
  ln -sfn /dev/null "$root/etc/systemd/system/$unit"
done
rm -f "$root/etc/systemd/system/display-manager.service"
if [ -n "$zone" ]; then
  ln -sfn "/usr/share/zoneinfo/$zone" "$root/etc/localtime"
  echo "$zone" > "$root/etc/timezone"
fi

if [ -n "$root" ]; then
  systemd-sysusers --root "$root" >/dev/null
else
  systemd-sysusers >/dev/null
fi
group=$(sed -n 's/^odop-staff:[^:]*:\([0-9]*\):.*/\1/p' "$root/etc/group")
catalogue="$root/srv/odop-kiosk"
install -d -m 2775 -g "$group" "$catalogue"
if [ ! -f "$catalogue/catalog.db" ]; then
  # The bundled catalogue, for staff to replace with kiosk-admin import.
  cp -R "$base/current/_internal/assets" "$catalogue/"
  cp "$base/current/_internal/catalog.db" "$catalogue/catalog.db"
  chgrp -R "$group" "$catalogue"
  chmod -R g+w "$catalogue"
  find "$catalogue" -type d -exec chmod g+s {} +
fi
# The machine settings every program reads, whoever runs it (README: "An installed kiosk").
if [ ! -f "$root/etc/odop-kiosk/kiosk.json" ]; then
  printf '{\n  "kiosk_id": "%s",\n  "catalog": "/srv/odop-kiosk/catalog.db"\n}\n' \
    "$(hostname -s 2>/dev/null || echo kiosk-01)" > "$root/etc/odop-kiosk/kiosk.json"
  chmod 0644 "$root/etc/odop-kiosk/kiosk.json"
fi
rm -f "$root/usr/local/bin/kiosk-admin"
cat > "$root/usr/local/bin/kiosk-admin" <<'CONF'
#!/bin/sh
# kiosk-admin of the installed kiosk; /etc/odop-kiosk/kiosk.json names its catalogue.
exec /opt/odop-kiosk/current/kiosk-admin "$@"
CONF
chmod 0755 "$root/usr/local/bin/kiosk-admin"

echo "install.sh: odop-kiosk $version ($arch) installed as /opt/odop-kiosk/$release${old:+ (previous: $old)}"
if [ -z "$root" ]; then
  sysctl -q --system >/dev/null || true
  systemctl daemon-reload
  udevadm control --reload 2>/dev/null || true
  systemctl reset-failed odop-kiosk.service 2>/dev/null || true
  systemctl restart odop-kiosk.service
  echo "install.sh: the kiosk is starting on tty7 (journalctl -u odop-kiosk -f)"
fi
