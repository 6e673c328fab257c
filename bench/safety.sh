#!/usr/bin/env bash
# Safety benchmark: the self-diagnosis intro page (Hiroba vs. nginx serving the same bytes), then
# aggregate speed and submission throughput on SQLite.
#
# 1. Builds Hiroba (release) and runs bench/home.sh on the intro pages
#        /my/safety  /vi/safety
#    i.e. Hiroba and Debian's nginx (gzip_static on, the same pre-compressed bytes) on loopback
#    ports, wrk -t2 -c64 -d10s --latency -H 'Accept-Encoding: gzip', median of 3 interleaved
#    runs, ratio Hiroba/nginx.  See home.sh for the details and its environment variables
#    (BENCH_RUNS, BENCH_DURATION, BENCH_THREADS, BENCH_CONNECTIONS, KEEP_TMP).
#    Expect a wider gap than for the home and article pages: the intro page carries a
#    per-visitor CSRF token, so Hiroba renders (and compresses) it for every request instead of
#    answering from its page cache, and counts the visit in the database (one write per request).
#    nginx serves one fixed copy of the page.
# 2. Runs `hiroba bench safety --responses N`: fills a fresh SQLite database in a temporary
#    folder with N completed responses at 20 sites (the real bank and flag rules) and prints the
#    generation time, the aggregate time (all N responses over one year; 5 sites over six months)
#    and the submission throughput (start, 8 sections, completion, one after another).
#
# Environment (defaults in brackets):
#   SAFETY_PATHS ["/my/safety /vi/safety"]  SAFETY_RESPONSES [100000]
#   HIROBA_BIN  use this binary instead of building one (it must be a release build to be fair)
# Exit status: 0 on success, 1 on a setup failure, 2 when a wrk run saw errors or non-2xx
# answers (the aggregate benchmark still runs).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

RESPONSES="${SAFETY_RESPONSES:-100000}"
PATHS="${SAFETY_PATHS:-/my/safety /vi/safety}"

log() { printf '[bench] %s\n' "$*"; }
die() {
  printf '[bench] SETUP FAILED: %s\n' "$*" >&2
  exit 1
}

[[ "$RESPONSES" =~ ^[1-9][0-9]*$ ]] || die "SAFETY_RESPONSES must be a positive whole number (got $RESPONSES)"

if [[ -n "${HIROBA_BIN:-}" ]]; then
  bin="$HIROBA_BIN"
else
  log "building: cargo build --release -p hiroba"
  (cd "$root" && cargo build --release -p hiroba) || die "cargo build --release -p hiroba failed"
  bin="${CARGO_TARGET_DIR:-$root/target}/release/hiroba"
fi
[[ -x "$bin" ]] || die "no server binary at $bin"
bin="$(realpath "$bin")"

# ---------------------------------------------------------------- intro pages
status=0
HIROBA_BIN="$bin" BENCH_PATHS="$PATHS" BENCH_TITLE="Safety intro page benchmark" "$here/home.sh" || status=$?
[[ $status -eq 0 || $status -eq 2 ]] || exit "$status"
echo "(the Safety intro carries a per-visitor CSRF token: Hiroba renders it for every request, no page cache;"
echo " every request also counts a visit in SQLite; nginx serves one fixed copy of the bytes)"

# ---------------------------------------------------------------- aggregates and submissions
# DATABASE_URL is unset so that the command uses its own SQLite file in a temporary folder
# (never a real database); HIROBA_DATA_DIR and TMPDIR point to a throw-away folder as well.
echo
log "$bin bench safety --responses $RESPONSES"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/hiroba-bench-safety.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
safety_status=0
start_s=$(date +%s)
(
  cd "$root"
  exec env -u DATABASE_URL HIROBA_DATA_DIR="$tmp" HIROBA_SECRET_KEY_FILE="$tmp/secret-keys.toml" \
    HIROBA_LOG="${HIROBA_LOG:-warn}" TMPDIR="$tmp" \
    "$bin" bench safety --responses "$RESPONSES"
) || safety_status=$?
if [[ $safety_status -ne 0 ]]; then
  die "hiroba bench safety failed (exit status $safety_status)"
fi
echo "(safety: $(nproc) cores, SQLite in $tmp, $(( $(date +%s) - start_s )) s in all; timings vary with machine load)"
if [[ $status -ne 0 ]]; then
  echo "WARNING: some wrk runs had socket errors or non-2xx answers; the page figures are not valid" >&2
fi
exit "$status"
