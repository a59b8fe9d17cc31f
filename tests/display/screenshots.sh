#!/bin/sh
# Screenshots of both windows in each state, on the two-monitor display of
# start-dual-x.sh: the console on DUMMY0 (the laptop), the room fullscreen
# on DUMMY1 (the projector).
#   usage: tests/display/screenshots.sh OUT_DIR LAPTOP_MODE PROJECTOR_MODE [:N]
#   e.g.   tests/display/screenshots.sh /tmp/shots 1368x768 1920x1080 :5
# Needs the display running, xdotool and ImageMagick's import, and a
# release build (cargo build --release).
set -eu
OUT=$1; LAPTOP=$2; PROJECTOR=$3; D=${4:-:5}
export DISPLAY=$D
mkdir -p "$OUT"
xrandr --output DUMMY0 --mode "$LAPTOP" --pos 0x0 --primary
LW=${LAPTOP%x*}
xrandr --addmode DUMMY1 "$PROJECTOR" 2>/dev/null || true
xrandr --output DUMMY1 --mode "$PROJECTOR" --pos "${LW}x0"
scratch=$(mktemp -d)
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
target/release/one-on-one >"$scratch/log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$scratch"' EXIT
sleep 3
xdotool search --sync --onlyvisible --name "console" windowactivate --sync
shot() {
  sleep "${2:-1}"
  import -window root -crop "$LAPTOP+0+0" +repage "$OUT/console-$LAPTOP-$1.png"
  import -window root -crop "$PROJECTOR+$LW+0" +repage "$OUT/room-$PROJECTOR-$1.png"
}
keys() { for key in "$@"; do xdotool key "$key"; sleep 0.15; done; }
shot ready
keys space Right
shot flash 0.6
shot running 3
keys d
shot do-dont
keys d minus minus minus minus minus minus minus
shot warning
keys space
shot paused
keys space w
shot worksheet
keys w Right Right Right Right Right
shot finished 3
