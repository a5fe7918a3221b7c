#!/usr/bin/env bash
# A throwaway local Ray cluster on loopback, for tests and benchmarks.
#   addr=$(bash scripts/ray.sh [start] [NUM_CPUS])   # prints 127.0.0.1:PORT; the temp dir on stderr
#   bash scripts/ray.sh stop DIR                      # stops that cluster (the DIR start printed)
# `stop` ends only the processes of that cluster (found by its session dir under DIR), never other Ray clusters
# of the same user, which `ray stop` would.
# The cluster's worker processes run the venv's Python, so they import the same newsweave.
set -euo pipefail
cd "$(dirname "$0")/.."
RAY=.venv/bin/ray
cmd=${1:-start}
case "$cmd" in
  start)
    cpus=${2:-2}
    [ -x "$RAY" ] || { echo "ray is not installed: .venv/bin/pip install 'newsweave[ray]'" >&2; exit 1; }
    port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/nwray.XXXXXX")
    # No dashboard, no usage stats: nothing listens beyond what the cluster needs, nothing phones home.
    RAY_USAGE_STATS_ENABLED=0 "$RAY" start --head --port "$port" --num-cpus "$cpus" --node-ip-address 127.0.0.1 \
      --include-dashboard false --temp-dir "$tmp" --disable-usage-stats >&2
    echo "$tmp" >&2
    echo "127.0.0.1:$port"
    ;;
  stop)
    dir=${2:?usage: scripts/ray.sh stop DIR}
    # The cluster's processes name its session dir; their children (agents, workers) rename
    # themselves (ray::...), so they are found as descendants.
    pids=$(pgrep -f -- "$dir/session" || true)
    todo=$pids
    while [ -n "$todo" ]; do
      kids=$(for p in $todo; do pgrep -P "$p" || true; done)
      pids="$pids $kids"; todo=$kids
    done
    kids_all=$pids
    [ -n "${pids// /}" ] && kill $pids 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      pids=$(pgrep -f -- "$dir/session" || true); [ -z "$pids" ] && break; sleep 0.5
    done
    [ -n "$pids" ] && kill -9 $pids 2>/dev/null || true
    # Descendants found before the first kill that outlived it.
    for p in $kids_all; do kill -9 "$p" 2>/dev/null || true; done
    rm -rf -- "$dir"
    ;;
  *)
    echo "usage: scripts/ray.sh [start [NUM_CPUS]] | stop DIR" >&2; exit 2;;
esac
