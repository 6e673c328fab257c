#!/usr/bin/env bash
# Portal benchmark: article pages (Hiroba vs. nginx serving the same bytes) and search latency.
#
# 1. Builds Hiroba (release) and runs bench/home.sh on the article pages
#        /my/articles/paid-leave  /ja/articles/earthquake-what-to-do
#    i.e. Hiroba and Debian's nginx (gzip_static on, the same pre-compressed bytes) on loopback
#    ports, wrk -t2 -c64 -d10s --latency -H 'Accept-Encoding: gzip', median of 3 interleaved
#    runs, ratio Hiroba/nginx.  See home.sh for the details and its environment variables
#    (BENCH_RUNS, BENCH_DURATION, BENCH_THREADS, BENCH_CONNECTIONS, KEEP_TMP).
# 2. Runs `hiroba bench search --articles N --rounds R`: fills a fresh SQLite database in a
#    temporary folder with N articles in five scripts and prints search latency per query.
#
# Environment (defaults in brackets):
#   PORTAL_PATHS ["/my/articles/paid-leave /ja/articles/earthquake-what-to-do"]
#   SEARCH_ARTICLES [10000]  SEARCH_ROUNDS [30]
#   HIROBA_BIN  use this binary instead of building one (it must be a release build to be fair)
# Exit status: 0 on success, 1 on a setup failure, 2 when a wrk run saw errors or non-2xx
# answers (the search benchmark still runs).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

ARTICLES="${SEARCH_ARTICLES:-10000}"
ROUNDS="${SEARCH_ROUNDS:-30}"
PATHS="${PORTAL_PATHS:-/my/articles/paid-leave /ja/articles/earthquake-what-to-do}"

log() { printf '[bench] %s\n' "$*"; }
die() {
  printf '[bench] SETUP FAILED: %s\n' "$*" >&2
  exit 1
}

if [[ -n "${HIROBA_BIN:-}" ]]; then
  bin="$HIROBA_BIN"
else
  log "building: cargo build --release -p hiroba"
  (cd "$root" && cargo build --release -p hiroba) || die "cargo build --release -p hiroba failed"
  bin="${CARGO_TARGET_DIR:-$root/target}/release/hiroba"
fi
[[ -x "$bin" ]] || die "no server binary at $bin"
bin="$(realpath "$bin")"

# ---------------------------------------------------------------- article pages
status=0
HIROBA_BIN="$bin" BENCH_PATHS="$PATHS" BENCH_TITLE="Article page benchmark" "$here/home.sh" || status=$?
[[ $status -eq 0 || $status -eq 2 ]] || exit "$status"

# ---------------------------------------------------------------- search
# DATABASE_URL is unset so that the command uses its own SQLite file in a temporary folder
# (never a real database); HIROBA_DATA_DIR points to a throw-away folder as well.
echo
log "$bin bench search --articles $ARTICLES --rounds $ROUNDS"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/hiroba-bench-search.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
search_status=0
(
  cd "$root"
  exec env -u DATABASE_URL HIROBA_DATA_DIR="$tmp" HIROBA_SECRET_KEY_FILE="$tmp/secret-keys.toml" \
    HIROBA_LOG="${HIROBA_LOG:-warn}" TMPDIR="$tmp" \
    "$bin" bench search --articles "$ARTICLES" --rounds "$ROUNDS"
) || search_status=$?
if [[ $search_status -ne 0 ]]; then
  die "hiroba bench search failed (exit status $search_status)"
fi
echo "(search: $(nproc) cores, SQLite FTS5 trigram index, $ROUNDS rounds per query; timings vary with machine load)"
if [[ $status -ne 0 ]]; then
  echo "WARNING: some wrk runs had socket errors or non-2xx answers; the page figures are not valid" >&2
fi
exit "$status"
