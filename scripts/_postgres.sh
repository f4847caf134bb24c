# A throwaway PostgreSQL cluster on 127.0.0.1 for CI and the benchmark; sourced, not run.
#   pg_throwaway_start PORT   starts it (initdb in a temporary folder) and sets PG_THROWAWAY_URL
#   pg_throwaway_stop         stops it and removes the folder (safe to call twice)
# As root the server runs as the postgres user (Debian's packages); otherwise as the caller.
# shellcheck shell=bash

PG_THROWAWAY_DIR=""
PG_THROWAWAY_BIN=""
PG_THROWAWAY_URL=""

_pg_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_throwaway_start() {
    local port="$1"
    PG_THROWAWAY_BIN="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
    [[ -x $PG_THROWAWAY_BIN/pg_ctl ]] || { echo "no PostgreSQL server binaries in /usr/lib/postgresql" >&2; return 1; }
    if "$PG_THROWAWAY_BIN/pg_isready" -q -h 127.0.0.1 -p "$port"; then
        echo "port $port is taken; choose another one" >&2
        return 1
    fi
    PG_THROWAWAY_DIR="$(mktemp -d /tmp/stadsregio-pg.XXXXXX)"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$PG_THROWAWAY_DIR"
    _pg_as_owner "$PG_THROWAWAY_BIN/initdb" -D "$PG_THROWAWAY_DIR/data" -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >/dev/null
    _pg_as_owner "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/server.log" \
        -w -t 60 -o "-h 127.0.0.1 -p $port -k /tmp -F" start >/dev/null \
        || { cat "$PG_THROWAWAY_DIR/server.log" >&2; return 1; }
    for _ in {1..150}; do
        "$PG_THROWAWAY_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" && break
        sleep 0.2
    done
    "$PG_THROWAWAY_BIN/pg_isready" -h 127.0.0.1 -p "$port"
    "$PG_THROWAWAY_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres stadsregio
    # shellcheck disable=SC2034  # read by the scripts that source this file
    PG_THROWAWAY_URL="postgres://postgres@127.0.0.1:$port/stadsregio"
}

pg_throwaway_stop() {
    if [[ -n $PG_THROWAWAY_DIR ]]; then
        _pg_as_owner "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_THROWAWAY_DIR"
        PG_THROWAWAY_DIR=""
    fi
}
