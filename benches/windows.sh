#!/usr/bin/env bash
# CPU and memory of the windows, measured as a trainer runs them (release
# build, software rendering under a virtual display), printed as a table.
#
#   cargo build --release && cargo build --release --example bare_countdown
#   benches/windows.sh [OLD_BINARY]
#
# 1. The room's window alone (one screen, fullscreen) against a bare eframe
#    window counting down at 200 pt, at 1280x720, 1920x1080 and 3840x2160,
#    with ../shared/tools/cpu-mem.sh on Xvfb: counting, and not started.
# 2. Both windows on two screens (tests/display: Xorg's dummy driver and
#    openbox; the console on a 1920x1080 laptop screen, the room fullscreen
#    on a 1920x1080 projector), counting and paused; with OLD_BINARY (a build
#    of the one-window app), that app fullscreen on the same display.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:-}
seconds=${SECONDS_PER_RUN:-20}
tool=../shared/tools/cpu-mem.sh
app=target/release/one-on-one
bare=target/release/examples/bare_countdown
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"

row() { printf '| %s | %s | %s |\n' "$1" "$2" "$3"; }
echo "| what | screen | figures |"
echo "| --- | --- | --- |"
for size in 1280x720 1920x1080 3840x2160; do
  row "bare countdown, counting" "$size" "$($tool --seconds "$seconds" --size "$size" --resize "$size" -- $bare)"
  row "room window, counting" "$size" "$($tool --seconds "$seconds" --size "$size" --resize "$size" --keys space -- $app --fullscreen)"
  row "room window, not started" "$size" "$($tool --seconds "$seconds" --size "$size" --resize "$size" -- $app --fullscreen)"
  if [[ -n $old ]]; then
    row "one-window app (old), counting" "$size" "$($tool --seconds "$seconds" --size "$size" --resize "$size" --keys space -- "$old" --fullscreen)"
  fi
done

# Two screens. The same sampling as cpu-mem.sh, on the dummy display.
display=:7
tests/display/start-dual-x.sh "$display" >/dev/null
trap 'tests/display/stop-dual-x.sh "$display" >/dev/null 2>&1; rm -rf "$scratch"' EXIT
export DISPLAY=$display
xrandr --output DUMMY0 --mode 1920x1080 --pos 0x0 --primary
xrandr --addmode DUMMY1 1920x1080 2>/dev/null || true
xrandr --output DUMMY1 --mode 1920x1080 --pos 1920x0
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15 + $16 + $17}' "/proc/$1/stat"; }
sample() { # NAME KEYS -- COMMAND...
  local name=$1 keys=$2; shift 3
  rm -rf "$scratch/data" "$scratch/config"
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep 4
  local window
  window=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1)
  for key in $keys; do
    [[ -n $window ]] && xdotool windowactivate --sync "$window" 2>/dev/null || true
    xdotool key "$key"; sleep 0.3
  done
  sleep 2
  local c0 t0 c1 t1
  c0=$(cpu "$pid"); t0=$(date +%s.%N)
  sleep "$seconds"
  c1=$(cpu "$pid"); t1=$(date +%s.%N)
  local rss hwm pss
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
  pss=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  row "$name" "1920x1080 + 1920x1080" "$(awk -v c0="$c0" -v c1="$c1" -v t0="$t0" -v t1="$t1" -v hz="$ticks" -v rss="$rss" -v hwm="$hwm" -v pss="$pss" 'BEGIN {
    printf "cpu_percent_of_one_core=%.2f rss_mib=%.1f peak_rss_mib=%.1f pss_mib=%.1f", 100 * (c1 - c0) / hz / (t1 - t0), rss / 1024, hwm / 1024, pss / 1024 }')"
}
sample "two windows, counting" "space" -- $app
sample "two windows, paused" "space space" -- $app
sample "two windows, not started" "" -- $app
if [[ -n $old ]]; then
  sample "one-window app (old), counting" "space" -- "$old" --fullscreen
fi
