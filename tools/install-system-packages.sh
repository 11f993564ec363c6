#!/bin/sh
# Install the system libraries tmsplanner's desktop interface (Qt 6) needs on
# Debian/Ubuntu, if any is missing. The list is resources/system/debian-packages.txt.
#
#   sh tools/install-system-packages.sh window     # to show the window (X11 or Wayland)
#   sh tools/install-system-packages.sh offscreen  # enough for the tests (no display)
#
# Runs apt-get as root, or through sudo. Does nothing when every library is there,
# and nothing on macOS or Windows, which need none of them.
set -eu

mode=${1:-window}
case "$mode" in
    window) wanted="any xcb wayland" ;;
    offscreen) wanted="any" ;;
    *) echo "usage: sh tools/install-system-packages.sh [window|offscreen]" >&2; exit 2 ;;
esac
[ "$(uname -s)" = Linux ] || exit 0

list="$(dirname "$0")/../resources/system/debian-packages.txt"
ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
known=$("$ldconfig" -p 2>/dev/null || true)

missing=""
while read -r package library needed; do
    case "$package" in ''|'#'*) continue ;; esac
    case " $wanted " in *" $needed "*) ;; *) continue ;; esac
    if ! printf '%s\n' "$known" | grep -q "^[[:space:]]*$library "; then
        case " $missing " in *" $package "*) ;; *) missing="$missing $package" ;; esac
    fi
done < "$list"
[ -n "$missing" ] || exit 0
missing=${missing# }

if ! command -v apt-get >/dev/null 2>&1; then
    echo "tmsplanner: these libraries are missing (Debian package names): $missing;" \
         "install your system's packages that provide them." >&2
    exit 0
fi
if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "tmsplanner: missing system libraries; as root, run: apt-get install $missing" >&2
    exit 1
fi
echo "tmsplanner: installing system libraries for the desktop interface: $missing"
export DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes
# shellcheck disable=SC2086  # one word per package
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
