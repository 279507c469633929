#!/usr/bin/env bash
# Builds the KimHotspot images for linux/amd64 and linux/arm64 with docker buildx.
#
#   build.sh [--registry REG] [--tag TAG] [--push | --load | --oci DIR] [--agent-aot] [--platform LIST] [APP...]
#
#   APP         portal, agent, central (default: all three)
#   --registry  image name prefix (default: kimhotspot), e.g. registry.example.go.id/kim
#   --tag       image tag (default: git describe)
#   --push      push the multi-platform images to the registry
#   --load      load into the local engine (one platform only: give --platform linux/amd64 or linux/arm64)
#   --oci DIR   write DIR/<app>-<arch>.tar per platform (docker-archive, for /container/add file=... on RouterOS)
#   --agent-aot the agent as a native AOT executable (compiled under emulation for foreign platforms: slow)
#   --platform  default linux/amd64,linux/arm64
# Needs a buildx builder that can build foreign platforms (QEMU binfmt or native nodes):
#   docker buildx create --use --name kim && docker run --privileged --rm tonistiigi/binfmt --install arm64
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
registry=kimhotspot tag="" output=() oci="" agent_build=jit platforms=linux/amd64,linux/arm64 apps=()

usage() {
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-2}"
}

while (($#)); do
  case "$1" in
    --registry) registry="${2:?}"; shift ;;
    --tag) tag="${2:?}"; shift ;;
    --push) output=(--push) ;;
    --load) output=(--load) ;;
    --oci) oci="${2:?}"; shift ;;
    --agent-aot) agent_build=aot ;;
    --platform) platforms="${2:?}"; shift ;;
    -h | --help) usage 0 ;;
    portal | agent | central) apps+=("$1") ;;
    *) printf 'build.sh: unknown argument: %s\n' "$1" >&2; usage ;;
  esac
  shift
done
((${#apps[@]})) || apps=(portal agent central)
[[ -n "$tag" ]] || tag="$(git -C "$repo" describe --tags --always --dirty 2>/dev/null || echo dev)"
command -v docker >/dev/null 2>&1 || { echo "build.sh: docker (with buildx) is needed" >&2; exit 1; }

for app in "${apps[@]}"; do
  image="$registry/$app:$tag"
  args=(buildx build -f "$repo/deploy/containers/Containerfile.$app" --build-arg "AGENT_BUILD=$agent_build")
  if [[ -n "$oci" ]]; then
    mkdir -p "$oci"
    IFS=',' read -r -a list <<<"$platforms"
    for platform in "${list[@]}"; do
      file="$oci/$app-${platform##*/}.tar"
      echo "==> $image ($platform) -> $file"
      docker "${args[@]}" --platform "$platform" -t "$image" --output "type=docker,dest=$file" "$repo"
    done
  else
    echo "==> $image ($platforms)"
    docker "${args[@]}" --platform "$platforms" -t "$image" "${output[@]}" "$repo"
  fi
done
