#!/usr/bin/env bash
# Adds an EF Core migration to the Portal's village database: bash scripts/new-migration.sh Name
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations add "${1:?migration name}" --project src/Portal --output-dir Data/Migrations
