#!/usr/bin/env bash
# Builds KimHotspot with warnings as errors and runs every test suite.
# On a fresh Debian machine it first installs what the tests need (as root, or through sudo).
# Ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server) # Central's tests start their own on loopback
command -v shellcheck >/dev/null 2>&1 || need_apt+=(shellcheck)     # deploy scripts are linted
command -v systemd-analyze >/dev/null 2>&1 || need_apt+=(systemd)   # deploy units are verified
if ((${#need_apt[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "Installing ${need_apt[*]} ..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

echo "== npm ci (third-party RouterOS client for interop tests)"
npm ci --prefix tests/Interop --no-audit --no-fund --loglevel=error

echo "== build"
dotnet build KimHotspot.sln -c Release -warnaserror -nologo -clp:ErrorsOnly

echo "== test"
results="$(mktemp -d)"
status=0
dotnet test KimHotspot.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [[ -e "$trx" ]] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
rm -rf "$results"

if ((status != 0 && failed == 0)); then
  echo "The test runner failed outside any test (see above)." >&2
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
