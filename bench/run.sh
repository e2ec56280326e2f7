#!/usr/bin/env bash
# The League App benchmark (issue 7). Not a test and not run by CI: docs/performance.md explains it.
#
#   bash bench/run.sh
#
# 1. Installs wrk if missing and builds Release.
# 2. Cold start: `dotnet run` of the AppHost (as the README starts the app) until every service's
#    /health answers 200; the resident memory of each service idle; then stops it (SIGTERM).
# 3. Bench host: the same Release binaries with the settings the AppHost gives them, started as
#    plain processes on loopback (no DCP proxy in front of each service, no dashboard), a fresh
#    emulator, a second cached frontend (a replica: both hold cache leases, as pods would), a third
#    frontend without its read cache, and a minimal YARP proxy (bench/LeagueApp.Bench.Proxy) in
#    front of the stats service.
# 4. Loads it with wrk from this process: reads through the frontend (with and without its cache,
#    and across both replicas at once), the YARP peer, straight to stats and a bare endpoint;
#    creates, transfers and deletes; how soon a commit straight to playerops reaches each replica's
#    live events and read cache (bench/LeagueApp.Bench.Freshness); a 20,000-player CSV import; each
#    figure next to its baseline from the same run. Then the resident memory of each process.
# 5. Writes bench/results/latest.md and appends the run to docs/performance.md.
#
# Settings (environment): BENCH_DURATION seconds per measured cell (5), BENCH_WARMUP seconds of
# warm-up per target (2), BENCH_IMPORT_ROWS (20000), BENCH_FRESH_COMMITS (100, commits timed into
# the replicas' events and caches), BENCH_OUT (bench/results/latest.md),
# BENCH_NO_HISTORY=1 to leave docs/performance.md alone, BENCH_KEEP=1 to keep the logs. Runtime settings exported before the
# run (e.g. DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0) reach every process it starts.
# All load goes to 127.0.0.1, every step is bounded in time, and everything started is stopped.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

DURATION=${BENCH_DURATION:-5}
WARMUP=${BENCH_WARMUP:-2}
IMPORT_ROWS=${BENCH_IMPORT_ROWS:-20000}
FRESH_COMMITS=${BENCH_FRESH_COMMITS:-100}
CONNECTIONS=(1 16 64)
CONFIGURATION=Release
PROJECT_ID=apps-microservices   # the AppHost's Firestore project id (FirestoreBuilderExtensions)
LATEST=${BENCH_OUT:-bench/results/latest.md}
HISTORY=docs/performance.md
WRK_DIR=$ROOT/bench/wrk

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
now_ms() { date +%s%3N; }

# ---------------------------------------------------------------------------------------------
# Processes: every one we start gets its own process group (setsid), so stopping it stops its
# children too (the emulator's launcher starts a JVM). The AppHost is stopped on its own terms.
# ---------------------------------------------------------------------------------------------
GROUPS_STARTED=()
APPHOST_RUN_PID=""   # `dotnet run` of the AppHost, while the cold-start step runs
APPHOST_PIDS=()      # the AppHost and what its DCP started
WORK=""

stop_groups() {
  local pid
  for pid in "${GROUPS_STARTED[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for _ in $(seq 1 100); do
    local alive=0
    for pid in "${GROUPS_STARTED[@]}"; do kill -0 -- "-$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.1
  done
  for pid in "${GROUPS_STARTED[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  GROUPS_STARTED=()
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $APPHOST_RUN_PID ]] && kill -0 "$APPHOST_RUN_PID" 2>/dev/null; then
    find_apphost_processes
  fi
  ((${#APPHOST_PIDS[@]})) && stop_apphost
  ((${#GROUPS_STARTED[@]})) && stop_groups
  if [[ -n $WORK && -d $WORK ]]; then
    if ((status != 0)) || [[ ${BENCH_KEEP:-} == 1 ]]; then
      log "logs kept in $WORK"
    else
      rm -rf "$WORK"
    fi
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start NAME DIRECTORY ENV... -- COMMAND...: runs COMMAND in DIRECTORY with ENV, logging to $WORK/NAME.log.
start() {
  local name=$1 directory=$2
  shift 2
  local env=()
  while [[ $1 != -- ]]; do env+=("$1"); shift; done
  shift
  (cd "$directory" && exec setsid env "${env[@]}" "$@") >"$WORK/$name.log" 2>&1 &
  GROUPS_STARTED+=("$!")
  PID_OF[$name]=$!
}
declare -A PID_OF

# A free loopback port below the ephemeral range, so that no outgoing connection takes it meanwhile.
PORTS_TAKEN=" "
pick_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))
    [[ $PORTS_TAKEN == *" $port "* ]] && continue
    [[ -z $(ss -Htln "sport = :$port") ]] && break
  done
  PORTS_TAKEN+="$port "
  printf -v "$1" '%s' "$port"
}

http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$@" || true; }

# wait_ok URL SECONDS [PID...]: until URL answers 200; fails early if one of the PIDs has ended.
wait_ok() {
  local url=$1 deadline=$(($(now_ms) + $2 * 1000)) pid
  shift 2
  until [[ $(http_status "$url") == 200 ]]; do
    (($(now_ms) < deadline)) || die "$url did not answer 200 in time"
    for pid; do kill -0 "$pid" 2>/dev/null || die "process $pid ended before $url was ready (logs: $WORK)"; done
    sleep 0.1
  done
}

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
# The resident pages no other process shares: RSS also counts the runtime's and framework's files,
# which every .NET process on the machine maps from the same page cache.
private_mb() { awk '/^Private_(Clean|Dirty):/ { kb += $2 } END { printf "%d", kb / 1024 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo "?"; }

# All descendants of a process, from the parent links in ps.
descendants() {
  ps -eo pid=,ppid= | awk -v root="$1" '
    { parent[$1] = $2 }
    END { found[root] = 1; changed = 1
          while (changed) { changed = 0
            for (p in parent) if (!(p in found) && (parent[p] in found)) { found[p] = 1; changed = 1 } }
          for (p in found) if (p != root) print p }'
}

# CPU that other processes on the machine used while we measured: others' builds or tests on the
# same 2 cores change every figure, so the report says how quiet the machine was. In clock ticks:
# all busy time (/proc/stat) minus ours (the processes in our groups, and this script's own and
# waited-for children's time, which includes wrk and curl).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
own_ticks() {
  local total=0 pid pgid group ticks
  while read -r pid pgid; do
    for group in "${GROUPS_STARTED[@]}"; do
      if [[ $pgid == "$group" ]]; then
        ticks=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        total=$((total + ticks))
      fi
    done
  done < <(ps -eo pid=,pgid=)
  ticks=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$$/stat")
  echo $((total + ticks))
}
# cores_percent TICKS SECONDS: TICKS of CPU time as a whole percentage of all cores over SECONDS
# (none below zero: counts taken a moment apart can cross).
cores_percent() {
  awk -v t="$1" -v s="$2" -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" \
    'BEGIN { v = 100 * t / (s * hz * cores); if (v < 0) v = 0; printf "%.0f", v }'
}

# settle: waits (at most SETTLE_LIMIT_MS) until the whole machine has been quiet for half a second,
# below SETTLE_BUSY_PERCENT of all cores, and adds the wait to SETTLED_MS. A cell at one connection
# measures one request at a time, so its p99 is the time slices that other work takes from it: what
# the services, the emulator's JVM and wrk still do after the cell before (compiling, collecting)
# belongs to that cell, not to this one.
SETTLE_BUSY_PERCENT=15
SETTLE_LIMIT_MS=10000
SETTLED_MS=0
settle() {
  local started before busy
  started=$(now_ms)
  while (($(now_ms) - started < SETTLE_LIMIT_MS)); do
    before=$(busy_ticks)
    sleep 0.5
    busy=$(cores_percent $(($(busy_ticks) - before)) 0.5)
    ((busy < SETTLE_BUSY_PERCENT)) && break
  done
  SETTLED_MS=$((SETTLED_MS + $(now_ms) - started))
}

# Time the hypervisor ran other guests while this one had work (steal): counted with the others above.
steal_ticks() { awk '/^cpu / { print $9; exit }' /proc/stat; }
# steal_percent STEAL_BEFORE SECONDS: the hypervisor's share of all cores since the snapshot.
steal_percent() { cores_percent $(($(steal_ticks) - $1)) "$2"; }

# others_percent BUSY_BEFORE OWN_BEFORE SECONDS: others' share of all cores since the snapshot.
others_percent() { cores_percent $((($(busy_ticks) - $1) - ($(own_ticks) - $2))) "$3"; }

# ---------------------------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------------------------
thousands() { LC_ALL=C printf '%d' "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
ms() { awk -v us="$1" 'BEGIN { printf (us < 10000 ? "%.2f" : "%.1f"), us / 1000 }'; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%d%%", 100 * a / b + 0.5; else printf "n/a" }'; }
# letters N: N written with the letters a-z as digits (player names may not contain digits).
letters() {
  local n=$1 text="" alphabet=abcdefghijklmnopqrstuvwxyz
  while :; do
    text=${alphabet:n % 26:1}$text
    n=$((n / 26))
    ((n > 0)) || break
  done
  printf '%s' "$text"
}

# ---------------------------------------------------------------------------------------------
# Measuring with wrk. Each cell stores req/s, p50, p99 (microseconds) and error counts in R[...].
# ---------------------------------------------------------------------------------------------
declare -A R

# wrk_run KEY CONNECTIONS THREADS SECONDS SCRIPT URL [ENV...]: one wrk run; KEY "" discards it.
wrk_run() {
  local key=$1 connections=$2 threads=$3 seconds=$4 script=$5 url=$6
  shift 6
  local out="$WORK/wrk-$((++WRK_RUNS)).txt"
  env BENCH_WRK_DIR="$WRK_DIR" "$@" \
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$WRK_DIR/$script" "$url" >"$out" 2>&1 \
    || die "wrk failed against $url: $(tail -3 "$out")"
  [[ -z $key ]] && return 0
  wrk_parse "$key" "$out" "$url"
  wrk_log "$key" "$connections"
}
WRK_RUNS=0

WRK_FIELDS=(rps p50_us p99_us requests http_errors socket_errors)
# wrk_parse KEY OUTPUT URL: the BENCH line report.lua printed, into R[KEY.*].
wrk_parse() {
  local key=$1 out=$2 line field
  line=$(grep '^BENCH ' "$out") || die "no result from wrk against $3: $(tail -3 "$out")"
  for field in "${WRK_FIELDS[@]}"; do
    R[$key.$field]=$(sed -n "s/.* $field=\([0-9.]*\).*/\1/p" <<<"$line")
  done
  R[$key.output]=$out
}
wrk_log() { # KEY CONNECTIONS
  local key=$1
  log "$(printf '%-34s c=%-3s %9.0f req/s  p50 %s ms  p99 %s ms%s' "$key" "$2" "${R[$key.rps]}" \
    "$(ms "${R[$key.p50_us]}")" "$(ms "${R[$key.p99_us]}")" \
    "$( ((R[$key.http_errors] + R[$key.socket_errors])) && echo "  (${R[$key.http_errors]} HTTP errors, ${R[$key.socket_errors]} socket errors)")")"
}

# wrk_pair KEY CONNECTIONS URL-A URL-B [ENV...]: one wrk per replica at the same time, half the
# connections each (one wrk cannot spread its connections over two hosts). R[KEY] holds the sum of
# their requests and errors and, for latency, the higher of the two p50s and p99s (wrk reports no
# histogram to merge); R[KEY.a] and R[KEY.b] each replica's own figures.
wrk_pair() {
  local key=$1 connections=$2 half=$(($2 / 2)) url_a=$3 url_b=$4
  shift 4
  local out_a="$WORK/wrk-$((++WRK_RUNS)).txt" out_b="$WORK/wrk-$((++WRK_RUNS)).txt" pid_a pid_b
  env BENCH_WRK_DIR="$WRK_DIR" "$@" wrk -t1 -c"$half" -d"${DURATION}s" --timeout 10s -s "$WRK_DIR/request.lua" "$url_a" >"$out_a" 2>&1 &
  pid_a=$!
  env BENCH_WRK_DIR="$WRK_DIR" "$@" wrk -t1 -c"$half" -d"${DURATION}s" --timeout 10s -s "$WRK_DIR/request.lua" "$url_b" >"$out_b" 2>&1 &
  pid_b=$!
  wait "$pid_a" || die "wrk failed against $url_a: $(tail -3 "$out_a")"
  wait "$pid_b" || die "wrk failed against $url_b: $(tail -3 "$out_b")"
  wrk_parse "$key.a" "$out_a" "$url_a"
  wrk_parse "$key.b" "$out_b" "$url_b"
  local field
  for field in "${WRK_FIELDS[@]}"; do
    case $field in
      p50_us | p99_us) R[$key.$field]=$(awk -v a="${R[$key.a.$field]}" -v b="${R[$key.b.$field]}" 'BEGIN { print (a > b ? a : b) }') ;;
      *) R[$key.$field]=$(awk -v a="${R[$key.a.$field]}" -v b="${R[$key.b.$field]}" 'BEGIN { print a + b }') ;;
    esac
  done
  wrk_log "$key.a" "$half"
  wrk_log "$key.b" "$half"
  wrk_log "$key" "$connections"
}

# One wrk thread drives up to 16 connections; two above that, so wrk itself is not the limit at 64.
wrk_threads() { (($1 > 16)) && echo 2 || echo 1; }

# cell TEXT KEY: "12,345 req/s · 0.41 / 1.90 ms" for a table, with a mark when errors occurred.
cell() {
  local key=$1
  local text
  text="$(thousands "${R[$key.rps]%.*}") · $(ms "${R[$key.p50_us]}") / $(ms "${R[$key.p99_us]}")"
  ((R[$key.http_errors] + R[$key.socket_errors])) && text+=" ⚠ ${R[$key.http_errors]}+${R[$key.socket_errors]} errors"
  printf '%s' "$text"
}

# =============================================================================================
# 0. Tools and build
# =============================================================================================
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  if ! { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; then
    die "could not install wrk: run 'apt-get install wrk' as root"
  fi
fi
for tool in curl ss awk setsid dotnet; do command -v "$tool" >/dev/null || die "$tool is missing"; done

# The emulator, found the way the AppHost finds it (FirestoreEmulatorInstallation).
EMULATOR=""
for sdk in "${CLOUDSDK_ROOT_DIR:-}" \
  "$(command -v gcloud >/dev/null && dirname "$(dirname "$(readlink -f "$(command -v gcloud)")")")" \
  /usr/lib/google-cloud-sdk; do
  if [[ -n $sdk && -x $sdk/platform/cloud-firestore-emulator/cloud_firestore_emulator ]]; then
    EMULATOR=$sdk/platform/cloud-firestore-emulator/cloud_firestore_emulator
    break
  fi
done
[[ -n $EMULATOR ]] || die "the Firestore emulator is missing: install the Debian package google-cloud-cli-firestore-emulator (and Java 17)"

WORK=$(mktemp -d)
log "building $CONFIGURATION (logs in $WORK)"
dotnet build LeagueApp.AppHost/LeagueApp.AppHost.csproj -c "$CONFIGURATION" >"$WORK/build.log" 2>&1 \
  || die "build failed: $(grep -m5 -E 'error|Error' "$WORK/build.log")"
dotnet build bench/LeagueApp.Bench.Proxy/LeagueApp.Bench.Proxy.csproj -c "$CONFIGURATION" >>"$WORK/build.log" 2>&1 \
  || die "build of the YARP proxy failed: $(grep -m5 -E 'error|Error' "$WORK/build.log")"
dotnet build bench/LeagueApp.Bench.Freshness/LeagueApp.Bench.Freshness.csproj -c "$CONFIGURATION" >>"$WORK/build.log" 2>&1 \
  || die "build of the freshness probe failed: $(grep -m5 -E 'error|Error' "$WORK/build.log")"
binary() { printf '%s/%s/bin/%s/net10.0/%s' "$ROOT" "$1" "$CONFIGURATION" "$(basename "$1")"; }

# A key for this run only: writes need it (X-Api-Key), the services get it as the AppHost gives it.
KEY=bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
# Letters only: it becomes part of player names.
TAG=Bench$(letters $((RANDOM * 32768 + RANDOM)))

# =============================================================================================
# 1. Cold start of the AppHost, as the README starts the app (already built: --no-build)
# =============================================================================================
APPHOST_PORTS=(8080 8081 8082 8083)   # frontend :8080; the services' launch profiles 8081-8083
for port in "${APPHOST_PORTS[@]}" 15080 19080 20080; do
  [[ -z $(ss -Htln "sport = :$port") ]] || die "port $port is in use: is the app already running?"
done

declare -A APPHOST_RSS
# The AppHost (the child of `dotnet run`) and everything DCP started for it. DCP detaches from the
# AppHost; it is found through the AppHost pid it monitors.
find_apphost_processes() {
  local apphost dcp children
  APPHOST_PIDS=()
  apphost=$(pgrep -P "$APPHOST_RUN_PID" -f LeagueApp.AppHost | head -1 || true)
  [[ -n $apphost ]] || return 0
  APPHOST_PIDS=("$apphost")
  for dcp in $(pgrep -f -- "--monitor $apphost( |$)" || true); do
    mapfile -t children < <(descendants "$dcp")
    APPHOST_PIDS+=("$dcp" "${children[@]}")
  done
}

stop_apphost() {
  # SIGTERM to the AppHost itself (not to `dotnet run`, which would leave DCP to clean up alone),
  # then wait for DCP to stop what it started.
  local started
  started=$(now_ms)
  kill -TERM "${APPHOST_PIDS[0]}" 2>/dev/null || true
  local pid
  for _ in $(seq 1 600); do
    local alive=0
    for pid in "${APPHOST_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.1
  done
  for pid in "${APPHOST_PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  APPHOST_PIDS=()
  APPHOST_STOP_MS=$(($(now_ms) - started))
}

log "cold start: dotnet run --project LeagueApp.AppHost -c $CONFIGURATION --no-build"
started=$(now_ms)
start apphost "$ROOT" Parameters__api_key="$KEY" -- \
  dotnet run --project LeagueApp.AppHost -c "$CONFIGURATION" --no-build --launch-profile http
APPHOST_RUN_PID=${PID_OF[apphost]}
run_pid=$APPHOST_RUN_PID
deadline=$(($(now_ms) + 180000))
declare -A HEALTHY_AFTER=()   # port -> ms from the start to its first 200, to see where the time goes
while :; do
  for port in "${APPHOST_PORTS[@]}"; do
    [[ -n ${HEALTHY_AFTER[$port]:-} ]] && continue
    [[ $(http_status "http://127.0.0.1:$port/health") == 200 ]] && HEALTHY_AFTER[$port]=$(($(now_ms) - started))
  done
  ((${#HEALTHY_AFTER[@]} == ${#APPHOST_PORTS[@]})) && break
  kill -0 "$run_pid" 2>/dev/null || die "the AppHost ended during start: $(tail -5 "$WORK/apphost.log")"
  (($(now_ms) < deadline)) || die "the AppHost was not healthy after 180 s"
  sleep 0.1
done
COLD_START_MS=$(($(now_ms) - started))

find_apphost_processes
((${#APPHOST_PIDS[@]})) || die "AppHost process not found"
APPHOST_TOTAL_MB=0
for pid in "${APPHOST_PIDS[@]}" $(descendants "$run_pid"); do
  mb=$(rss_mb "$pid")
  [[ $mb == "?" ]] || APPHOST_TOTAL_MB=$((APPHOST_TOTAL_MB + mb))
  for service in Frontend Stats PlayerOps Transfer; do
    [[ $(readlink -f "/proc/$pid/exe" 2>/dev/null) == "$(binary LeagueApp.$service)" ]] && APPHOST_RSS[$service]=$mb
  done
done
HEALTHY_ORDER="stats $(seconds "${HEALTHY_AFTER[8081]}") s, playerops $(seconds "${HEALTHY_AFTER[8082]}") s, transfer $(seconds "${HEALTHY_AFTER[8083]}") s, frontend $(seconds "${HEALTHY_AFTER[8080]}") s"
log "cold start to all healthy: $COLD_START_MS ms ($HEALTHY_ORDER); all AppHost processes together: $APPHOST_TOTAL_MB MB"
stop_apphost
for _ in $(seq 1 100); do kill -0 "$run_pid" 2>/dev/null || break; sleep 0.1; done
stop_groups
APPHOST_RUN_PID=""
log "AppHost stopped in $APPHOST_STOP_MS ms"

# =============================================================================================
# 2. Bench host: the services as plain processes with the AppHost's settings
# =============================================================================================
# What the AppHost gives each service (LeagueApp.AppHost/Program.cs and the launch profiles),
# except the OTLP exporter settings: there is no dashboard here to receive telemetry.
pick_port FIRESTORE_PORT; pick_port STATS_PORT; pick_port PLAYEROPS_PORT
pick_port TRANSFER_PORT; pick_port FRONTEND_PORT; pick_port REPLICA_PORT; pick_port FORWARDER_PORT; pick_port PROXY_PORT
COMMON=(ASPNETCORE_ENVIRONMENT=Development LOGGING__CONSOLE__FORMATTERNAME=simple ConnectionStrings__api-key="$KEY")
FIRESTORE=(ConnectionStrings__firestore="Endpoint=http://127.0.0.1:$FIRESTORE_PORT;ProjectId=$PROJECT_ID;DatabaseId=(default)")

log "bench host: emulator :$FIRESTORE_PORT, stats :$STATS_PORT, playerops :$PLAYEROPS_PORT, transfer :$TRANSFER_PORT, frontend :$FRONTEND_PORT (replica :$REPLICA_PORT, without its cache :$FORWARDER_PORT), YARP :$PROXY_PORT"
started=$(now_ms)
start firestore "$(dirname "$EMULATOR")" -- "$EMULATOR" start --host=127.0.0.1 --port="$FIRESTORE_PORT"
wait_ok "http://127.0.0.1:$FIRESTORE_PORT/" 60 "${PID_OF[firestore]}"
EMULATOR_READY_MS=$(($(now_ms) - started))

start stats LeagueApp.Stats "${COMMON[@]}" "${FIRESTORE[@]}" ASPNETCORE_URLS="http://127.0.0.1:$STATS_PORT" -- "$(binary LeagueApp.Stats)"
start playerops LeagueApp.PlayerOps "${COMMON[@]}" "${FIRESTORE[@]}" ASPNETCORE_URLS="http://127.0.0.1:$PLAYEROPS_PORT" \
  Seed__OnStartup=true -- "$(binary LeagueApp.PlayerOps)"
start transfer LeagueApp.Transfer "${COMMON[@]}" "${FIRESTORE[@]}" ASPNETCORE_URLS="http://127.0.0.1:$TRANSFER_PORT" -- "$(binary LeagueApp.Transfer)"
for service in stats playerops transfer; do
  port_var=${service^^}_PORT
  wait_ok "http://127.0.0.1:${!port_var}/health" 120 "${PID_OF[$service]}"
done
# The frontend's rate limiter is raised for the run: one client (wrk) sends everything. A second
# frontend with the same settings is its replica, as a second pod would be: each holds a cache lease,
# so a write through either tells the other directly before it is answered. A third keeps no answers
# (StatsCache:Lifetime 0): every read makes the hop, the cost YARP pays too. It holds a lease as well
# (writes tell it too), since its reads name to stats the commits they must reflect, and stats keeps
# its answers under its own change stream: four streams listen to the league.
# The frontend follows the league's changes in Firestore (its read cache, the live page), so it gets
# the emulator too.
FRONTEND_SETTINGS=("${COMMON[@]}" "${FIRESTORE[@]}" services__stats__http__0="http://127.0.0.1:$STATS_PORT"
  services__playerops__http__0="http://127.0.0.1:$PLAYEROPS_PORT" services__transfer__http__0="http://127.0.0.1:$TRANSFER_PORT"
  Edge__BurstLimit=1000000 Edge__RequestsPerSecond=1000000)
start frontend LeagueApp.Frontend "${FRONTEND_SETTINGS[@]}" ASPNETCORE_URLS="http://127.0.0.1:$FRONTEND_PORT" -- "$(binary LeagueApp.Frontend)"
start replica LeagueApp.Frontend "${FRONTEND_SETTINGS[@]}" ASPNETCORE_URLS="http://127.0.0.1:$REPLICA_PORT" -- "$(binary LeagueApp.Frontend)"
start forwarder LeagueApp.Frontend "${FRONTEND_SETTINGS[@]}" ASPNETCORE_URLS="http://127.0.0.1:$FORWARDER_PORT" \
  StatsCache__Lifetime=00:00:00 -- "$(binary LeagueApp.Frontend)"
wait_ok "http://127.0.0.1:$FRONTEND_PORT/health" 60 "${PID_OF[frontend]}"
wait_ok "http://127.0.0.1:$REPLICA_PORT/health" 60 "${PID_OF[replica]}"
wait_ok "http://127.0.0.1:$FORWARDER_PORT/health" 60 "${PID_OF[forwarder]}"
BENCH_HOST_READY_MS=$(($(now_ms) - started))
start proxy bench/LeagueApp.Bench.Proxy ASPNETCORE_URLS="http://127.0.0.1:$PROXY_PORT" \
  ReverseProxy__Clusters__stats__Destinations__stats__Address="http://127.0.0.1:$STATS_PORT/" -- "$(binary bench/LeagueApp.Bench.Proxy)"
wait_ok "http://127.0.0.1:$PROXY_PORT/alive" 60 "${PID_OF[proxy]}"
log "bench host ready in $BENCH_HOST_READY_MS ms (emulator $EMULATOR_READY_MS ms)"

FRONTEND=http://127.0.0.1:$FRONTEND_PORT
REPLICA=http://127.0.0.1:$REPLICA_PORT
FORWARDER=http://127.0.0.1:$FORWARDER_PORT
PLAYEROPS=http://127.0.0.1:$PLAYEROPS_PORT
STATS=http://127.0.0.1:$STATS_PORT
PROXY=http://127.0.0.1:$PROXY_PORT
FIRESTORE_URL=http://127.0.0.1:$FIRESTORE_PORT

# Every read answers 200 before it is measured, so a table never shows the speed of an error.
check_read() { # URL [BODY]
  local status
  if [[ -n ${2:-} ]]; then
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X GET -H 'Content-Type: application/json' --data "$2" "$1" || true)
  else
    status=$(http_status --max-time 10 "$1")
  fi
  [[ $status == 200 ]] || die "$1 answered $status before the load"
}

# =============================================================================================
# 3. Reads: frontend (original route and /api), YARP peer, stats direct, bare endpoint
# =============================================================================================
READS=(forwards table chelsea)
declare -A READ_NAME=([forwards]="best forwards" [table]="league table" [chelsea]="Chelsea's best")
declare -A ORIGINAL_PATH=([forwards]=/bestposition [table]=/table [chelsea]=/bestplayers/Chelsea)
declare -A ORIGINAL_BODY=([forwards]='{"position":"Forward"}' [table]='{"league":"League"}' [chelsea]='')
declare -A API_PATH=([forwards]=/api/positions/Forward/top [table]=/api/teams [chelsea]=/api/teams/Chelsea/best)
declare -A STATS_PATH=([forwards]='/positions/Forward/top?count=3' [table]=/teams [chelsea]=/teams/Chelsea/best)

# target URL-of-a-read: the base and path of each way to the same read.
url_of() { # TARGET READ
  case $1 in
    original) printf '%s%s' "$FRONTEND" "${ORIGINAL_PATH[$2]}" ;;
    api) printf '%s%s' "$FRONTEND" "${API_PATH[$2]}" ;;
    forwarded) printf '%s%s' "$FORWARDER" "${API_PATH[$2]}" ;;
    yarp) printf '%s%s' "$PROXY" "${STATS_PATH[$2]}" ;;
    direct) printf '%s%s' "$STATS" "${STATS_PATH[$2]}" ;;
  esac
}
body_of() { [[ $1 == original ]] && printf '%s' "${ORIGINAL_BODY[$2]}" || true; }

TARGETS=(original api forwarded yarp direct)
# Across both cached replicas: two ways to the league table at 16 connections are enough to see it.
REPLICA_READS=(api original)
REPLICA_CONNECTIONS=16
replica_path() { [[ $1 == original ]] && printf '%s' "${ORIGINAL_PATH[table]}" || printf '%s' "${API_PATH[table]}"; }
for read in "${READS[@]}"; do
  for target in "${TARGETS[@]}"; do check_read "$(url_of "$target" "$read")" "$(body_of "$target" "$read")"; done
done
for target in "${REPLICA_READS[@]}"; do check_read "$REPLICA$(replica_path "$target")" "$(body_of "$target" table)"; done
check_read "$STATS/alive"

log "reads: ${DURATION} s per cell after ${WARMUP} s of warm-up per target"
LOAD_STARTED=$(now_ms)
BUSY_BEFORE=$(busy_ticks)
STEAL_BEFORE=$(steal_ticks)
OWN_BEFORE=$(own_ticks)
LOADAVG_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
# Warm-up once per target: JIT, connection pools, the output cache.
wrk_run "" 16 1 "$WARMUP" request.lua "$STATS/alive"
for read in "${READS[@]}"; do
  for target in "${TARGETS[@]}"; do
    wrk_run "" 16 1 "$WARMUP" request.lua "$(url_of "$target" "$read")" BENCH_BODY="$(body_of "$target" "$read")"
  done
done
# The replica too, now: its code has as long to be compiled as the frontend's when it is measured.
for target in "${REPLICA_READS[@]}"; do
  wrk_run "" 16 1 "$WARMUP" request.lua "$REPLICA$(replica_path "$target")" BENCH_BODY="$(body_of "$target" table)"
done
# The ways to one read are measured back to back, so each comparison sees the same machine.
for connections in "${CONNECTIONS[@]}"; do
  threads=$(wrk_threads "$connections")
  ((connections == 1)) && settle
  wrk_run "bare.$connections" "$connections" "$threads" "$DURATION" request.lua "$STATS/alive"
  for read in "${READS[@]}"; do
    for target in "${TARGETS[@]}"; do
      ((connections == 1)) && settle
      wrk_run "$target.$read.$connections" "$connections" "$threads" "$DURATION" request.lua \
        "$(url_of "$target" "$read")" BENCH_BODY="$(body_of "$target" "$read")"
    done
  done
done

# The same reads across both cached replicas at once: what a second pod adds on the same 2 cores.
# The frontend alone right before, so that the comparison sees the same machine.
for target in "${REPLICA_READS[@]}"; do
  path=$(replica_path "$target")
  wrk_run "replicas.$target.one" "$REPLICA_CONNECTIONS" 1 "$DURATION" request.lua "$FRONTEND$path" BENCH_BODY="$(body_of "$target" table)"
  wrk_pair "replicas.$target.table.$REPLICA_CONNECTIONS" "$REPLICA_CONNECTIONS" "$FRONTEND$path" "$REPLICA$path" \
    BENCH_BODY="$(body_of "$target" table)"
done

OTHERS_READS=$(others_percent "$BUSY_BEFORE" "$OWN_BEFORE" $((($(now_ms) - LOAD_STARTED) / 1000)))
STEAL_READS=$(steal_percent "$STEAL_BEFORE" $((($(now_ms) - LOAD_STARTED) / 1000)))
log "other processes used $OTHERS_READS% of the CPU during the reads; cells at 1 connection waited $(seconds "$SETTLED_MS") s in all for a quiet machine"

# =============================================================================================
# 4. Writes through the frontend, with the emulator's own cost as the baseline
# =============================================================================================
log "writes"
# Creates: unique names (letters only), bounded by time and by a count per wrk thread.
CREATED_NAMES=$WORK/created-names.txt
: >"$CREATED_NAMES"
# created_names PREFIX WRK-OUTPUT [FILE]: every name a request was built for, whether or not it was
# answered before wrk stopped (the same names as create.lua builds: prefix, thread tag, counter in
# letters), added to FILE (the creates' list by default).
created_names() {
  awk -v prefix="$1" '
    function letters(n,   text) { text = ""; do { text = substr("abcdefghijklmnopqrstuvwxyz", n % 26 + 1, 1) text; n = int(n / 26) } while (n > 0); return text }
    $1 == "BENCH_CREATED" { for (i = 0; i < $3; i++) print prefix " " $2 " N" letters(i) }' "$2" >>"${3:-$CREATED_NAMES}"
}
# delete_urls OUTPUT HEADER: DELETE each URL read from stdin, 16 at a time, with HEADER; each answer's
# status is a line of OUTPUT.
delete_urls() {
  local config=$1.curl
  while read -r url; do printf 'url = "%s"\noutput = "/dev/null"\n' "$url"; done >"$config"
  curl -s --parallel --parallel-max 16 -X DELETE -H "$2" --max-time 10 -w '%{http_code}\n' -K "$config" \
    >"$1" 2>"$1.err" || true
}
# delete_players BASE-URL NAMES-FILE OUTPUT: DELETE {BASE-URL}/teams/Chelsea/players/{name} for each name.
delete_players() {
  local name
  while read -r name; do printf '%s/teams/Chelsea/players/%s\n' "$1" "${name// /%20}"; done <"$2" | delete_urls "$3" "X-Api-Key: $KEY"
}
# A create straight to playerops: what the database costs a player's create, where every frontend's
# change stream listens (the emulator's baseline collection has no listener), apart from the
# frontend's own share (its hop and its word to the other frontends). Its players are deleted again
# before the frontend's creates: on the emulator a listened collection's size is part of a commit's
# cost (docs/performance.md), so both start from the same squad.
prefix="$TAG Direct"
wrk_run "playerops-create.1" 1 1 "$DURATION" create.lua "$PLAYEROPS" \
  BENCH_API_KEY="$KEY" BENCH_TEAM=Chelsea BENCH_PREFIX="$prefix" BENCH_MAX_PER_THREAD=20000 BENCH_BASE_PATH=""
created_names "$prefix" "${R[playerops-create.1.output]}" "$WORK/direct-names.txt"
delete_players "$PLAYEROPS" "$WORK/direct-names.txt" "$WORK/direct-deletes.txt"
# The same one-document create as the emulator's baseline, but into the players' collection, which the
# change streams listen to: the floor that playerops' create stands on here. Deleted again by id (one
# thread: ids 1 to the requests sent, and one more that may have been on its way when wrk stopped).
PLAYERS_COLLECTION_PATH="/v1/projects/$PROJECT_ID/databases/(default)/documents/Teams"   # LeagueCollections.Players
prefix="Chelsea_${TAG}Floor"
wrk_run "emulator-listened-create.1" 1 1 "$DURATION" emulator_create.lua "$FIRESTORE_URL" \
  BENCH_PREFIX="$prefix" BENCH_COLLECTION_PATH="$PLAYERS_COLLECTION_PATH"
sent=${R[emulator-listened-create.1.requests]}
for ((i = 1; i <= sent + 1; i++)); do
  printf '%s%s/%s-0-%d\n' "$FIRESTORE_URL" "$PLAYERS_COLLECTION_PATH" "$prefix" "$i"
done | delete_urls "$WORK/floor-deletes.txt" 'Authorization: Bearer owner'
FLOOR_DELETED=$(grep -c '^200$' "$WORK/floor-deletes.txt" || true)
log "the floor's creates deleted again: $FLOOR_DELETED answered 200"
for connections in 1 16; do
  prefix="$TAG C$(letters "$connections")"
  wrk_run "create.$connections" "$connections" 1 "$DURATION" create.lua "$FRONTEND" \
    BENCH_API_KEY="$KEY" BENCH_TEAM=Chelsea BENCH_PREFIX="$prefix" BENCH_MAX_PER_THREAD=20000
  created_names "$prefix" "${R[create.$connections.output]}"
  wrk_run "emulator-create.$connections" "$connections" 1 "$DURATION" emulator_create.lua "$FIRESTORE_URL" \
    BENCH_PREFIX="$TAG-$connections" BENCH_COLLECTION_PATH="/v1/projects/$PROJECT_ID/databases/(default)/documents/BenchBaseline"
done

# Deletes of every player the creates made: a fixed count, so timed here rather than by wrk.
DELETE_COUNT=$(wc -l <"$CREATED_NAMES")
started=$(now_ms)
delete_players "$FRONTEND/api" "$CREATED_NAMES" "$WORK/deletes.txt"
DELETE_MS=$(($(now_ms) - started))
DELETE_OK=$(grep -c '^204$' "$WORK/deletes.txt" || true)
DELETE_NOT_FOUND=$(grep -c '^404$' "$WORK/deletes.txt" || true)
log "deleted $DELETE_OK of $DELETE_COUNT in $DELETE_MS ms ($DELETE_NOT_FOUND never created)"

# Transfers: each connection owns one new player (price 1) and moves it back and forth between two
# teams; with two connections the two pairs of teams are disjoint, so neither waits on the other's
# documents. Fresh players per run: a run may end with a player at either of its teams.
PAIRS=("Manchester City|Liverpool" "Chelsea|Tottenham Hotspur")
movers=0
transfer_assignments() { # CONNECTIONS -> "player|teamA|teamB;..." for transfer.lua
  local i player home assignments=""
  for ((i = 0; i < $1; i++)); do
    player="$TAG Mover $(letters "$movers")"
    movers=$((movers + 1))
    home=${PAIRS[$i]%|*}
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "$FRONTEND/api/teams/${home// /%20}/players" \
      -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
      --data "{\"name\":\"$player\",\"team\":\"$home\",\"nationality\":\"England\",\"position\":\"Forward\",\"appearances\":1,\"goals\":0,\"assists\":0,\"passes\":0,\"interceptions\":0,\"tackles\":0,\"fouls\":0,\"price\":1}" || true)
    [[ $status == 201 ]] || die "could not create the transfer player $player ($status)"
    assignments+="$player|${PAIRS[$i]};"
  done
  TRANSFERS=$assignments
}
for connections in 1 2; do
  transfer_assignments "$connections"
  wrk_run "transfer.$connections" "$connections" "$connections" "$DURATION" transfer.lua "$FRONTEND" \
    BENCH_API_KEY="$KEY" BENCH_TRANSFERS="$TRANSFERS"
done

# =============================================================================================
# 4b. Freshness: commits straight to playerops (no frontend waits for them), timed into each cached
#     replica's live events and read cache. Before the import, which would make the polled squad long.
# =============================================================================================
log "freshness: $FRESH_COMMITS commits straight to playerops, timed into both replicas"
FRESH_OUTPUT=$WORK/freshness.txt
# Bounded: each write 5 s at most, each wait 2 s, the whole probe 60 s (then it stops by itself).
timeout 90 env BENCH_REPLICAS="$FRONTEND $REPLICA" BENCH_WRITER="$PLAYEROPS" BENCH_API_KEY="$KEY" BENCH_TEAM=Chelsea \
  BENCH_PREFIX="$TAG Fresh" BENCH_COMMITS="$FRESH_COMMITS" BENCH_WAIT_MS=2000 BENCH_MAX_SECONDS=60 \
  "$(binary bench/LeagueApp.Bench.Freshness)" >"$FRESH_OUTPUT" 2>&1 \
  || die "the freshness probe failed: $(tail -3 "$FRESH_OUTPUT")"
# fresh_field KIND REPLICA FIELD: one figure of the probe's BENCH lines.
fresh_field() {
  awk -v kind="kind=$1" -v replica="replica=$2" -v field="$3" '
    $1 == "BENCH" && $2 == kind && ($3 == replica || $2 == "kind=writes") {
      for (i = 3; i <= NF; i++) if (index($i, field "=") == 1) print substr($i, length(field) + 2) }' "$FRESH_OUTPUT"
}
for kind in event cache; do
  for replica in "$FRONTEND" "$REPLICA"; do
    log "$(printf '%-6s %-24s p50 %s ms  p99 %s ms  max %s ms  (%s timed, %s missed)' "$kind" "$replica" \
      "$(fresh_field "$kind" "$replica" p50_ms)" "$(fresh_field "$kind" "$replica" p99_ms)" "$(fresh_field "$kind" "$replica" max_ms)" \
      "$(fresh_field "$kind" "$replica" count)" "$(fresh_field "$kind" "$replica" missed)")"
  done
done

# =============================================================================================
# 5. Import: a generated players file through the frontend, twice; 500-write commits as baseline
# =============================================================================================
log "import of $IMPORT_ROWS players"
CSV=$WORK/players.csv
# Headerless: Team, Player, Nationality, Position, Appearances, Goals, Assists, Passes,
# Interceptions, Tackles, Fouls, Price. Names in letters only, unique per team.
awk -v rows="$IMPORT_ROWS" -v tag="$TAG" '
  function letters(n,   text) { text = ""; do { text = substr("abcdefghijklmnopqrstuvwxyz", n % 26 + 1, 1) text; n = int(n / 26) } while (n > 0); return text }
  BEGIN {
    split("Manchester City,Liverpool,Chelsea,Tottenham Hotspur", teams, ",")
    split("Defender,Midfielder,Forward", positions, ",")
    for (i = 0; i < rows; i++)
      printf "%s,%s Import %s,England,%s,%d,%d,%d,%d,%d,%d,%d,%d\n", teams[i % 4 + 1], tag, letters(i), positions[i % 3 + 1],
        i % 39, i % 20, i % 15, 100 + i % 2000, i % 60, i % 70, i % 30, 1 + i % 150
  }' >"$CSV"
CSV_BYTES=$(stat -c %s "$CSV")
((CSV_BYTES < 8 * 1024 * 1024)) || die "the generated file ($CSV_BYTES bytes) exceeds the frontend's 8 MiB import limit"

import_once() { # KEY
  local code started location state=""
  started=$(date +%s.%N)
  # "Expect:" off: curl would otherwise wait for a 100 Continue before sending a body this size.
  code=$(curl -s -D "$WORK/$1.headers" -o "$WORK/$1.json" -w '%{http_code}' --max-time 300 -X POST "$FRONTEND/api/import/players" \
    -H "X-Api-Key: $KEY" -H 'Content-Type: text/csv' -H 'Expect:' --data-binary "@$CSV" || true)
  R[$1.status]=$code
  if [[ $code == 202 ]]; then
    # It outlasted its request and goes on in playerops: timed until its status says it ended (at most 300 s).
    location=$(awk 'tolower($1) == "location:" { print $2 }' "$WORK/$1.headers" | tr -d '\r')
    for ((poll = 0; poll < 1500; poll++)); do
      curl -s -o "$WORK/$1.json" --max-time 10 -H "X-Api-Key: $KEY" "$FRONTEND$location" || true
      state=$(grep -o '"state":"[a-z]*"' "$WORK/$1.json" | cut -d'"' -f4)
      [[ $state == running ]] || break
      sleep 0.2
    done
    R[$1.status]="202, then ${state:-no status}"
  fi
  R[$1.seconds]=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
  R[$1.summary]=$(tr -d '\n' <"$WORK/$1.json" | cut -c1-200)
  R[$1.rps]=$(awk -v n="$IMPORT_ROWS" -v s="${R[$1.seconds]}" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
  log "import ($1): HTTP ${R[$1.status]} in ${R[$1.seconds]} s = ${R[$1.rps]} rows/s: ${R[$1.summary]}"
}
import_once import.first
import_once import.again

# Baseline: the emulator's own bulk write rate, 500 twelve-field documents a commit, one at a time.
COMMIT_BODY=$WORK/commit.json
awk -v project="$PROJECT_ID" 'BEGIN {
    printf "{\"writes\":["
    for (i = 0; i < 500; i++) {
      printf "%s{\"update\":{\"name\":\"projects/%s/databases/(default)/documents/BenchCommit/doc%d\",\"fields\":{", (i ? "," : ""), project, i
      printf "\"Name\":{\"stringValue\":\"Baseline Player\"},\"Team\":{\"stringValue\":\"Chelsea\"},\"Nationality\":{\"stringValue\":\"England\"},"
      printf "\"Position\":{\"stringValue\":\"Midfielder\"},\"Appearances\":{\"integerValue\":\"%d\"},\"Goals\":{\"integerValue\":\"1\"},", i % 39
      printf "\"Assists\":{\"integerValue\":\"2\"},\"Passes\":{\"integerValue\":\"300\"},\"Interceptions\":{\"integerValue\":\"4\"},"
      printf "\"Tackles\":{\"integerValue\":\"5\"},\"Fouls\":{\"integerValue\":\"6\"},\"Price\":{\"integerValue\":\"7\"}}}}"
    }
    printf "]}"
  }' >"$COMMIT_BODY"
wrk_run "emulator-commit.1" 1 1 "$DURATION" request.lua \
  "$FIRESTORE_URL/v1/projects/$PROJECT_ID/databases/(default)/documents:commit" \
  BENCH_METHOD=POST BENCH_BODY_FILE="$COMMIT_BODY" BENCH_AUTHORIZATION="Bearer owner"

# Baseline of the unchanged import: reading documents back, 300 a :batchGet (as the importer does).
BATCHGET_BODY=$WORK/batchget.json
awk -v project="$PROJECT_ID" 'BEGIN {
    printf "{\"documents\":["
    for (i = 0; i < 300; i++) printf "%s\"projects/%s/databases/(default)/documents/BenchCommit/doc%d\"", (i ? "," : ""), project, i
    printf "]}"
  }' >"$BATCHGET_BODY"
wrk_run "emulator-batchget.1" 1 1 "$DURATION" request.lua \
  "$FIRESTORE_URL/v1/projects/$PROJECT_ID/databases/(default)/documents:batchGet" \
  BENCH_METHOD=POST BENCH_BODY_FILE="$BATCHGET_BODY" BENCH_AUTHORIZATION="Bearer owner"
OTHERS_ALL=$(others_percent "$BUSY_BEFORE" "$OWN_BEFORE" $((($(now_ms) - LOAD_STARTED) / 1000)))
STEAL_ALL=$(steal_percent "$STEAL_BEFORE" $((($(now_ms) - LOAD_STARTED) / 1000)))
LOADAVG_AFTER=$(cut -d' ' -f1 /proc/loadavg)
log "other processes used $OTHERS_ALL% of the CPU during all the load"

# =============================================================================================
# 6. Resident memory after the load
# =============================================================================================
declare -A RSS
declare -A PRIVATE
for name in frontend replica stats playerops transfer proxy; do
  RSS[$name]=$(rss_mb "${PID_OF[$name]}")
  PRIVATE[$name]=$(private_mb "${PID_OF[$name]}")
done
java_pid=$(pgrep -g "${PID_OF[firestore]}" java | head -1 || true)
RSS[firestore]=$([[ -n $java_pid ]] && rss_mb "$java_pid" || echo "?")
stop_groups

# =============================================================================================
# 7. The report
# =============================================================================================
met() { (($1)) && printf '**met**' || printf '**missed**'; }

# Targets over all read cells: the worst ratio decides.
worst_ratio() { # NUMERATOR-TARGET DENOMINATOR-TARGET -> "percent read connections" of the worst cell
  local worst="" worst_at="" read connections value
  for read in "${READS[@]}"; do
    for connections in "${CONNECTIONS[@]}"; do
      local denominator_key=$2.$read.$connections
      [[ $2 == bare ]] && denominator_key=bare.$connections
      value=$(awk -v a="${R[$1.$read.$connections.rps]}" -v b="${R[$denominator_key.rps]}" 'BEGIN { printf "%.4f", a / b }')
      if [[ -z $worst ]] || awk -v a="$value" -v b="$worst" 'BEGIN { exit !(a < b) }'; then
        worst=$value
        worst_at="${READ_NAME[$read]}, $connections conn."
      fi
    done
  done
  printf '%s|%s' "$worst" "$worst_at"
}
ratio_target() { # NUMERATOR DENOMINATOR THRESHOLD DESCRIPTION [info: reported, not judged]
  local result worst at
  result=$(worst_ratio "$1" "$2")
  worst=${result%%|*}
  at=${result#*|}
  local ok verdict
  ok=$(awk -v w="$worst" -v t="$3" 'BEGIN { print (w >= t) ? 1 : 0 }')
  verdict=$([[ ${5:-} == info ]] && printf 'for information' || met "$ok")
  printf '| %s | %s | lowest %s (%s) |\n' "$4" "$verdict" "$(awk -v w="$worst" 'BEGIN { printf "%.1f%%", 100 * w }')" "$at"
}

p99_worst=0
p99_at=""
for target in original api; do
  for read in "${READS[@]}"; do
    value=${R[$target.$read.1.p99_us]}
    if ((value > p99_worst)); then p99_worst=$value; p99_at="$target ${READ_NAME[$read]}"; fi
  done
done
max_rss=0
max_rss_of=""
for name in frontend stats playerops transfer; do
  [[ ${RSS[$name]} == "?" ]] && continue
  if ((RSS[$name] > max_rss)); then max_rss=${RSS[$name]}; max_rss_of=$name; fi
done
import_ok=0
[[ ${R[import.first.status]} == 200 || ${R[import.first.status]} == "202, then completed" ]] && ((${R[import.first.rps]} >= 10000)) && import_ok=1
commit_docs=$(awk -v r="${R[emulator-commit.1.rps]}" 'BEGIN { printf "%.0f", r * 500 }')
batchget_docs=$(awk -v r="${R[emulator-batchget.1.rps]}" 'BEGIN { printf "%.0f", r * 300 }')
quiet="quiet enough"
# The reads at 1 connection feel a few percent already; the writes and the import less.
((OTHERS_READS > 5 || OTHERS_ALL > 10)) && quiet="⚠ **disturbed**: compare these figures with care"

COMMIT=$(git rev-parse --short HEAD)
[[ -n $(git status --porcelain --untracked-files=no -- . ':!bench/results' ':!docs/performance.md') ]] && COMMIT+=" + uncommitted changes"
CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
MEMORY_GB=$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)
RUNTIME=$(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }')
# Settings exported for the run that change how the services behave (documented in the report).
RUNTIME_SETTINGS=$(env | grep -E '^(DOTNET_(gc|GC|ThreadPool|Tiered|TC_|ReadyToRun)|Logging__|Stats__|StatsCache__|Edge__)' | sort | tr '\n' ' ' || true)

replica_rows() {
  local target name
  for target in "${REPLICA_READS[@]}"; do
    name="league table, /api (\`${API_PATH[table]}\`)"
    [[ $target == original ]] && name="league table, original route (\`${ORIGINAL_PATH[table]}\`)"
    local key=replicas.$target.table.$REPLICA_CONNECTIONS
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$(cell "$key")" "$(cell "$key.a")" "$(cell "$key.b")" \
      "$(cell "replicas.$target.one")" "$(percent "${R[$key.rps]}" "${R[replicas.$target.one.rps]}")"
  done
}
fresh_rows() {
  local replica name
  for replica in "$FRONTEND" "$REPLICA"; do
    name=frontend
    [[ $replica == "$REPLICA" ]] && name=replica
    printf '| %s | %s / %s / %s | %s / %s / %s | %s + %s | %s |\n' "$name" \
      "$(fresh_field event "$replica" p50_ms)" "$(fresh_field event "$replica" p99_ms)" "$(fresh_field event "$replica" max_ms)" \
      "$(fresh_field cache "$replica" p50_ms)" "$(fresh_field cache "$replica" p99_ms)" "$(fresh_field cache "$replica" max_ms)" \
      "$(fresh_field event "$replica" missed)" "$(fresh_field cache "$replica" missed)" "$(fresh_field event "$replica" reconnects)"
  done
}

report() {
  cat <<EOF
## Run of $(date -u '+%Y-%m-%d %H:%M UTC') · commit $COMMIT

Machine: $(nproc) cores ($CPU), $MEMORY_GB GB, $(uname -sr), ASP.NET Core $RUNTIME, $CONFIGURATION build.
wrk on the same cores, loopback only, ${DURATION} s per cell after ${WARMUP} s of warm-up.
Each read cell at 1 connection started once the machine had been below ${SETTLE_BUSY_PERCENT}% busy for 0.5 s (at most $((SETTLE_LIMIT_MS / 1000)) s; $(seconds "$SETTLED_MS") s of waiting in all).
Settings exported for the run: ${RUNTIME_SETTINGS:-none, the services use their defaults}.
Other processes on the machine used $OTHERS_READS% of its CPU during the reads and $OTHERS_ALL% during all the load,
the hypervisor's other guests included (steal: $STEAL_READS% and $STEAL_ALL%)
(load average $LOADAVG_BEFORE before, $LOADAVG_AFTER after): $quiet.

**Reads** (req/s · p50 / p99 latency in ms; "direct" is the stats service without anything in front;
"/api, no cache" is a second frontend with \`StatsCache__Lifetime=00:00:00\`, which makes the hop for every read)

| Read | Conn. | Frontend, original route | Frontend, /api | Frontend, /api, no cache | YARP → stats | Stats direct | orig ÷ YARP | /api ÷ YARP | no cache ÷ YARP | /api ÷ direct | direct ÷ bare |
| --- | ---: | --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
EOF
  local read connections
  for read in "${READS[@]}"; do
    for connections in "${CONNECTIONS[@]}"; do
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "${READ_NAME[$read]}" "$connections" \
        "$(cell "original.$read.$connections")" "$(cell "api.$read.$connections")" "$(cell "forwarded.$read.$connections")" \
        "$(cell "yarp.$read.$connections")" "$(cell "direct.$read.$connections")" \
        "$(percent "${R[original.$read.$connections.rps]}" "${R[yarp.$read.$connections.rps]}")" \
        "$(percent "${R[api.$read.$connections.rps]}" "${R[yarp.$read.$connections.rps]}")" \
        "$(percent "${R[forwarded.$read.$connections.rps]}" "${R[yarp.$read.$connections.rps]}")" \
        "$(percent "${R[api.$read.$connections.rps]}" "${R[direct.$read.$connections.rps]}")" \
        "$(percent "${R[direct.$read.$connections.rps]}" "${R[bare.$connections.rps]}")"
    done
  done
  for connections in "${CONNECTIONS[@]}"; do
    printf '| bare: stats /alive | %s | | | | | %s | | | | | |\n' "$connections" "$(cell "bare.$connections")"
  done
  cat <<EOF

Routes: best forwards = \`GET /bestposition\` with \`{"position":"Forward"}\`, \`/api/positions/Forward/top\`,
\`/positions/Forward/top?count=3\`; league table = \`GET /table\` with \`{"league":"League"}\`, \`/api/teams\`,
\`/teams\`; Chelsea's best = \`/bestplayers/Chelsea\`, \`/api/teams/Chelsea/best\`, \`/teams/Chelsea/best\`.

**Reads across two cached replicas** (the league table at $REPLICA_CONNECTIONS connections: one wrk per replica at the same
time, $((REPLICA_CONNECTIONS / 2)) connections each; req/s summed, p50 / p99 the higher of the two)

| Read | Both replicas | Frontend | Replica | Frontend alone, just before | Both ÷ alone |
| --- | --- | --- | --- | --- | ---: |
$(replica_rows)

**Freshness with replicas**: $(fresh_field writes "" commits) commits straight to playerops (create, then delete, a
Chelsea player; no frontend waits for them), ms from each commit's \`Commit-Time\` to the replica's
event on \`/api/events\` and to its first \`GET /api/teams/Chelsea/players\` that shows the change
($(fresh_field writes "" without_commit_time) timed from the answer instead, lacking the header)

| Replica | Live event p50 / p99 / max | Change to cache p50 / p99 / max | Missed (2 s) | Stream reconnects |
| --- | --- | --- | ---: | ---: |
$(fresh_rows)

**Writes** (through the frontend, with the key; each write is answered once the two other frontends have taken word of it; four change streams (three frontends, stats) listen to the league; baseline: the emulator alone, on a collection nobody listens to)

| Write | Conn. | Throughput · p50 / p99 ms | Baseline | Ratio |
| --- | ---: | --- | --- | ---: |
| create a player (\`POST /api/teams/Chelsea/players\`) | 1 | $(cell create.1) | one-document create in the emulator: $(cell emulator-create.1) | $(percent "${R[create.1.rps]}" "${R[emulator-create.1.rps]}") |
| create a player straight to playerops (\`POST /teams/Chelsea/players\`: no frontend, the change streams still listen) | 1 | $(cell playerops-create.1) | ratio: the frontend's create above, as a share of this | $(percent "${R[create.1.rps]}" "${R[playerops-create.1.rps]}") |
| one-document create in the emulator into the players' collection (\`Teams\`, where the change streams listen) | 1 | $(cell emulator-listened-create.1) | ratio: the create straight to playerops above, as a share of this | $(percent "${R[playerops-create.1.rps]}" "${R[emulator-listened-create.1.rps]}") |
| create a player | 16 | $(cell create.16) | one-document create in the emulator: $(cell emulator-create.16) | $(percent "${R[create.16.rps]}" "${R[emulator-create.16.rps]}") |
| transfer (\`POST /api/transfers\`), one pair of teams | 1 | $(cell transfer.1) | | |
| transfer, two disjoint pairs of teams | 2 | $(cell transfer.2) | | |
| delete the created players (\`DELETE /api/teams/Chelsea/players/{name}\`, curl) | 16 | $(thousands "$((DELETE_COUNT * 1000 / (DELETE_MS > 0 ? DELETE_MS : 1)))") req/s ($(thousands "$DELETE_OK") deleted in $(seconds "$DELETE_MS") s) | | |

**Import** of a generated players file ($(thousands "$IMPORT_ROWS") rows, $(thousands "$CSV_BYTES") bytes, \`POST /api/import/players\`)

| Import | Result | Time | Rows/s | Baseline, one request at a time | Ratio |
| --- | --- | ---: | ---: | --- | ---: |
| first (all new) | HTTP ${R[import.first.status]} \`${R[import.first.summary]}\` | ${R[import.first.seconds]} s | $(thousands "${R[import.first.rps]}") | 500-write \`:commit\`s straight to the emulator: $(thousands "$commit_docs") documents/s | $(percent "${R[import.first.rps]}" "$commit_docs") |
| again (unchanged) | HTTP ${R[import.again.status]} \`${R[import.again.summary]}\` | ${R[import.again.seconds]} s | $(thousands "${R[import.again.rps]}") | 300-document \`:batchGet\`s straight to the emulator: $(thousands "$batchget_docs") documents/s | $(percent "${R[import.again.rps]}" "$batchget_docs") |

**Start and memory**

| Figure | Value | Baseline |
| --- | --- | --- |
| AppHost cold start to all four services healthy (\`dotnet run --no-build\`) | $(seconds "$COLD_START_MS") s (healthy: $HEALTHY_ORDER) | bench host (same binaries, no DCP, no dashboard): $(seconds "$BENCH_HOST_READY_MS") s, of it the emulator $(seconds "$EMULATOR_READY_MS") s |
| AppHost stop (SIGTERM to all its processes gone) | $(seconds "$APPHOST_STOP_MS") s | |
| All AppHost processes idle (DCP, dashboard, emulator, services) | $(thousands "$APPHOST_TOTAL_MB") MB | |
| frontend resident after the load | ${RSS[frontend]} MB (private ${PRIVATE[frontend]} MB) | idle under the AppHost: ${APPHOST_RSS[Frontend]:-?} MB |
| frontend replica resident after the load | ${RSS[replica]} MB (private ${PRIVATE[replica]} MB) | |
| stats resident after the load | ${RSS[stats]} MB (private ${PRIVATE[stats]} MB) | idle under the AppHost: ${APPHOST_RSS[Stats]:-?} MB |
| playerops resident after the load | ${RSS[playerops]} MB (private ${PRIVATE[playerops]} MB) | idle under the AppHost: ${APPHOST_RSS[PlayerOps]:-?} MB |
| transfer resident after the load | ${RSS[transfer]} MB (private ${PRIVATE[transfer]} MB) | idle under the AppHost: ${APPHOST_RSS[Transfer]:-?} MB |
| YARP proxy resident after the load | ${RSS[proxy]} MB (private ${PRIVATE[proxy]} MB) | |
| emulator (JVM) resident after the load | ${RSS[firestore]} MB | |

**Targets of issue 7**

| Target | | Measured |
| --- | --- | --- |
$(ratio_target api yarp 1.0 "frontend /api reads ≥ the YARP peer")
$(ratio_target original yarp 1.0 "frontend original-route reads ≥ the YARP peer")
$(ratio_target api direct 0.2 "frontend /api reads ≥ 20% of stats direct")
$(ratio_target original direct 0.2 "frontend original-route reads ≥ 20% of stats direct")
$(ratio_target forwarded yarp 1.0 "the frontend's hop alone (no cache) ≥ the YARP peer" info)
$(ratio_target direct bare 0.5 "stats reads ≥ 50% of its bare endpoint")
| frontend p99 at 1 connection < 2 ms | $(met $((p99_worst < 2000))) | highest $(ms "$p99_worst") ms ($p99_at) |
| import ≥ 10,000 rows/s | $(met "$import_ok") | $(thousands "${R[import.first.rps]}") rows/s |
| AppHost cold start < 15 s | $(met $((COLD_START_MS < 15000))) | $(seconds "$COLD_START_MS") s |
| each service < 150 MB resident after the load | $(met $((max_rss < 150))) | highest $max_rss MB ($max_rss_of) |
| a write straight to a backend in every replica's cache within 1 s (the tests' bound) | for information | slowest $(fresh_field cache "$FRONTEND" max_ms) ms (frontend), $(fresh_field cache "$REPLICA" max_ms) ms (replica); not within 2 s: $(($(fresh_field cache "$FRONTEND" missed) + $(fresh_field cache "$REPLICA" missed))) |
EOF
}

REPORT=$(report)
{
  echo "# Benchmark: the latest run"
  echo
  echo "Written by \`bash bench/run.sh\`; what the figures mean: [docs/performance.md](../../docs/performance.md)."
  echo
  echo "$REPORT"
} >"$LATEST"
if [[ ${BENCH_NO_HISTORY:-} != 1 ]]; then
  # The history is the end of docs/performance.md: each run is appended, one level below its heading.
  { echo; sed 's/^## Run/### Run/' <<<"$REPORT"; } >>"$HISTORY"
fi
echo "$REPORT"
log "written to $LATEST$([[ ${BENCH_NO_HISTORY:-} == 1 ]] || echo " and appended to $HISTORY")"
