#!/usr/bin/env bash
# Installs or upgrades KimHotspot from a published build (the output of deploy/publish.sh).
#
#   install.sh village|central [--from DIR] [--root ROOT] [--no-start] [--keep N]
#
#   village   the Portal and the RouterAgent (a village box)
#   central   Central (Diskominfo's server)
#   --from    the published build: DIR/VERSION, DIR/BUILD-INFO, DIR/portal, DIR/agent, DIR/central, DIR/systemd.
#             Default: the folder this script is in (publish.sh copies it there).
#   --root    install below ROOT instead of / (no useradd, chown or systemctl: for tests and image builds)
#   --no-start  install and enable, but do not (re)start the services
#   --keep    releases kept per app, the current one included (default 3, at least 2)
#
# Layout: /opt/kimhotspot/<app>/releases/<version>/ with a `current` symlink switched atomically (the previous
# releases stay for rollback), data in /var/lib/kimhotspot/<app> (never touched by an upgrade), settings in
# /etc/kimhotspot/<app>.env (created once from the example with generated secrets, never overwritten).
set -euo pipefail

readonly SERVICE_USER=kimhotspot
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-2}"
}

say() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die() {
  printf 'install.sh: error: %s\n' "$*" >&2
  exit 1
}

role="" from="" root="" start=1 keep=3
while (($#)); do
  case "$1" in
    village | central) role="$1" ;;
    --from) from="${2:?--from needs a folder}"; shift ;;
    --root) root="${2:?--root needs a folder}"; shift ;;
    --no-start) start=0 ;;
    --keep) keep="${2:?--keep needs a number}"; shift ;;
    -h | --help) usage 0 ;;
    *) printf 'install.sh: unknown argument: %s\n' "$1" >&2; usage ;;
  esac
  shift
done
[[ -n "$role" ]] || usage
if ! [[ "$keep" =~ ^[0-9]+$ ]] || ((keep < 2)); then
  die "--keep must be a number of at least 2"
fi
if [[ -z "$from" ]]; then
  from="$script_dir"
fi
[[ -f "$from/VERSION" ]] || die "$from is not a published build (no VERSION file); give --from DIR (see deploy/publish.sh)"
from="$(cd "$from" && pwd)"
if [[ -n "$root" ]]; then
  mkdir -p "$root"
  root="$(cd "$root" && pwd)"
elif ((EUID != 0)); then
  die "run as root (or with --root ROOT for an unprivileged install into a folder)"
fi

version="$(head -n 1 "$from/VERSION" | tr -cd 'A-Za-z0-9._+-')"
[[ -n "$version" ]] || die "$from/VERSION is empty"
units="$from/systemd"
[[ -d "$units" ]] || units="$script_dir/systemd"
[[ -d "$units" ]] || die "no systemd/ folder in $from or $script_dir"

build_info() { # build_info KEY -> value from BUILD-INFO (empty when unknown)
  [[ -f "$from/BUILD-INFO" ]] || return 0
  sed -n "s/^$1=//p" "$from/BUILD-INFO" | head -n 1
}

case "$role" in
  village) apps=(portal agent) ;;
  central) apps=(central) ;;
esac

exe_of() {
  case "$1" in
    portal) echo KimHotspot.Portal ;;
    agent) echo KimHotspot.RouterAgent ;;
    central) echo KimHotspot.Central ;;
  esac
}

check_prerequisites() {
  local app rid arch mode
  for app in "${apps[@]}"; do
    [[ -x "$from/$app/$(exe_of "$app")" ]] || die "$from/$app/$(exe_of "$app") is missing or not executable"
  done
  [[ -n "$root" ]] && return 0
  for cmd in systemctl useradd install ln mv od; do
    command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' not found"
  done
  rid="$(build_info rid)"
  case "$(uname -m)" in
    x86_64) arch=linux-x64 ;;
    aarch64 | arm64) arch=linux-arm64 ;;
    *) arch="unknown" ;;
  esac
  if [[ -n "$rid" && "$rid" != "$arch" ]]; then
    die "this build is for $rid but this machine is $(uname -m); publish with --rid $arch"
  fi
  mode="$(build_info mode)"
  if [[ "$mode" == framework-dependent ]]; then
    command -v dotnet >/dev/null 2>&1 || die "framework-dependent build: install the .NET 10 runtime (Debian: aspnetcore-runtime-10.0 from packages.microsoft.com) or publish self-contained"
    dotnet --list-runtimes | grep -q '^Microsoft.AspNetCore.App 10\.' \
      || die "framework-dependent build: the ASP.NET Core 10 runtime is missing (apt-get install aspnetcore-runtime-10.0)"
  fi
}

ensure_user() {
  if [[ -n "$root" ]]; then
    note "(--root) not creating user $SERVICE_USER"
  elif id "$SERVICE_USER" >/dev/null 2>&1; then
    note "user $SERVICE_USER exists"
  else
    say "Creating system user $SERVICE_USER"
    useradd --system --user-group --home-dir /var/lib/kimhotspot --no-create-home \
      --shell /usr/sbin/nologin --comment "KimHotspot services" "$SERVICE_USER"
  fi
}

own() { # own MODE OWNER:GROUP PATH -- chmod always, chown only on a real install
  chmod "$1" "$3"
  [[ -n "$root" ]] || chown "$2" "$3"
}

secret() { od -An -N24 -tx1 /dev/urandom | tr -d ' \n'; }

install_release() { # install_release APP -> sets $release
  local app="$1" base name n
  base="$root/opt/kimhotspot/$app"
  mkdir -p "$base/releases"
  name="$version"
  if [[ -e "$base/releases/$name" ]]; then
    name="$version-$(date -u +%Y%m%d%H%M%S)"
    n=1
    while [[ -e "$base/releases/$name" ]]; do
      name="$version-$(date -u +%Y%m%d%H%M%S)-$n"
      n=$((n + 1))
    done
  fi
  say "Installing $app $version into $base/releases/$name"
  rm -rf "$base/releases/.$name.partial"
  mkdir -p "$base/releases/.$name.partial"
  cp -R "$from/$app/." "$base/releases/.$name.partial/"
  chmod -R u+rwX,go+rX,go-w "$base/releases/.$name.partial"
  mv "$base/releases/.$name.partial" "$base/releases/$name"
  touch "$base/releases/$name"
  release="$name"
}

switch_current() { # switch_current APP RELEASE
  local base="$root/opt/kimhotspot/$1" previous=""
  if [[ -L "$base/current" ]]; then
    previous="$(readlink "$base/current")"
  fi
  ln -sfn "releases/$2" "$base/current.new"
  mv -Tf "$base/current.new" "$base/current"
  if [[ -n "$previous" ]]; then
    note "current -> releases/$2 (was $previous; roll back: ln -sfn $previous $base/current.new && mv -Tf $base/current.new $base/current)"
  else
    note "current -> releases/$2"
  fi
}

prune_releases() { # prune_releases APP: keep the newest $keep (never the current one)
  local base="$root/opt/kimhotspot/$1" current count=0 dir
  current="$(readlink "$base/current")"
  while IFS= read -r dir; do
    [[ -n "$dir" ]] || continue
    count=$((count + 1))
    if ((count > keep)) && [[ "releases/$dir" != "$current" ]]; then
      say "Removing old release $base/releases/$dir"
      rm -rf "${base:?}/releases/${dir:?}"
    fi
  done < <(ls -1t "$base/releases")
}

install_data_dir() {
  local dir="$root/var/lib/kimhotspot/$1"
  mkdir -p "$root/var/lib/kimhotspot"
  if [[ -d "$dir" ]]; then
    note "data $dir kept as it is"
  else
    say "Creating data folder $dir"
    mkdir -p "$dir"
  fi
  own 0750 "$SERVICE_USER:$SERVICE_USER" "$root/var/lib/kimhotspot"
  own 0750 "$SERVICE_USER:$SERVICE_USER" "$dir"
}

install_config() { # install_config APP
  local app="$1" etc="$root/etc/kimhotspot" env example
  env="$etc/$app.env"
  example="$units/$app.env.example"
  mkdir -p "$etc"
  own 0750 "root:$SERVICE_USER" "$etc"
  cp "$example" "$env.example"
  own 0644 root:root "$env.example"
  if [[ -e "$env" ]]; then
    note "settings $env kept (new example beside it: $env.example)"
  else
    say "Creating settings $env (generated secrets inside; edit it before starting)"
    sed -e "s/@GENERATED_ROUTER_PASSWORD@/$(secret)/" -e "s/@GENERATED_METRICS_TOKEN@/$(secret)/" "$example" >"$env.new"
    own 0600 root:root "$env.new"
    mv "$env.new" "$env"
    first_install+=("$app")
  fi
  if [[ "$app" == agent && ! -e "$etc/site.key" ]]; then
    say "Creating empty site key file $etc/site.key (paste the key Central shows for this site)"
    : >"$etc/site.key"
    own 0640 "root:$SERVICE_USER" "$etc/site.key"
  fi
}

install_unit() {
  local unit="kimhotspot-$1.service" dir="$root/etc/systemd/system"
  mkdir -p "$dir"
  say "Installing unit $dir/$unit"
  cp "$units/$unit" "$dir/$unit.new"
  chmod 0644 "$dir/$unit.new"
  mv "$dir/$unit.new" "$dir/$unit"
}

agent_configured() {
  local env="$root/etc/kimhotspot/agent.env" key="$root/etc/kimhotspot/site.key"
  grep -Eq '^Site__Id=[A-Za-z0-9._-]+' "$env" && [[ -s "$key" ]] && (($(tr -d '[:space:]' <"$key" | wc -c) >= 16))
}

start_services() {
  local app unit
  if [[ -n "$root" ]]; then
    note "(--root) not running systemctl"
    return 0
  fi
  say "systemctl daemon-reload"
  systemctl daemon-reload
  for app in "${apps[@]}"; do
    unit="kimhotspot-$app.service"
    say "systemctl enable $unit"
    systemctl enable --quiet "$unit"
    if ((start == 0)); then
      note "--no-start: $unit not (re)started"
    elif [[ "$app" == agent ]] && ! agent_configured; then
      note "$unit not started: set Site__Id in /etc/kimhotspot/agent.env and the key in /etc/kimhotspot/site.key, then: systemctl restart $unit"
    else
      say "systemctl restart $unit"
      systemctl restart "$unit"
    fi
  done
}

print_next_steps() {
  local app
  for app in "${first_install[@]}"; do
    case "$app" in
      portal)
        say "Portal: first install"
        note "Edit /etc/kimhotspot/portal.env: Router__Host, and create the API user on the router with the generated"
        note "Router__Password from that file (the commands are in its comments). Then: systemctl restart kimhotspot-portal"
        note "First KIM admin (no default password): the one-time setup code in 'journalctl -u kimhotspot-portal' at /admin/siapkan,"
        note "or: $(run_as_service portal) admin create --username <name> --name \"<display name>\" --role admin"
        ;;
      agent)
        say "RouterAgent: first install"
        note "Register the village in Central, create its key, put it in /etc/kimhotspot/site.key, set Site__Id,"
        note "Central__Url and the router in /etc/kimhotspot/agent.env, then: systemctl restart kimhotspot-agent"
        ;;
      central)
        say "Central: first install. There is no default operator or password; create the first one with"
        note "$(run_as_service central) operator create <name> --role admin"
        note "(it prints a generated password once). Sign in at /masuk. Settings: /etc/kimhotspot/central.env"
        ;;
    esac
  done
}

run_as_service() { # the command line that runs an app's CLI as the service would (user, env file, working dir)
  local app="$1"
  printf 'sudo systemd-run --pipe --wait --quiet --uid=%s --gid=%s -p EnvironmentFile=/etc/kimhotspot/%s.env -p WorkingDirectory=/opt/kimhotspot/%s/current --setenv=%s /opt/kimhotspot/%s/current/%s' \
    "$SERVICE_USER" "$SERVICE_USER" "$app" "$app" "$(data_env "$app")" "$app" "$(exe_of "$app")"
}

data_env() {
  case "$1" in
    portal) echo "Portal__DataDirectory=/var/lib/kimhotspot/portal" ;;
    central) echo "Central__DataDirectory=/var/lib/kimhotspot/central" ;;
  esac
}

say "KimHotspot $role $version from $from${root:+ into root $root}"
check_prerequisites
ensure_user
first_install=()
release=""
for app in "${apps[@]}"; do
  install_release "$app"
  install_data_dir "$app"
  install_config "$app"
  install_unit "$app"
  switch_current "$app" "$release"
  prune_releases "$app"
done
if [[ -f "$script_dir/README.md" ]]; then
  cp "$script_dir/README.md" "$root/opt/kimhotspot/README.md"
fi
start_services
print_next_steps
say "Done: $role $version"
