#!/usr/bin/env bash
# Runs a command with throwaway test services: a private PostgreSQL 15 cluster
# from the machine's installed binaries (free port, temp dir) and the fauxqs SQS
# emulator from npm (installed once into FAUXQS_DIR; tests create their own
# queues). Everything is stopped and removed on exit, whatever the outcome.
# Usage: .ci/with-services.sh <command...>
set -euo pipefail

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "with-services: PostgreSQL server binaries not found; install them (apt-get install postgresql-15)" >&2
  exit 1
fi

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

D=$(mktemp -d /tmp/hmpps-pg.XXXXXX)
mkdir -p "$D/sock"
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$D"; fi

cleanup() {
  status=$?
  if [ -n "${FAUXQS_PID:-}" ]; then kill "$FAUXQS_PID" 2>/dev/null || true; fi
  as_pg "$PG_BIN/pg_ctl" -D "$D/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$D"
  exit $status
}
trap cleanup EXIT INT TERM

PORT=$(free_port)
as_pg "$PG_BIN/initdb" -D "$D/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$D/initdb.log" 2>&1 \
  || { cat "$D/initdb.log" >&2; exit 1; }
as_pg "$PG_BIN/pg_ctl" -D "$D/data" -l "$D/pg.log" -w -t 30 \
  -o "-p $PORT -k $D/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$D/pg.log" >&2; exit 1; }

export TEST_POSTGRES_DSN="postgres://postgres@127.0.0.1:$PORT/postgres?sslmode=disable"
export REQUIRE_POSTGRES=1
echo "with-services: PostgreSQL on 127.0.0.1:$PORT" >&2

# fauxqs 1.x runs on Node 20; 2.x needs Node >= 22.5.
FAUXQS_DIR=${FAUXQS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/hmpps-fauxqs}
if [ ! -x "$FAUXQS_DIR/node_modules/.bin/fauxqs" ]; then
  command -v npm >/dev/null || { echo "with-services: npm not found; install Node.js 20+ to run the SQS emulator" >&2; exit 1; }
  echo "with-services: installing fauxqs@1.9.2 into $FAUXQS_DIR" >&2
  npm install --prefix "$FAUXQS_DIR" --no-audit --no-fund --loglevel=error fauxqs@1.9.2 >&2
fi
SQS_PORT=$(free_port)
FAUXQS_PORT=$SQS_PORT FAUXQS_LOGGER=false "$FAUXQS_DIR/node_modules/.bin/fauxqs" >"$D/fauxqs.log" 2>&1 &
FAUXQS_PID=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$SQS_PORT/health" >/dev/null 2>&1 && break
  kill -0 "$FAUXQS_PID" 2>/dev/null || { cat "$D/fauxqs.log" >&2; exit 1; }
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$SQS_PORT/health" >/dev/null || { echo "with-services: fauxqs did not start" >&2; cat "$D/fauxqs.log" >&2; exit 1; }
export TEST_SQS_ENDPOINT="http://127.0.0.1:$SQS_PORT"
export REQUIRE_SQS=1
echo "with-services: SQS emulator (fauxqs) on 127.0.0.1:$SQS_PORT" >&2

"$@"
