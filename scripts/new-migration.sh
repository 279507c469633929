#!/usr/bin/env bash
# Adds an EF Core migration: bash scripts/new-migration.sh Name [Portal|Central]   (default Portal)
set -euo pipefail
cd "$(dirname "$0")/.."
project="${2:-Portal}"
case "$project" in
  Portal | Central) ;;
  *) echo "project must be Portal or Central" >&2; exit 2 ;;
esac
dotnet tool restore >/dev/null
dotnet ef migrations add "${1:?migration name}" --project "src/$project" --output-dir Data/Migrations
