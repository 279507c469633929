#!/usr/bin/env bash
# Publishes KimHotspot for install.sh:
#
#   publish.sh [--rid linux-arm64|linux-x64] [--framework-dependent] [--agent-aot] [--version V] [--apps LIST] OUT
#
#   --rid       target (default: this machine's architecture)
#   --framework-dependent
#               smaller, but the box then needs the .NET 10 runtime (aspnetcore-runtime-10.0). Default: self-contained,
#               so a village box needs nothing but the OS (glibc).
#   --agent-aot the RouterAgent as one native executable (~35 MiB resident instead of ~85; needs clang, lld and
#               zlib1g-dev here, and an arm64 machine or cross toolchain for linux-arm64). Default: JIT, self-contained.
#   --version   release name (default: UTC date + git describe)
#   --apps      comma-separated subset of portal,agent,central,router-setup (default: all four)
#
# OUT gets: VERSION, BUILD-INFO, portal/, agent/, central/, router-setup/ (each a `dotnet publish` folder with its
# executable), systemd/ (units and env examples), routeros/ (login.html, kimhotspot.rsc), install.sh and README.md. Copy OUT to the box and run `sudo OUT/install.sh village`.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-2}"
}

case "$(uname -m)" in
  aarch64 | arm64) rid=linux-arm64 ;;
  *) rid=linux-x64 ;;
esac
self_contained=true agent_aot=false version="" apps="portal,agent,central,router-setup" out=""
while (($#)); do
  case "$1" in
    --rid) rid="${2:?--rid needs linux-arm64 or linux-x64}"; shift ;;
    --framework-dependent) self_contained=false ;;
    --agent-aot) agent_aot=true ;;
    --version) version="${2:?--version needs a value}"; shift ;;
    --apps) apps="${2:?--apps needs a list}"; shift ;;
    -h | --help) usage 0 ;;
    -*) printf 'publish.sh: unknown option: %s\n' "$1" >&2; usage ;;
    *) out="$1" ;;
  esac
  shift
done
[[ -n "$out" ]] || usage
case "$rid" in
  linux-arm64 | linux-x64) ;;
  *) printf 'publish.sh: --rid must be linux-arm64 or linux-x64\n' >&2; exit 2 ;;
esac
if [[ -z "$version" ]]; then
  version="$(date -u +%Y%m%d)-$(git -C "$repo" describe --tags --always --dirty 2>/dev/null || echo dev)"
fi
version="$(tr -cd 'A-Za-z0-9._+-' <<<"$version")"
command -v dotnet >/dev/null 2>&1 || { echo "publish.sh: the .NET 10 SDK (dotnet) is needed" >&2; exit 1; }

mkdir -p "$out"
out="$(cd "$out" && pwd)"

publish() { # publish APP PROJECT [extra dotnet publish arguments...]
  local app="$1" project="$2"
  shift 2
  echo "==> $app: dotnet publish $project ($rid, self-contained=$self_contained $*)"
  rm -rf "${out:?}/$app"
  dotnet publish "$repo/$project" -c Release -r "$rid" --self-contained "$self_contained" -o "$out/$app" \
    -nologo -clp:ErrorsOnly "$@"
}

IFS=',' read -r -a wanted <<<"$apps"
for app in "${wanted[@]}"; do
  case "$app" in
    portal) publish portal src/Portal ;;
    central)
      command -v npm >/dev/null 2>&1 || { echo "publish.sh: Central's build needs npm (apt-get install nodejs npm)" >&2; exit 1; }
      publish central src/Central
      ;;
    agent)
      if [[ "$agent_aot" == true ]]; then
        command -v clang >/dev/null 2>&1 || { echo "publish.sh: --agent-aot needs clang, lld and zlib1g-dev" >&2; exit 1; }
        # Native AOT is always self-contained.
        self_contained=true publish agent src/RouterAgent -p:PublishAot=true
      else
        # The project turns AOT on whenever a runtime identifier is given; the default here is the JIT build.
        publish agent src/RouterAgent -p:PublishAot=false
      fi
      ;;
    # The technician's command that configures the MikroTik (docs/panduan-teknisi.md); runs from the box or a laptop.
    router-setup) publish router-setup src/RouterSetup ;;
    *) printf 'publish.sh: unknown app %s (portal, agent, central, router-setup)\n' "$app" >&2; exit 2 ;;
  esac
done

echo "==> deployment files"
rm -rf "$out/systemd"
cp -R "$repo/deploy/systemd" "$out/systemd"
rm -rf "$out/routeros"
cp -R "$repo/deploy/routeros" "$out/routeros"
cp "$repo/docs/panduan-teknisi.md" "$out/panduan-teknisi.md"
cp "$repo/deploy/install.sh" "$out/install.sh"
cp "$repo/deploy/README.md" "$out/README.md"
chmod +x "$out/install.sh"
printf '%s\n' "$version" >"$out/VERSION"
mode=self-contained
[[ "$self_contained" == true ]] || mode=framework-dependent
printf 'rid=%s\nmode=%s\nagent=%s\ncommit=%s\n' "$rid" "$mode" "$([[ "$agent_aot" == true ]] && echo aot || echo jit)" \
  "$(git -C "$repo" rev-parse HEAD 2>/dev/null || echo unknown)" >"$out/BUILD-INFO"
echo "==> $out: KimHotspot $version ($rid, $mode). Next: copy it to the box, then sudo $out/install.sh village|central"
