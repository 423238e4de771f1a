#!/usr/bin/env bash
# Runs a real Neo4j Community 5.26 server (embedded behind a Bolt connector, see pom.xml and
# src/main/java/kg/neo4j/Launcher.java) for development and CI.
#
#   bash scripts/neo4j/neo4j.sh build    compile the launcher and copy its classpath (Maven)
#   bash scripts/neo4j/neo4j.sh start    start in the background, wait until Bolt accepts logins
#   bash scripts/neo4j/neo4j.sh stop     SIGTERM, wait for a clean shutdown, then SIGKILL
#   bash scripts/neo4j/neo4j.sh status   exit 0 if running, 3 if not
#   bash scripts/neo4j/neo4j.sh run      run in the foreground (Ctrl-C stops it)
#
# Environment (defaults in brackets):
#   NEO4J_BOLT_PORT [7687]   NEO4J_DATA_DIR [<repo>/.neo4j/data]
#   NEO4J_USERNAME [neo4j]   NEO4J_PASSWORD [kg-password]   (set on first start of a data dir)
#   NEO4J_HEAP [1g]          NEO4J_PAGECACHE [128m]        NEO4J_START_TIMEOUT [180] seconds
#   NEO4J_RUN_DIR [<repo>/.neo4j]  where the pidfile and log go: neo4j-<port>.pid / .log
#   NEO4J_JAVA_OPTS []       extra JVM options; the test setup passes -XX:TieredStopAtLevel=1,
#                            which roughly halves startup CPU (no C2 compiles) for short runs
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PORT="${NEO4J_BOLT_PORT:-7687}"
RUN_DIR="${NEO4J_RUN_DIR:-$ROOT/.neo4j}"
export NEO4J_DATA_DIR="${NEO4J_DATA_DIR:-$ROOT/.neo4j/data}"
export NEO4J_BOLT_PORT="$PORT"
export NEO4J_USERNAME="${NEO4J_USERNAME:-neo4j}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-kg-password}"
export NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-128m}"
HEAP="${NEO4J_HEAP:-1g}"
TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
PIDFILE="$RUN_DIR/neo4j-$PORT.pid"
LOG="$RUN_DIR/neo4j-$PORT.log"
TARGET="$HERE/target"
STAMP="$TARGET/kg-build.stamp"
CLASSPATH_VALUE="$TARGET/classes:$TARGET/lib/*"

say() { printf 'neo4j.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# The build is cached: it reruns only when pom.xml or the launcher source changed.
source_hash() {
  cat "$HERE/pom.xml" $(find "$HERE/src" -type f | sort) | sha256sum | cut -d' ' -f1
}

build() {
  command -v java >/dev/null || die "java not found: install a Java 17 JDK (apt-get install -y openjdk-17-jdk-headless)"
  local want
  want="$(source_hash)"
  if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" && -d "$TARGET/lib" && -d "$TARGET/classes" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || die "mvn not found: install Maven (apt-get install -y maven)"
  say "building the Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)..."
  local started=$SECONDS
  rm -rf "$TARGET/lib"
  # Debian's Maven prints colour resets even with -B -q; strip them so CI logs stay clean.
  (cd "$HERE" && mvn -q -B package -DskipTests 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g') ||
    die "Maven build of scripts/neo4j failed (see output above)"
  echo "$want" >"$STAMP"
  say "built in $((SECONDS - started))s: $(ls "$TARGET/lib" | wc -l) jars in $TARGET/lib"
}

pid_alive() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid
  pid="$(cat "$PIDFILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

read -r -a EXTRA_JAVA_OPTS <<<"${NEO4J_JAVA_OPTS:-}"
JAVA_CMD=(java -Xms256m "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC
  ${EXTRA_JAVA_OPTS[@]+"${EXTRA_JAVA_OPTS[@]}"} -cp "$CLASSPATH_VALUE" kg.neo4j.Launcher)

start() {
  if pid_alive; then
    say "already running (pid $(cat "$PIDFILE"), bolt://127.0.0.1:$PORT)"
    return 0
  fi
  if port_open; then
    die "port $PORT is already in use by another process: stop it, or set NEO4J_BOLT_PORT to a free port"
  fi
  build
  mkdir -p "$RUN_DIR" "$NEO4J_DATA_DIR"
  local started=$SECONDS
  # Truncate here, not in the child's redirection: otherwise the wait loop below could still see
  # the READY line of the previous run before the child gets to truncate the file.
  : >"$LOG"
  nohup "${JAVA_CMD[@]}" >>"$LOG" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PIDFILE"
  while ((SECONDS - started < TIMEOUT)); do
    if grep -q '^KG-NEO4J READY' "$LOG" 2>/dev/null; then
      say "started in $((SECONDS - started))s: $(grep '^KG-NEO4J READY' "$LOG" | head -1 | cut -d' ' -f3-) (pid $pid, log $LOG)"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PIDFILE"
      say "Neo4j exited during startup; last lines of $LOG:"
      tail -n 40 "$LOG" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
  say "Neo4j did not accept logins within ${TIMEOUT}s (raise NEO4J_START_TIMEOUT?); last lines of $LOG:"
  tail -n 40 "$LOG" >&2 || true
  stop_pid "$pid"
  rm -f "$PIDFILE"
  exit 1
}

stop_pid() {
  local pid=$1 waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if ((waited >= 60)); then
      say "pid $pid did not stop within 30s after SIGTERM; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
}

stop() {
  if ! pid_alive; then
    rm -f "$PIDFILE"
    say "not running (port $PORT)"
    return 0
  fi
  local pid
  pid="$(cat "$PIDFILE")"
  stop_pid "$pid"
  rm -f "$PIDFILE"
  say "stopped (pid $pid)"
}

status() {
  if pid_alive; then
    echo "running: pid $(cat "$PIDFILE"), bolt://127.0.0.1:$PORT, data $NEO4J_DATA_DIR, log $LOG"
    return 0
  fi
  echo "not running (port $PORT)"
  return 3
}

run() {
  build
  mkdir -p "$NEO4J_DATA_DIR"
  exec "${JAVA_CMD[@]}"
}

case "${1:-}" in
  build) build ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  restart) stop; start ;;
  run) run ;;
  *) die "usage: neo4j.sh build|start|stop|status|restart|run" ;;
esac
