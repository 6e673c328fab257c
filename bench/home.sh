#!/usr/bin/env bash
# Home page throughput: Hiroba vs. nginx serving the same bytes.
#
# Builds Hiroba (release), starts it on a temporary data folder and a free
# loopback port, fetches /en/ and /my/ (Accept-Encoding: gzip), writes the
# pages into a temporary nginx root with `gzip -k` pre-compressed copies, starts
# Debian's nginx (temporary config, gzip_static on, another loopback port, as
# the current user), then drives both with
#     wrk -t2 -c64 -d10s --latency -H 'Accept-Encoding: gzip'
# three runs each (interleaved), and prints requests/s, p50 and p99 latency and
# the ratio Hiroba/nginx of the medians.
#
# Only loopback addresses are ever targeted.  wrk, Hiroba and nginx share the
# machine's cores, so the figures compare the two servers; they are not
# absolute capacities.
#
# Environment (defaults in brackets):
#   BENCH_RUNS [3]  BENCH_DURATION [10s]  BENCH_THREADS [2]  BENCH_CONNECTIONS [64]
#   BENCH_PATHS ["/en/ /my/"]   pages to compare: /xx/ is stored as /xx/index.html in
#                the nginx root, any other path (/my/articles/paid-leave) as that file
#   BENCH_TITLE ["Home page benchmark"]  heading of the report (bench/portal.sh sets it)
#   HIROBA_BIN (skip the build and use this binary)
#   KEEP_TMP=1 keeps the temporary folder.
# Exit status: 0 when all runs completed with only 2xx answers, 1 on a setup
# failure, 2 when a run saw errors or non-2xx answers.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

RUNS="${BENCH_RUNS:-3}"
DURATION="${BENCH_DURATION:-10s}"
THREADS="${BENCH_THREADS:-2}"
CONNS="${BENCH_CONNECTIONS:-64}"
read -r -a PATHS <<<"${BENCH_PATHS:-/en/ /my/}"
TITLE="${BENCH_TITLE:-Home page benchmark}"

log() { printf '[bench] %s\n' "$*"; }
die() {
  printf '[bench] SETUP FAILED: %s\n' "$*" >&2
  exit 1
}

for cmd in curl wrk gzip gunzip awk sort python3; do
  command -v "$cmd" >/dev/null || die "'$cmd' is not installed (apt-get install wrk curl gzip gawk python3)"
done
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[[ -x "$NGINX" ]] || die "nginx is not installed (apt-get install nginx)"

# ---------------------------------------------------------------- build
if [[ -n "${HIROBA_BIN:-}" ]]; then
  bin="$HIROBA_BIN"
else
  log "building: cargo build --release -p hiroba"
  (cd "$root" && cargo build --release -p hiroba) || die "cargo build --release -p hiroba failed"
  bin="${CARGO_TARGET_DIR:-$root/target}/release/hiroba"
fi
[[ -x "$bin" ]] || die "no server binary at $bin"
bin="$(realpath "$bin")"

# ---------------------------------------------------------------- temp dir, cleanup
tmp="$(mktemp -d "${TMPDIR:-/tmp}/hiroba-bench.XXXXXX")"
hiroba_pid=""
nginx_pid=""
stop_pid() {
  local pid="$1"
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  stop_pid "$hiroba_pid"
  stop_pid "$nginx_pid"
  if [[ "${KEEP_TMP:-}" == 1 ]]; then log "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

wait_http() { # URL PID NAME LOGFILE
  local url="$1" pid="$2" name="$3" logfile="$4"
  for _ in $(seq 1 600); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$logfile" >&2 || true
      die "$name exited before answering $url"
    fi
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
    sleep 0.1
  done
  tail -n 40 "$logfile" >&2 || true
  die "$name did not answer $url within 60 s"
}

# ---------------------------------------------------------------- Hiroba
hport="$(free_port)"
mkdir -p "$tmp/data"
log "starting Hiroba on 127.0.0.1:$hport"
HIROBA_DATA_DIR="$tmp/data" \
  DATABASE_URL="sqlite://$tmp/data/hiroba.db" \
  HIROBA_LISTEN="127.0.0.1:$hport" \
  HIROBA_SECRET_KEY_FILE="$tmp/data/secret-keys.toml" \
  RUST_LOG="${RUST_LOG:-warn}" \
  bash -c 'cd "$1" && exec "$2" serve' _ "$root" "$bin" >"$tmp/hiroba.log" 2>&1 &
hiroba_pid=$!
wait_http "http://127.0.0.1:$hport/healthz" "$hiroba_pid" Hiroba "$tmp/hiroba.log"

# ---------------------------------------------------------------- the pages
www="$tmp/www"
# The file nginx serves for page path P: P/index.html for /xx/, else P itself
# (no extension: nginx's default_type text/html applies).
page_file() { if [[ "$1" == */ ]]; then echo "$www${1}index.html"; else echo "$www$1"; fi; }
pw=6 # width of the page column
for p in "${PATHS[@]}"; do
  [[ "$p" =~ ^/[A-Za-z0-9._/-]*$ && "$p" != *..* ]] || die "BENCH_PATHS entries must be plain paths like /xx/ or /xx/articles/slug (got $p)"
  ((${#p} > pw)) && pw=${#p}
  f="$(page_file "$p")"
  mkdir -p "$(dirname "$f")"
  curl -fsS --max-time 10 -H 'Accept-Encoding: gzip' -D "$tmp/headers" -o "$tmp/body" \
    "http://127.0.0.1:$hport$p" || die "GET $p from Hiroba failed"
  enc="$(awk -F': *' 'tolower($1)=="content-encoding" {gsub(/\r/,"",$2); print tolower($2)}' "$tmp/headers")"
  case "$enc" in
    gzip) gunzip -c "$tmp/body" >"$f" || die "Hiroba's gzip body for $p does not decompress" ;;
    "" | identity) cp "$tmp/body" "$f" ;;
    *) die "Hiroba answered $p with Content-Encoding: $enc although only gzip was accepted" ;;
  esac
  gzip -k -n "$f"
  raw=$(wc -c <"$f")
  wire=$(wc -c <"$tmp/body")
  gz=$(wc -c <"$f.gz")
  log "$p: ${raw} bytes of HTML; Hiroba sends ${wire} bytes (Content-Encoding: ${enc:-none}); gzip -k gives ${gz} bytes"
  [[ "$raw" -gt 0 ]] || die "empty page for $p"
  [[ -n "$enc" ]] || log "WARNING: Hiroba did not compress $p; nginx will (gzip_static)"
done

# ---------------------------------------------------------------- nginx
nport="$(free_port)"
[[ "$nport" != "$hport" ]] || nport="$(free_port)"
mkdir -p "$tmp/nginx/tmp"
user_line=""
if [[ "$(id -u)" -eq 0 ]]; then user_line="user $(id -un) $(id -gn);"; fi
cat >"$tmp/nginx/nginx.conf" <<EOF
# generated by bench/home.sh
$user_line
worker_processes auto;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $tmp/nginx/tmp/body;
    proxy_temp_path $tmp/nginx/tmp/proxy;
    fastcgi_temp_path $tmp/nginx/tmp/fastcgi;
    uwsgi_temp_path $tmp/nginx/tmp/uwsgi;
    scgi_temp_path $tmp/nginx/tmp/scgi;
    types { text/html html; }
    default_type text/html;
    charset utf-8;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    keepalive_timeout 65s;
    server {
        listen 127.0.0.1:$nport;
        root $www;
        gzip_static on;
        location / { index index.html; }
    }
}
EOF
"$NGINX" -t -p "$tmp/nginx" -e "$tmp/nginx/error.log" -c "$tmp/nginx/nginx.conf" >"$tmp/nginx/test.log" 2>&1 ||
  { cat "$tmp/nginx/test.log" >&2; die "nginx rejected its config"; }
log "starting nginx on 127.0.0.1:$nport"
"$NGINX" -p "$tmp/nginx" -e "$tmp/nginx/error.log" -c "$tmp/nginx/nginx.conf" -g 'daemon off;' \
  >"$tmp/nginx/stdout.log" 2>&1 &
nginx_pid=$!
wait_http "http://127.0.0.1:$nport${PATHS[0]}" "$nginx_pid" nginx "$tmp/nginx/error.log"

for p in "${PATHS[@]}"; do
  curl -fsS -H 'Accept-Encoding: gzip' -D "$tmp/nh" -o "$tmp/nb" "http://127.0.0.1:$nport$p" ||
    die "nginx GET $p failed"
  grep -qi '^content-encoding: *gzip' "$tmp/nh" || die "nginx did not serve the gzip copy of $p (gzip_static)"
  cmp -s "$tmp/nb" "$(page_file "$p").gz" || die "nginx body for $p differs from $(basename "$(page_file "$p")").gz"
done

# ---------------------------------------------------------------- runs
to_ms() { # 1.23ms | 456.78us | 1.2s | 3m
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
    printf "%.3f", n }'
}

# parse_wrk FILE -> "rps p50ms p99ms errors non2xx"
parse_wrk() {
  local f="$1" rps p50 p99 errors non2xx
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$f")"
  p50="$(awk '$1 == "50%" {print $2}' "$f")"
  p99="$(awk '$1 == "99%" {print $2}' "$f")"
  errors="$(awk '/Socket errors:/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' "$f")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$f")"
  [[ -n "$rps" && -n "$p50" && -n "$p99" ]] || return 1
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") ${errors:-0} ${non2xx:-0}"
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

declare -A RESULTS
bad=0
log "wrk -t$THREADS -c$CONNS -d$DURATION --latency -H 'Accept-Encoding: gzip', $RUNS runs per server and page"
for p in "${PATHS[@]}"; do
  for server in hiroba nginx; do # warm-up, not counted
    port=$hport; [[ $server == nginx ]] && port=$nport
    wrk -t"$THREADS" -c"$CONNS" -d2s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$p" >/dev/null 2>&1 || true
  done
  for run in $(seq 1 "$RUNS"); do
    for server in hiroba nginx; do
      port=$hport; [[ $server == nginx ]] && port=$nport
      out="$tmp/wrk-$server-${p//\//_}-$run.txt"
      wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' \
        "http://127.0.0.1:$port$p" >"$out" 2>&1 || { cat "$out" >&2; die "wrk against $server $p failed"; }
      parsed="$(parse_wrk "$out")" || { cat "$out" >&2; die "could not parse wrk output"; }
      read -r rps p50 p99 errors non2xx <<<"$parsed"
      printf '[bench] %-*s %-6s run %d: %10.0f req/s  p50 %8.3f ms  p99 %8.3f ms%s\n' \
        "$pw" "$p" "$server" "$run" "$rps" "$p50" "$p99" \
        "$([[ $errors != 0 || $non2xx != 0 ]] && echo "  (socket errors $errors, non-2xx $non2xx)")"
      if [[ $errors != 0 || $non2xx != 0 ]]; then bad=1; fi
      RESULTS[$server,$p,rps]+="$rps "
      RESULTS[$server,$p,p50]+="$p50 "
      RESULTS[$server,$p,p99]+="$p99 "
    done
  done
done

# ---------------------------------------------------------------- report
echo
echo "$TITLE: wrk -t$THREADS -c$CONNS -d$DURATION, Accept-Encoding: gzip, median of $RUNS runs"
echo "(loopback, $(nproc) cores shared by wrk and the server; $(nginx -v 2>&1 | sed 's/.*: //'); hiroba $bin)"
printf '%-*s %-7s %12s %10s %10s\n' "$pw" page server 'req/s' 'p50 ms' 'p99 ms'
for p in "${PATHS[@]}"; do
  for server in hiroba nginx; do
    # shellcheck disable=SC2086
    printf '%-*s %-7s %12.0f %10.3f %10.3f\n' "$pw" "$p" "$server" \
      "$(median ${RESULTS[$server,$p,rps]})" "$(median ${RESULTS[$server,$p,p50]})" "$(median ${RESULTS[$server,$p,p99]})"
  done
  # shellcheck disable=SC2086
  awk -v w="$pw" -v p="$p" -v hr="$(median ${RESULTS[hiroba,$p,rps]})" -v nr="$(median ${RESULTS[nginx,$p,rps]})" \
    -v h5="$(median ${RESULTS[hiroba,$p,p50]})" -v n5="$(median ${RESULTS[nginx,$p,p50]})" \
    -v h9="$(median ${RESULTS[hiroba,$p,p99]})" -v n9="$(median ${RESULTS[nginx,$p,p99]})" \
    'BEGIN { printf "%-*s %-7s %11.3fx %9.2fx %9.2fx   <- Hiroba/nginx (req/s, p50, p99)\n", w, p, "ratio", hr / nr, h5 / n5, h9 / n9 }'
done
if [[ $bad -ne 0 ]]; then
  echo "WARNING: some runs had socket errors or non-2xx answers; the figures above are not valid" >&2
  exit 2
fi
