#!/bin/sh
# Start a two-monitor virtual X display: Xorg + dummy driver + openbox.
#   usage: ./start-dual-x.sh [:N]      (default :5)
# Leaves Xorg / openbox pids in $DIR/xorg.pid / $DIR/openbox.pid.  Stop: ./stop-dual-x.sh [:N]
# Needs: apt-get install -y --no-install-recommends xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils openbox
set -eu
D=${1:-:5}
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${TMPDIR:-/tmp}/one-on-one-display${D#:}; mkdir -p "$DIR"
Xorg "$D" -config "$HERE/xorg-dummy.conf" -noreset -nolisten tcp \
     -logfile "$DIR/Xorg.log" >"$DIR/xorg.out" 2>&1 &
echo $! >"$DIR/xorg.pid"
i=0; until DISPLAY=$D xdpyinfo >/dev/null 2>&1; do i=$((i+1)); [ $i -gt 200 ] && { echo "Xorg did not start, see $DIR/Xorg.log" >&2; exit 1; }; sleep 0.05; done
# Monitor 0 = DUMMY0 1920x1080 (primary, "console"), monitor 1 = DUMMY1 1280x800 to its right ("projector").
# DUMMY1 starts "disconnected" with no modes; --addmode makes it usable.
DISPLAY=$D xrandr --output DUMMY0 --mode 1920x1080 --pos 0x0 --primary
DISPLAY=$D xrandr --addmode DUMMY1 1280x800
DISPLAY=$D xrandr --output DUMMY1 --mode 1280x800 --pos 1920x0
# A window manager is required for fullscreen (with_monitor / SetMonitor) to resize the window.
DISPLAY=$D openbox >"$DIR/openbox.log" 2>&1 &
echo $! >"$DIR/openbox.pid"
i=0; until DISPLAY=$D xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; do i=$((i+1)); [ $i -gt 200 ] && { echo "openbox did not start" >&2; exit 1; }; sleep 0.05; done
DISPLAY=$D xrandr --listmonitors
