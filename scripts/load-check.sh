#!/usr/bin/env bash
# Saturation check: starts the packaged service on 127.0.0.1 at a random port, runs wrk for DURATION seconds (at most
# 60) with a mix of valid and invalid requests to every operation (scripts/load-mix.lua), and meanwhile asks the
# readiness check every second and samples the service's resident memory. Passes when every answer was an intended
# 2xx or 4xx, health answered throughout and resident memory stayed under MAX_RSS_MB. Stops the service at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60}; [ "$DURATION" -gt 60 ] && DURATION=60
CONNECTIONS=${CONNECTIONS:-16}
MAX_RSS_MB=${MAX_RSS_MB:-1024}
INTENDED="200 400 413 415 429"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
JAR=rules-service/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B --no-transfer-progress -q -pl rules-service -am package -DskipTests
PORT=$(( 20000 + RANDOM % 40000 ))
WORK=$(mktemp -d)
java -Xmx512m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null || true; wait "$SERVICE" 2>/dev/null || true' EXIT
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 600); do
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVICE" 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
  sleep 1
done
rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVICE/status"; }
echo "service up on port $PORT, resident memory $(rss_mb) MB; running wrk for ${DURATION}s with $CONNECTIONS connections"
LOAD_AUTH=$(printf 'case-system:case-system-demo' | base64) EXAMPLES=rules-service/src/main/resources/examples \
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 60s -s scripts/load-mix.lua "$BASE" >"$WORK/wrk.txt" 2>&1 &
WRK=$!
HEALTH_OK=0; HEALTH_FAILED=0; MAX_RSS=0; SLOWEST_HEALTH=0
while kill -0 "$WRK" 2>/dev/null; do
  START=$(date +%s%N)
  if curl -fs --max-time 5 "$BASE/q/health/ready" >/dev/null; then HEALTH_OK=$((HEALTH_OK + 1)); else HEALTH_FAILED=$((HEALTH_FAILED + 1)); fi
  TOOK=$(( ($(date +%s%N) - START) / 1000000 )); [ "$TOOK" -gt "$SLOWEST_HEALTH" ] && SLOWEST_HEALTH=$TOOK
  RSS=$(rss_mb); [ "$RSS" -gt "$MAX_RSS" ] && MAX_RSS=$RSS
  sleep 1
done
wait "$WRK" || true
cat "$WORK/wrk.txt"
UNINTENDED=$(awk '/^STATUSES/ {on=1; next} on && /^[0-9]+ [0-9]+$/ {print $1}' "$WORK/wrk.txt" | while read -r s; do
  case " $INTENDED " in *" $s "*) ;; *) echo "$s";; esac; done)
echo "health: $HEALTH_OK answered, $HEALTH_FAILED failed, slowest ${SLOWEST_HEALTH} ms; peak resident memory ${MAX_RSS} MB (limit ${MAX_RSS_MB} MB)"
FAIL=0
[ -z "$UNINTENDED" ] || { echo "FAIL: unintended statuses: $UNINTENDED"; FAIL=1; }
grep -q '^STATUSES' "$WORK/wrk.txt" || { echo "FAIL: wrk gave no statuses"; FAIL=1; }
[ "$HEALTH_FAILED" -eq 0 ] || { echo "FAIL: health did not answer $HEALTH_FAILED times"; FAIL=1; }
[ "$MAX_RSS" -le "$MAX_RSS_MB" ] || { echo "FAIL: resident memory reached $MAX_RSS MB"; FAIL=1; }
[ "$FAIL" -eq 0 ] && echo "PASS"
exit "$FAIL"
