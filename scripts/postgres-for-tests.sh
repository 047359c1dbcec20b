# Sourced by scripts/test.sh: a throwaway PostgreSQL cluster for the case-log tests.
#
# initdb into a temp folder, start it on a unix socket in that folder (no TCP port, so
# parallel runs never collide), create a database, export its URL as APPEALGEN_TEST_PG,
# and stop and delete it when the script exits. PostgreSQL refuses to run as root, so as
# root (CI) the cluster runs as the `postgres` user (created if missing).
# A caller that already has a server sets APPEALGEN_TEST_PG itself and skips all this.

pg_bin_dir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
  return 1
}

start_test_postgres() {
  [ -n "${APPEALGEN_TEST_PG:-}" ] && return 0
  local bin
  bin="$(pg_bin_dir)" || { echo "error: PostgreSQL (initdb, pg_ctl) not found" >&2; return 1; }
  PG_TEST_DIR="$(mktemp -d /tmp/appealgen-pg.XXXXXX)"
  PG_RUN=()
  if [ "$(id -u)" -eq 0 ]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    chown postgres "$PG_TEST_DIR"
    PG_RUN=(runuser -u postgres --)
  fi
  "${PG_RUN[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U appealgen --auth=trust \
    --encoding=UTF8 --no-locale >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  # small and fast: a throwaway cluster needs no durability
  "${PG_RUN[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $PG_TEST_DIR -c shared_buffers=16MB -c max_connections=40 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  PG_TEST_BIN="$bin"
  trap stop_test_postgres EXIT
  "$bin/createdb" -h "$PG_TEST_DIR" -U appealgen appealgen_test
  export APPEALGEN_TEST_PG="postgresql://appealgen@/appealgen_test?host=$PG_TEST_DIR"
  echo "PostgreSQL for the tests: $APPEALGEN_TEST_PG"
}

stop_test_postgres() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    "${PG_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}
