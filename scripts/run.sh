#!/usr/bin/env bash
# Runs KimHotspot locally: the RouterOS simulator (a fake village MikroTik with 20 phones online)
# and the village Portal wired to it. This machine's browser joins the hotspot as one more phone,
# so opening the router's page walks the resident's way in. Ctrl+C stops everything.
# Ports: simulator API 8728, hotspot pages 5070, simulator control 5071, Portal 5080.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building (Release) ..."
dotnet build KimHotspot.sln -c Release -nologo -clp:ErrorsOnly >/dev/null

data="${KIMHOTSPOT_DATA:-$PWD/data}"
mkdir -p "$data/portal"
router_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | cut -c1-20)"
pids=()
stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping ..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

dotnet src/RouterSimulator/bin/Release/net10.0/KimHotspot.RouterSimulator.dll \
  --api-port 8728 --http-port 5070 --control-port 5071 --seed-sessions 20 \
  --password "$router_password" --portal-url http://127.0.0.1:5080/hs >"$data/simulator.log" 2>&1 &
pids+=($!)

for _ in $(seq 1 100); do
  curl -fs http://127.0.0.1:5071/router >/dev/null 2>&1 && break
  sleep 0.2
done
# This machine's browser (127.0.0.1) becomes a phone on the hotspot.
curl -fs -X POST http://127.0.0.1:5071/devices -H 'content-type: application/json' \
  -d '{"mac":"02:00:00:00:00:01","ip":"127.0.0.1"}' >/dev/null

(
  # From the project folder, so the content root holds wwwroot (styles) as a published app's does.
  cd src/Portal
  Portal__DataDirectory="$data/portal" Router__Host=127.0.0.1 Router__Port=8728 \
    Router__User=admin Router__Password="$router_password" ASPNETCORE_URLS=http://127.0.0.1:5080 \
    exec dotnet bin/Release/net10.0/KimHotspot.Portal.dll
) >"$data/portal.log" 2>&1 &
pids+=($!)

for _ in $(seq 1 100); do
  curl -fs -o /dev/null http://127.0.0.1:5080/ && break
  sleep 0.2
done

cat <<TEXT

KimHotspot is running (logs in $data):
  Resident, as a phone on the KIM Wi-Fi:  http://127.0.0.1:5070/   (the router sends you to the Portal)
  Portal:                                 http://127.0.0.1:5080/
  Simulator control API:                  http://127.0.0.1:5071/devices  /sessions  (see src/RouterSimulator/README.md)
  RouterOS API (simulated):               127.0.0.1:8728  user admin, password $router_password
Press Ctrl+C to stop.
TEXT
wait -n "${pids[@]}"
