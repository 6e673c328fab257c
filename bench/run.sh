#!/usr/bin/env bash
# All benchmarks: the home pages (home.sh), the article pages and search (portal.sh), the
# Safety intro pages, aggregates and submissions (safety.sh), then the live chat fan-out to many
# event streams on SQLite and, if PostgreSQL is reachable on loopback, across two processes (chat.sh).
# Builds the release binary once and passes it to all four (HIROBA_BIN).  The exit status is the
# worst of them (0 ok, 2 some run saw errors or non-2xx answers, 1 setup failure).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

if [[ -z "${HIROBA_BIN:-}" ]]; then
  printf '[bench] building: cargo build --release -p hiroba\n'
  (cd "$root" && cargo build --release -p hiroba) || { printf '[bench] SETUP FAILED: cargo build --release -p hiroba failed\n' >&2; exit 1; }
  HIROBA_BIN="${CARGO_TARGET_DIR:-$root/target}/release/hiroba"
fi
export HIROBA_BIN

worst=0
for script in home.sh portal.sh safety.sh chat.sh; do
  rc=0
  "$here/$script" || rc=$?
  if [[ $rc -eq 1 || $rc -gt 2 ]]; then exit "$rc"; fi
  ((rc > worst)) && worst=$rc
  echo
done
exit "$worst"
