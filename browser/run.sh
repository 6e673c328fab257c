#!/usr/bin/env bash
# Browser tests for Hiroba.
#
# Builds the server (debug), starts it on a fresh temporary data folder and a
# free loopback port, waits for /healthz, runs the node:test suites in
# browser/tests/ with playwright-core driving Debian's Chromium, then stops
# the server.  Screenshots go to browser/artifacts/.
#
# Environment:
#   HIROBA_BIN       use this server binary instead of building one
#   CHROMIUM_PATH    browser binary (default /usr/bin/chromium)
#   KEEP_TMP=1       keep the temporary data folder (mails, database, server log)
#   Arguments are test files to run (default: all of tests/*.test.mjs).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$here"

log() { printf '[browser] %s\n' "$*"; }
die() { printf '[browser] ERROR: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null || die "node is not installed"
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[[ -x "$chromium_path" ]] || die "no Chromium at $chromium_path (apt-get install chromium)"
export CHROMIUM_PATH="$chromium_path"
# playwright-core never downloads a browser, but make sure nothing else tries.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [[ ! -d node_modules/playwright-core || ! -d node_modules/axe-core || ! -d node_modules/jose || ! -d node_modules/ical.js ]]; then
  log "installing npm packages"
  if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

if [[ -n "${HIROBA_BIN:-}" ]]; then
  bin="$HIROBA_BIN"
else
  log "building the server: cargo build -p hiroba"
  (cd "$root" && cargo build -p hiroba)
  target_dir="${CARGO_TARGET_DIR:-$root/target}"
  bin="$target_dir/debug/hiroba"
fi
[[ -x "$bin" ]] || die "no server binary at $bin"
bin="$(realpath "$bin")"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/hiroba-browser.XXXXXX")"
data="$tmp/data"
mkdir -p "$data"
server_pid=""
status=1

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$server_pid" 2>/dev/null; then
      log "server did not stop on SIGTERM within 5 s; killing it"
      kill -KILL "$server_pid" 2>/dev/null || true
    fi
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ -n "$smtp_pid" ]]; then kill "$smtp_pid" 2>/dev/null || true; fi
  if [[ "$status" -ne 0 ]]; then
    if [[ -f "$tmp/server.log" ]]; then
      log "last 60 lines of the server log ($tmp/server.log):"
      tail -n 60 "$tmp/server.log" | sed 's/^/  | /'
    fi
    log "keeping $tmp for inspection"
  elif [[ "${KEEP_TMP:-}" == 1 ]]; then
    log "keeping $tmp"
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Mail goes through a real SMTP server (Debian's python3-aiosmtpd) into a Maildir the tests
# read; without aiosmtpd the server writes .eml files into its data folder instead.
smtp_pid=""
smtp_url=""
smtp_python=""
for py in /usr/bin/python3 python3; do
  if "$py" -c 'import aiosmtpd' 2>/dev/null; then smtp_python="$py"; break; fi
done
if [[ -n "$smtp_python" ]]; then
  smtp_port="$(free_port)"
  "$smtp_python" -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$tmp/Maildir" \
    >"$tmp/smtp.log" 2>&1 &
  smtp_pid=$!
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null && break
    sleep 0.05
  done
  smtp_url="smtp://127.0.0.1:$smtp_port"
  export HIROBA_MAILDIR="$tmp/Maildir"
  log "SMTP server (aiosmtpd) on 127.0.0.1:$smtp_port, Maildir $HIROBA_MAILDIR"
else
  log "python3-aiosmtpd is not installed: mails go to $data/mail as .eml files"
fi

port="$(free_port)"
url="http://127.0.0.1:$port"
log "starting $bin serve on $url (data in $data, working directory $root)"
if [[ -n "$smtp_url" ]]; then export HIROBA_SMTP_URL="$smtp_url"; fi
HIROBA_DATA_DIR="$data" \
  DATABASE_URL="sqlite://$data/hiroba.db" \
  HIROBA_LISTEN="127.0.0.1:$port" \
  HIROBA_SECRET_KEY_FILE="$data/secret-keys.toml" \
  RUST_LOG="${RUST_LOG:-info}" \
  bash -c 'cd "$1" && exec "$2" serve' _ "$root" "$bin" >"$tmp/server.log" 2>&1 &
server_pid=$!

ready=""
for _ in $(seq 1 600); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    wait "$server_pid" && rc=0 || rc=$?
    server_pid=""
    die "the server exited (status $rc) before answering /healthz"
  fi
  if curl -fsS -o /dev/null --max-time 2 "$url/healthz" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.1
done
[[ -n "$ready" ]] || die "no 200 from $url/healthz within 60 s"
if ! grep -q "listening on http://127.0.0.1:$port" "$tmp/server.log"; then
  log "WARNING: the server log has no line 'listening on http://127.0.0.1:$port' (contract)"
fi
log "server ready"

rm -rf artifacts
mkdir -p artifacts
export HIROBA_URL="$url" HIROBA_DATA_DIR="$data" HIROBA_ARTIFACTS="$here/artifacts"

if [[ $# -gt 0 ]]; then files=("$@"); else files=(tests/*.test.mjs); fi
log "running ${files[*]}"
set +e
node --test --test-concurrency=1 --test-timeout=180000 --test-reporter=spec "${files[@]}"
status=$?
set -e
cp "$tmp/server.log" artifacts/server.log 2>/dev/null || true
log "screenshots in $here/artifacts"
exit "$status"
