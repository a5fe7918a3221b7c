#!/usr/bin/env bash
# The whole test suite, as `make test` and CI run it: Debian's Chromium for the browser tests,
# a throwaway PostgreSQL cluster on loopback for the store/ingest/web tests, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/chromium.sh >&2
pg_url=$(bash scripts/postgres.sh)
pg_dir=$(tail -n 1 "${TMPDIR:-/tmp}/newsweave-pg-clusters" 2>/dev/null || true)
cleanup() { [ -n "$pg_dir" ] && bash scripts/postgres.sh stop "$pg_dir" >&2 || true; }
trap cleanup EXIT
export NEWSWEAVE_TEST_PG_URL="$pg_url"
.venv/bin/python -m pytest -q "$@"
