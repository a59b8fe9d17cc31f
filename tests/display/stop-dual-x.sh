#!/bin/sh
D=${1:-:5}; HERE=$(cd "$(dirname "$0")" && pwd); DIR=${TMPDIR:-/tmp}/one-on-one-display${D#:}
for p in openbox xorg; do [ -f "$DIR/$p.pid" ] && kill "$(cat "$DIR/$p.pid")" 2>/dev/null; rm -f "$DIR/$p.pid"; done
