#!/usr/bin/env bash
# The whole test suite, as `make test` and CI run it: Debian's Chromium for the browser tests,
# a throwaway PostgreSQL cluster on loopback for the store/ingest/web tests, a local Ray cluster
# for the engine tests, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/chromium.sh >&2
# Our own cluster's directory from a file of our own (not the last line of the machine's shared list:
# two runs started together would stop each other's cluster).
pg_dir_file=$(mktemp)
pg_url=$(NEWSWEAVE_PG_DIR_FILE="$pg_dir_file" bash scripts/postgres.sh)
pg_dir=$(cat "$pg_dir_file" 2>/dev/null || true); rm -f "$pg_dir_file"
ray_dir=""
cleanup() {
  [ -n "$pg_dir" ] && bash scripts/postgres.sh stop "$pg_dir" >&2 || true
  [ -n "$ray_dir" ] && bash scripts/ray.sh stop "$ray_dir" >&2 || true
}
trap cleanup EXIT
# A real local Ray cluster (2 worker CPUs on 127.0.0.1) for the engine tests, stopped on exit.
ray_out=$(mktemp)
ray_addr=$(bash scripts/ray.sh start 2 2>"$ray_out") || { cat "$ray_out" >&2; exit 1; }
ray_dir=$(tail -n 1 "$ray_out"); rm -f "$ray_out"
export NEWSWEAVE_TEST_PG_URL="$pg_url"
export NEWSWEAVE_TEST_RAY_ADDRESS="$ray_addr"
.venv/bin/python -m pytest -q "$@"
