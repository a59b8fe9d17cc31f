#!/usr/bin/env bash
# What sharing the room costs the trainer's laptop, measured as a trainer
# runs it: the release build fullscreen at 1920x1080 under Xvfb, sharing on
# loopback, with 0, 100 and 500 phones following (examples/viewers.rs holds
# that many event streams open from another process), not started, paused
# and counting; then the time to first byte of the page, and the sync error
# between the page in Chromium and the app's clock.
#
#   cargo build --release && cargo build --release --example viewers
#   benches/share.sh
#
# CPU is % of one core over SECONDS_PER_RUN (default 20) seconds; memory is
# the app's proportional set size. Goals (issue 11): paused with 500
# viewers at most 1 % of a core; counting with 500 at most 3 points more
# than with none; at most 40 MB more with 500 viewers than with none.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SECONDS_PER_RUN:-20}
tool=../shared/tools/cpu-mem.sh
app=target/release/one-on-one
viewers=target/release/examples/viewers
port=${PORT:-18111}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_STATE_HOME="$scratch/state"

echo "| state | viewers | figures | viewers held |"
echo "| --- | --- | --- | --- |"
for state in "not started:" "paused:space space" "counting:space"; do
  name=${state%%:*}
  keys=${state#*:}
  for count in 0 100 500; do
    rm -rf "$scratch/data" "$scratch/config" "$scratch/state"
    held="-"
    if [[ $count -gt 0 ]]; then
      "$viewers" "127.0.0.1:$port" "$count" $((seconds + 14)) 2>"$scratch/viewers.log" &
      phones=$!
    fi
    figures=$($tool --seconds "$seconds" --wait 6 --keys "$keys" --size 1920x1080 -- \
      "$app" --fullscreen --share "127.0.0.1:$port")
    if [[ $count -gt 0 ]]; then
      wait "$phones" || true
      held=$(sed -n 's/^viewers: \([0-9]*\) of.*/\1/p' "$scratch/viewers.log")
    fi
    printf '| %s | %s | %s | %s |\n' "$name" "$count" "$figures" "$held"
  done
done

echo
rm -rf "$scratch/data" "$scratch/config" "$scratch/state"
( sleep 5; "$viewers" "127.0.0.1:$port" ttfb 500 >"$scratch/ttfb.log" ) &
ttfb=$!
$tool --seconds 8 --wait 3 --size 1920x1080 -- "$app" --fullscreen --share "127.0.0.1:$port" >/dev/null
wait "$ttfb" || true
echo "time to first byte of the page (loopback, a new connection each): $(cat "$scratch/ttfb.log")"

echo
echo "sync error between the page in Chromium and the app's clock:"
cargo test --release --quiet --test phone_browser -- --nocapture --test-threads 1 \
  the_page_knows_the_servers_time 2>&1 \
  | grep "^sync error" || echo "(the browser test printed no figures)"
