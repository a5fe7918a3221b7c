#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on loopback and print its SQLAlchemy URL on stdout.
#
#   url=$(scripts/postgres.sh)            # installs PostgreSQL from Debian if missing, starts it
#   export NEWSWEAVE_TEST_PG_URL="$url"
#   scripts/postgres.sh stop DIR          # stops the cluster in DIR (printed on stderr at start)
#   scripts/postgres.sh stop --all        # stops every cluster this script started on this machine
#
# With NEWSWEAVE_PG_DIR_FILE set, the cluster's directory is also written to that file, so a caller
# knows its own cluster even when other runs start clusters on the same machine at the same time
# (the shared list below is only for `stop --all`).
#
# We run as root, and PostgreSQL refuses to run as root, so the cluster belongs to an unprivileged
# user (the Debian `postgres` user, created if missing) and lives in a temp dir. Logs go to stderr.
set -euo pipefail

PGUSER_OS="${NEWSWEAVE_PG_OS_USER:-postgres}"
DBNAME="${NEWSWEAVE_PG_DB:-newsweave_test}"
STATE_FILE="${TMPDIR:-/tmp}/newsweave-pg-clusters"

log() { echo "postgres.sh: $*" >&2; }

as_user() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u "$PGUSER_OS" -- "$@"
  else
    "$@"
  fi
}

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

stop_dir() {
  [ -d "$1/data" ] || { log "no cluster in $1"; return 0; }
  as_user "$BINDIR/pg_ctl" -D "$1/data" -m fast -w stop >&2 || true
  rm -rf "$1"
  log "stopped and removed $1"
}

if [ "${1:-}" = "stop" ]; then
  BINDIR=$(find_bindir) || { log "PostgreSQL is not installed"; exit 0; }
  target="${2:-}"
  if [ -z "$target" ]; then log "usage: $0 stop DIR | $0 stop --all"; exit 2; fi
  if [ "$target" = "--all" ]; then
    if [ -f "$STATE_FILE" ]; then
      while read -r dir; do stop_dir "$dir"; done < "$STATE_FILE"
      rm -f "$STATE_FILE"
    fi
  else
    stop_dir "$target"
    if [ -f "$STATE_FILE" ]; then grep -vxF "$target" "$STATE_FILE" > "$STATE_FILE.$$.tmp" || true; mv "$STATE_FILE.$$.tmp" "$STATE_FILE"; fi
  fi
  exit 0
fi

if ! BINDIR=$(find_bindir); then
  if [ "$(id -u)" != "0" ]; then log "PostgreSQL is missing and we are not root: install the postgresql package"; exit 1; fi
  log "installing PostgreSQL from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
  BINDIR=$(find_bindir) || { log "initdb not found after installing postgresql"; exit 1; }
fi

if [ "$(id -u)" = "0" ] && ! id "$PGUSER_OS" >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"
fi

# A free loopback port (the kernel picks one; a race with another process is unlikely here).
PORT="${NEWSWEAVE_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')}"

DIR=$(mktemp -d "${TMPDIR:-/tmp}/newsweave-pg.XXXXXX")
chmod 755 "$DIR"
if [ "$(id -u)" = "0" ]; then chown "$PGUSER_OS" "$DIR"; fi
echo "$DIR" >> "$STATE_FILE"
if [ -n "${NEWSWEAVE_PG_DIR_FILE:-}" ]; then echo "$DIR" > "$NEWSWEAVE_PG_DIR_FILE"; fi

DBUSER="$PGUSER_OS"
as_user "$BINDIR/initdb" -D "$DIR/data" -U "$DBUSER" -A trust -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
as_user "$BINDIR/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >&2 \
  || { cat "$DIR/server.log" >&2; exit 1; }
as_user "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U "$DBUSER" "$DBNAME" >&2

log "cluster in $DIR (port $PORT); stop it with: scripts/postgres.sh stop $DIR"
echo "postgresql+psycopg://$DBUSER@127.0.0.1:$PORT/$DBNAME"
