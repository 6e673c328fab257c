#!/usr/bin/env bash
# Live chat benchmark: fan-out of one case's messages to many open event streams.
#
# 1. SQLite, one process.  Builds Hiroba (release), starts it on a temporary data folder and a free
#    loopback port, creates a case through the worker's form with curl (GET /en/assist for the
#    CSRF token and cookie, POST /en/assist, #case-number/#case-passphrase, POST /en/assist/case
#    for the hiroba_case cookie), then bench/chat-sse.mjs opens CHAT_STREAMS server-sent-event
#    connections to /en/assist/case/events with that cookie and posts CHAT_MESSAGES worker
#    messages through POST /en/assist/case/reply.  Every stream must receive every message, in
#    order, once; the delivery latency (receipt on the stream minus the arrival of the POST's
#    answer) is printed as p50/p99.  Messages are paced: the next one is posted when the previous
#    one has reached every stream.
# 2. PostgreSQL, two processes (only if PostgreSQL answers on 127.0.0.1:5432 with trust auth as
#    user postgres).  Creates a throw-away database hiroba_chat_<random>, starts two Hiroba
#    processes on it (different ports, same HIROBA_SECRET_KEY_FILE and HIROBA_DATA_DIR), opens the
#    streams on process A and posts through process B, so every message crosses
#    LISTEN/NOTIFY; same checks and figures.  Both processes are stopped and the database dropped.
#
# Environment (defaults in brackets):
#   CHAT_STREAMS [200]  CHAT_MESSAGES [20]
#   HIROBA_BIN  use this binary instead of building one (a release build, to be fair)
#   CHAT_PG_URL [postgres://postgres@127.0.0.1:5432]  server for part 2 (loopback only)
#   CHAT_SKIP_PG=1  skip part 2        KEEP_TMP=1  keep the temporary folder (server logs)
# Exit status: 0 on success, 2 when some stream missed a message (or got one out of order),
# 1 on a setup failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

STREAMS="${CHAT_STREAMS:-200}"
MESSAGES="${CHAT_MESSAGES:-20}"
PG_URL="${CHAT_PG_URL:-postgres://postgres@127.0.0.1:5432}"

log() { printf '[bench] %s\n' "$*"; }
die() {
  printf '[bench] SETUP FAILED: %s\n' "$*" >&2
  exit 1
}

[[ "$STREAMS" =~ ^[1-9][0-9]*$ ]] || die "CHAT_STREAMS must be a positive whole number (got $STREAMS)"
[[ "$MESSAGES" =~ ^[1-9][0-9]*$ ]] || die "CHAT_MESSAGES must be a positive whole number (got $MESSAGES)"
command -v node >/dev/null || die "node is not installed"
command -v curl >/dev/null || die "curl is not installed"
# Each stream is a socket on both sides; leave room for them.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
(( $(ulimit -n) > 2 * STREAMS + 256 )) || die "open-file limit $(ulimit -n) is too low for $STREAMS streams"

if [[ -n "${HIROBA_BIN:-}" ]]; then
  bin="$HIROBA_BIN"
else
  log "building: cargo build --release -p hiroba"
  (cd "$root" && cargo build --release -p hiroba) || die "cargo build --release -p hiroba failed"
  bin="${CARGO_TARGET_DIR:-$root/target}/release/hiroba"
fi
[[ -x "$bin" ]] || die "no server binary at $bin"
bin="$(realpath "$bin")"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/hiroba-bench-chat.XXXXXX")"
pids=()
pg_db=""
pg_admin=""

stop() {
  local pid="$1"
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    log "server $pid did not stop on SIGTERM within 10 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local pid
  for pid in "${pids[@]}"; do stop "$pid"; done
  pids=()
  if [[ -n "$pg_db" ]]; then
    psql "$pg_admin" -v ON_ERROR_STOP=1 -qc "DROP DATABASE IF EXISTS \"$pg_db\" WITH (FORCE)" >/dev/null 2>&1 ||
      log "WARNING: could not drop database $pg_db"
    pg_db=""
  fi
  if [[ "${KEEP_TMP:-}" == 1 ]]; then log "keeping $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# start_server NAME PORT DATABASE_URL DATA_DIR  -> appends the pid to pids
start_server() {
  local name="$1" port="$2" db="$3" data="$4"
  HIROBA_DATA_DIR="$data" \
    DATABASE_URL="$db" \
    HIROBA_LISTEN="127.0.0.1:$port" \
    HIROBA_SECRET_KEY_FILE="$data/secret-keys.toml" \
    HIROBA_LOG="${HIROBA_LOG:-warn}" \
    bash -c 'cd "$1" && exec "$2" serve' _ "$root" "$bin" >"$tmp/$name.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 1 600); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$tmp/$name.log" >&2
      die "server $name exited before answering /healthz (log above)"
    fi
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/healthz" 2>/dev/null && return 0
    sleep 0.1
  done
  die "server $name: no 200 from /healthz within 60 s"
}

# Cookie header from a curl cookie jar (HttpOnly cookies are stored as "#HttpOnly_host ...").
cookie_header() {
  awk -F'\t' '/^#HttpOnly_/ { sub(/^#HttpOnly_/, "", $1) } /^#/ || NF < 7 { next } { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$1"
}
csrf_of() { sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' "$1" | head -n 1; }

# new_case BASE_URL JAR  -> prints nothing; leaves the worker's cookies (case cookie) in JAR and the
# reply form's CSRF token in $tmp/csrf
new_case() {
  local base="$1" jar="$2" token number pass code
  rm -f "$jar"
  code=$(curl -sS -o "$tmp/intake.html" -w '%{http_code}' -c "$jar" -b "$jar" "$base/en/assist")
  [[ $code == 200 ]] || die "GET /en/assist answered $code"
  token="$(csrf_of "$tmp/intake.html")"
  [[ -n "$token" ]] || die "no csrf_token on /en/assist"
  code=$(curl -sS -o "$tmp/intake-sent.html" -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "csrf_token=$token" --data-urlencode "name=Bench Worker" \
    --data-urlencode "contact=bench.$RANDOM@example.com" \
    --data-urlencode "message=Chat benchmark case: my employer keeps my passport." \
    --data-urlencode "consent=yes" "$base/en/assist")
  [[ $code == 200 ]] || die "POST /en/assist answered $code"
  number="$(sed -n 's/.*id="case-number">\([^<]*\)<.*/\1/p' "$tmp/intake-sent.html" | head -n 1)"
  pass="$(sed -n 's/.*id="case-passphrase">\([^<]*\)<.*/\1/p' "$tmp/intake-sent.html" | head -n 1)"
  [[ -n "$number" && -n "$pass" ]] || die "no #case-number/#case-passphrase after POST /en/assist"
  token="$(csrf_of "$tmp/intake-sent.html")"
  [[ -n "$token" ]] || token="$(csrf_of "$tmp/intake.html")"
  code=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "csrf_token=$token" --data-urlencode "number=$number" \
    --data-urlencode "passphrase=$pass" "$base/en/assist/case")
  [[ $code == 303 ]] || die "POST /en/assist/case answered $code (expected 303)"
  grep -q 'hiroba_case' "$jar" || die "no hiroba_case cookie after POST /en/assist/case"
  code=$(curl -sS -o "$tmp/case.html" -w '%{http_code}' -c "$jar" -b "$jar" "$base/en/assist/case")
  [[ $code == 200 ]] || die "GET /en/assist/case answered $code"
  grep -q 'id="assist-reply"' "$tmp/case.html" || die "no form#assist-reply on the case page"
  grep -q 'data-events="/en/assist/case/events"' "$tmp/case.html" || die "no ol.messages[data-events] on the case page"
  csrf_of "$tmp/case.html" >"$tmp/csrf"
  [[ -s "$tmp/csrf" ]] || die "no csrf_token on the case page"
  log "case $number created and opened"
}

status=0
summary=()
run_fanout() { # LABEL EVENTS_BASE POST_BASE JAR
  local label="$1" ev="$2" po="$3" jar="$4" rc=0
  node "$here/chat-sse.mjs" --label "$label" --streams "$STREAMS" --messages "$MESSAGES" \
    --events "$ev/en/assist/case/events" --post "$po/en/assist/case/reply" \
    --cookie "$(cookie_header "$jar")" --csrf "$(cat "$tmp/csrf")" | tee "$tmp/$label.out" || rc=$?
  if [[ $rc -eq 1 ]]; then die "chat-sse.mjs ($label) failed to set up"; fi
  if [[ $rc -ne 0 ]]; then status=2; fi
  summary+=("$(grep -h '^LATENCY' "$tmp/$label.out" | sed 's/^LATENCY //')  [$(grep -h '^RESULT' "$tmp/$label.out" | sed 's/^RESULT [^ ]* //')]")
}

# ---------------------------------------------------------------- 1. SQLite, one process
data="$tmp/sqlite"
mkdir -p "$data"
port="$(free_port)"
log "SQLite: $bin serve on 127.0.0.1:$port"
start_server sqlite "$port" "sqlite://$data/hiroba.db" "$data"
new_case "http://127.0.0.1:$port" "$tmp/jar-sqlite"
log "SQLite: $STREAMS streams, $MESSAGES messages posted as the worker"
run_fanout sqlite "http://127.0.0.1:$port" "http://127.0.0.1:$port" "$tmp/jar-sqlite"
stop "${pids[0]}"
pids=()

# ---------------------------------------------------------------- 2. PostgreSQL, two processes
if [[ "${CHAT_SKIP_PG:-}" == 1 ]]; then
  log "PostgreSQL part skipped (CHAT_SKIP_PG=1)"
elif ! command -v psql >/dev/null; then
  log "PostgreSQL part skipped: no psql"
else
  pg_host="$(sed -E 's#^postgres(ql)?://([^@/]*@)?([^:/]+).*#\3#' <<<"$PG_URL")"
  case "$pg_host" in 127.0.0.1 | localhost | ::1) ;; *) die "CHAT_PG_URL must point to a loopback address (got $pg_host)" ;; esac
  pg_admin="$PG_URL/postgres"
  if ! psql "$pg_admin" -qtAc 'SELECT 1' >/dev/null 2>&1; then
    log "PostgreSQL part skipped: no PostgreSQL with trust auth at $PG_URL"
  else
    pg_db="hiroba_chat_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
    psql "$pg_admin" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$pg_db\"" || die "CREATE DATABASE $pg_db failed"
    log "PostgreSQL: database $pg_db ($(psql "$pg_admin" -qtAc 'SHOW server_version'))"
    data="$tmp/pg"
    mkdir -p "$data"
    port_a="$(free_port)"
    port_b="$(free_port)"
    while [[ "$port_b" == "$port_a" ]]; do port_b="$(free_port)"; done
    # A first so that it creates the schema (and secret keys) alone; then B on the same folder.
    start_server pg-a "$port_a" "$PG_URL/$pg_db" "$data"
    start_server pg-b "$port_b" "$PG_URL/$pg_db" "$data"
    log "PostgreSQL: process A on 127.0.0.1:$port_a (streams), process B on 127.0.0.1:$port_b (posts)"
    new_case "http://127.0.0.1:$port_b" "$tmp/jar-pg"
    run_fanout postgres-2proc "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$tmp/jar-pg"
    for pid in "${pids[@]}"; do stop "$pid"; done
    pids=()
    psql "$pg_admin" -v ON_ERROR_STOP=1 -qc "DROP DATABASE \"$pg_db\" WITH (FORCE)" >/dev/null || log "WARNING: could not drop $pg_db"
    log "PostgreSQL: database $pg_db dropped"
    pg_db=""
  fi
fi

echo
echo "Live chat fan-out: $STREAMS SSE streams on one case, $MESSAGES worker messages (latency = receipt on a stream - arrival of the POST's 303)"
for s in "${summary[@]}"; do echo "  $s"; done
echo "(loopback, $(nproc) cores shared by the client and the server(s); hiroba $bin)"
if [[ $status -ne 0 ]]; then
  echo "FAILED: some stream missed a message or got one out of order (see above)" >&2
fi
exit "$status"
