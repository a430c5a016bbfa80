#!/usr/bin/env bash
# Measures what issue 10 asks for and writes one Markdown table (target/benchmark/results.md):
#   1. startup: launch to first verdict, against the same service built without its rules (the benchmark build,
#      whose rules load on first use) launch to first answer from its canned endpoint, in the same run;
#   2. per assessment: JMH, the SUDI example fully explained with and without what-if, one and two threads;
#   3. HTTP: wrk on POST /api/v1/assessments?impact=false against the benchmark build's no-op comparator
#      (reads the same body, answers a canned document of the same size), throughput ratio and p50/p99;
#   4. memory: resident memory under that load with -Xmx128m and with default settings;
#   5. the policy tool: validate and test on an edited copy of rules/ (cold), on the shipped rules, and a generated
#      corpus of 10,000 cases.
# Every figure that depends on the machine is reported beside its comparator from the same run: the machines this
# runs on are shared, and absolute times vary by 2x from run to run. Nothing here asserts a time.
#
# Usage: scripts/benchmark.sh            full run (about 15 minutes on 2 cores)
#        scripts/benchmark.sh --quick    a short smoke run of every step (figures are not meaningful)
# JMH warms up for 24 s: an explained assessment runs through a lot of code, and with less the JIT was still
# compiling it during measurement (each iteration faster than the last).
# Needs: JDK 17, curl, python3, wrk (installed with apt-get if missing and running as root).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${BENCHMARK_OUT:-$ROOT/target/benchmark}
QUICK=false
[[ "${1:-}" == "--quick" ]] && QUICK=true
MVN=(./mvnw -B --no-transfer-progress -q)
SUDI=rules-service/src/main/resources/examples/sudi.request.json
if $QUICK; then
  STARTS=1; WRK_SECONDS=3; WARM_SECONDS=2; JMH=(-f 1 -wi 1 -w 1s -i 1 -r 1s); CORPUS_SIZE=200
else
  STARTS=3; WRK_SECONDS=20; WARM_SECONDS=10; JMH=(-f 1 -wi 6 -w 4s -i 5 -r 3s); CORPUS_SIZE=10000
fi
WRK_CONNECTIONS=8
WRK_THREADS=2

mkdir -p "$OUT"
rm -rf "${OUT:?}"/*
LOG=$OUT/benchmark.log
STARTED=()
say() { echo "[benchmark] $*" | tee -a "$LOG" >&2; }
cleanup() { for pid in "${STARTED[@]:-}"; do [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk; then
  if [[ $(id -u) == 0 ]] && need apt-get; then
    say "installing wrk"; (apt-get update -qq && apt-get install -y -qq wrk) >>"$LOG" 2>&1
  else
    echo "wrk is needed: apt-get install wrk" >&2; exit 1
  fi
fi
for tool in java curl python3; do need "$tool" || { echo "$tool is needed" >&2; exit 1; }; done

free_port() { python3 -c 'import random,socket
while True:
    p=random.randint(20000,60000); s=socket.socket()
    try: s.bind(("127.0.0.1",p)); s.close(); print(p); break
    except OSError: pass'; }

# Starts an app (quarkus-app directory) on a random port; sets PID, PORT and LAUNCHED (epoch seconds).
start_app() {
  local app=$1; shift
  PORT=$(free_port)
  LAUNCHED=$(date +%s.%N)
  java "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$app/quarkus-run.jar" >>"$LOG" 2>&1 &
  PID=$!
  STARTED+=("$PID")
}
stop_app() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }

# Milliseconds from launch until a POST of the SUDI body to $1 answers 200 (polls every 10 ms); run right after start_app.
# Fails at once when the app ($3) has exited or something other than it answers: another process took the port.
ms_to_first_answer() {
  python3 - "$1" "$SUDI" "$2" "$3" <<'PY'
import os, sys, time, http.client
url, body_file, launched, pid = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
body = open(body_file, 'rb').read()
host, rest = url.split('//')[1].split('/', 1)
deadline = time.time() + 300
while time.time() < deadline:
    try:
        c = http.client.HTTPConnection(host, timeout=60)
        c.request('POST', '/' + rest, body, {'Content-Type': 'application/json', 'Authorization': 'Basic ' + __import__('base64').b64encode(b'lead:lead-demo').decode()})
        r = c.getresponse(); r.read()
        if r.status == 200:
            print(round((time.time() - launched) * 1000)); sys.exit(0)
    except http.client.HTTPException:
        sys.exit(1)
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit(1)
    time.sleep(0.01)
print('timeout'); sys.exit(1)
PY
}

# Starts an app and waits for its first answer at path $2; sets PID, PORT and FIRST_MS. A port taken by another process
# between choosing it and binding it makes the app exit: it is started again on another port.
start_and_wait() {
  local app=$1 path=$2; shift 2
  for attempt in 1 2 3; do
    start_app "$app" "$@"
    if FIRST_MS=$(ms_to_first_answer "http://127.0.0.1:$PORT$path" "$LAUNCHED" "$PID"); then
      return 0
    fi
    say "no answer from $app on port $PORT (attempt $attempt): starting it again on another port"
    stop_app
  done
  echo "$app never answered; see $LOG" >&2
  exit 1
}

median() { python3 -c 'import sys,statistics; v=[float(x) for x in sys.argv[1:]]; print(round(statistics.median(v)))' "$@"; }

# Peak resident memory (MB) of PID while wrk runs; wrk output in $1.
run_wrk() {
  local out=$1 url=$2 seconds=$3
  local lua=$OUT/post.lua
  python3 - "$SUDI" "$lua" <<'PY'
import sys, json
body = open(sys.argv[1]).read()
open(sys.argv[2], 'w').write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                             'wrk.headers["Authorization"] = "Basic bGVhZDpsZWFkLWRlbW8="\nwrk.body = ' + json.dumps(body) + '\n')
PY
  local peak=0
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${seconds}s" --latency -s "$lua" "$url" >"$out" 2>&1 &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    local rss; rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$PID/status" 2>/dev/null || echo 0)
    (( rss > peak )) && peak=$rss
    sleep 0.5
  done
  wait "$wrk_pid" || true
  echo "$peak"
}
wrk_field() { # requests/s, p50, p99, errors from a wrk output file
  python3 - "$1" <<'PY'
import sys, re
t = open(sys.argv[1]).read()
def ms(v):
    m = re.match(r'([\d.]+)(us|ms|s|m)$', v)
    if not m:
        return float('nan')
    n, unit = float(m.group(1)), m.group(2)
    return {'us': n / 1000, 'ms': n, 's': n * 1000, 'm': n * 60000}[unit]
rps = re.search(r'Requests/sec:\s+([\d.]+)', t)
# Anchored: "50%" also ends a column of wrk's thread statistics ("60.50%").
p50 = re.search(r'^\s*50%\s+(\S+)', t, re.M); p99 = re.search(r'^\s*99%\s+(\S+)', t, re.M)
errors = sum(int(x) for x in re.findall(r'Non-2xx or 3xx responses: (\d+)', t))
socket = re.search(r'Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)', t)
errors += sum(int(x) for x in socket.groups()) if socket else 0
print(f"{float(rps.group(1)) if rps else 0:.0f} {ms(p50.group(1)) if p50 else 0:.2f} {ms(p99.group(1)) if p99 else 0:.2f} {errors}")
PY
}

say "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); results in $OUT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- builds: the benchmark build first, so rules-service/target/quarkus-app is the ordinary service afterwards
say "building the benchmark build (comparator endpoint, rules loaded on first use)"
"${MVN[@]}" -pl rules-service -am package -DskipTests -Dquarkus.profile=benchmark >>"$LOG" 2>&1
cp -r rules-service/target/quarkus-app "$OUT/app-benchmark"
say "building the service and the policy tool"
"${MVN[@]}" -pl rules-service,test-cases -am package -DskipTests >>"$LOG" 2>&1
cp -r rules-service/target/quarkus-app "$OUT/app-service"
cp test-cases/target/policy-tool.jar "$OUT/policy-tool.jar"

# --- 1. startup
SERVICE_MS=(); COMPARATOR_MS=()
for i in $(seq "$STARTS"); do
  start_and_wait "$OUT/app-service" "/api/v1/assessments?impact=false"
  SERVICE_MS+=("$FIRST_MS"); stop_app
  start_and_wait "$OUT/app-benchmark" "/benchmark/canned-response?bytes=100"
  COMPARATOR_MS+=("$FIRST_MS"); stop_app
  say "startup run $i: first verdict ${SERVICE_MS[-1]} ms, service without rules ${COMPARATOR_MS[-1]} ms"
done
START_SERVICE=$(median "${SERVICE_MS[@]}"); START_COMPARATOR=$(median "${COMPARATOR_MS[@]}")

# --- 3 and 4. HTTP throughput and memory
http_round() { # $1 = label, remaining = JVM options; prints "rps p50 p99 errors rss" for real and canned
  start_and_wait "$OUT/app-benchmark" "/api/v1/assessments?impact=false" "${@:2}"
  local base="http://127.0.0.1:$PORT"
  local size; size=$(curl -s -u lead:lead-demo -H 'Content-Type: application/json' --data-binary @"$SUDI" "$base/api/v1/assessments?impact=false" | wc -c)
  run_wrk "$OUT/wrk-$1-warm-real.txt" "$base/api/v1/assessments?impact=false" "$WARM_SECONDS" >/dev/null
  run_wrk "$OUT/wrk-$1-warm-canned.txt" "$base/benchmark/canned-response?bytes=$size" "$WARM_SECONDS" >/dev/null
  local rss_real rss_canned
  rss_real=$(run_wrk "$OUT/wrk-$1-real.txt" "$base/api/v1/assessments?impact=false" "$WRK_SECONDS")
  rss_canned=$(run_wrk "$OUT/wrk-$1-canned.txt" "$base/benchmark/canned-response?bytes=$size" "$WRK_SECONDS")
  stop_app
  echo "$size $(wrk_field "$OUT/wrk-$1-real.txt") $rss_real $(wrk_field "$OUT/wrk-$1-canned.txt") $rss_canned"
}
say "wrk, default heap"
read -r SIZE RPS P50 P99 ERR RSS C_RPS C_P50 C_P99 C_ERR C_RSS <<<"$(http_round default)"
[[ -n "${C_RSS:-}" ]] || { echo "the HTTP round did not finish; see $LOG" >&2; exit 1; }
say "wrk, -Xmx128m"
read -r _ RPS128 P50_128 P99_128 ERR128 RSS128 _ _ _ _ _ <<<"$(http_round xmx128m -Xmx128m)"
[[ -n "${RSS128:-}" ]] || { echo "the HTTP round with -Xmx128m did not finish; see $LOG" >&2; exit 1; }

# --- 2. JMH
say "JMH"
"${MVN[@]}" -pl rules-core -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/jmh-classpath.txt" >>"$LOG" 2>&1
java -cp "rules-core/target/test-classes:rules-core/target/classes:$(cat "$OUT/jmh-classpath.txt")" org.openjdk.jmh.Main \
  uk.safeguarding.rules.benchmark.AssessmentBenchmark "${JMH[@]}" -prof gc -rf json -rff "$OUT/jmh.json" >"$OUT/jmh.txt" 2>&1
# Bytes allocated per assessment (JMH's gc profiler) do not depend on how busy the machine is: a steady second measure.
read -r JMH_PLAIN JMH_WHATIF JMH_ONE JMH_TWO JMH_LOAD JMH_RULES KB_PLAIN KB_WHATIF KB_RULES <<<"$(python3 - "$OUT/jmh.json" <<'PY'
import sys, json
results = json.load(open(sys.argv[1]))
r = {b['benchmark'].rsplit('.', 1)[1]: b['primaryMetric']['score'] for b in results}
kb = {b['benchmark'].rsplit('.', 1)[1]: b.get('secondaryMetrics', {}).get('gc.alloc.rate.norm', {}).get('score', 0) / 1024 for b in results}
print(f"{r['sudiExplainedWithoutWhatIf']:.1f} {r['sudiExplainedWithWhatIf']:.1f} {r['sudiThroughputOneThread']:.0f} "
      f"{r['sudiThroughputTwoThreads']:.0f} {r['loadTheShippedNationalRules']:.0f} {r['sudiRulesOnly']:.1f} "
      f"{kb['sudiExplainedWithoutWhatIf']:.0f} {kb['sudiExplainedWithWhatIf']:.0f} {kb['sudiRulesOnly']:.0f}")
PY
)"

# --- 5. policy tool
say "policy tool"
timed() { local t0; t0=$(date +%s.%N); "$@" >>"$LOG" 2>&1 || true; python3 -c "import time; print(f'{time.time()-$t0:.1f}')"; }
EDITED=$OUT/edited-rules
mkdir -p "$EDITED"
for entry in rules/*; do [[ "$entry" == rules/pom.xml || "$entry" == rules/target ]] || cp -r "$entry" "$EDITED"/; done
echo "// edited for the benchmark: any change to a rule file means compiling again" >>"$EDITED/national/serious-case.drl"
TOOL=(java -jar "$OUT/policy-tool.jar")
VALIDATE_EDITED=$(SAFEGUARDING_RULES_CACHE="$OUT/cache-validate" timed "${TOOL[@]}" validate --rules "$EDITED")
TEST_EDITED=$(SAFEGUARDING_RULES_CACHE="$OUT/cache-test" timed "${TOOL[@]}" test --rules "$EDITED" --junit-xml "$OUT/t.xml" --report "$OUT/t.md")
VALIDATE_SHIPPED=$(SAFEGUARDING_RULES_CACHE=off timed "${TOOL[@]}" validate --rules rules)
TEST_SHIPPED=$(SAFEGUARDING_RULES_CACHE=off timed "${TOOL[@]}" test --rules rules --junit-xml "$OUT/t.xml" --report "$OUT/t.md")
CORPUS=$OUT/corpus
python3 - test-cases/cases "$CORPUS" "$CORPUS_SIZE" <<'PY'
import sys, os, glob
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(glob.glob(os.path.join(src, '**', '*.yaml'), recursive=True))
os.makedirs(dst, exist_ok=True)
for i in range(n):
    text = open(files[i % len(files)]).read()
    open(os.path.join(dst, f'case-{i:05d}.yaml'), 'w').write(text)
PY
TEST_CORPUS=$(SAFEGUARDING_RULES_CACHE=off timed "${TOOL[@]}" test --rules rules --cases "$CORPUS" --junit-xml "$OUT/c.xml" --report "$OUT/c.md")

# --- the table
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$OUT/results.md" <<PY
import sys, platform, os, subprocess
def r(a, b): return f"{float(a)/float(b):.2f}" if float(b) else "n/a"
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), platform.processor())
mem = next((int(l.split()[1]) // 1024 for l in open('/proc/meminfo') if l.startswith('MemTotal')), 0)
java = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]
quick = " (quick smoke run: figures not meaningful)" if "$QUICK" == "true" else ""
rows = [
 ("1. Startup: launch to first verdict", "$START_SERVICE ms", "$START_COMPARATOR ms (same service built without rules, first answer)", r($START_SERVICE, $START_COMPARATOR) + "x", "≤ 1.3x"),
 ("2. SUDI fully explained, no what-if (JMH, 1 thread)", "$JMH_PLAIN µs ($KB_PLAIN KB allocated)", "", "", "≤ 50 µs"),
 ("2. The same case, the rules alone without explanations (JMH, for the profile)", "$JMH_RULES µs ($KB_RULES KB allocated)", "", "", ""),
 ("2. SUDI fully explained, with what-if (JMH)", "$JMH_WHATIF µs ($KB_WHATIF KB allocated)", "", "", "≤ 500 µs"),
 ("6. Scaling: SUDI assessments/s, 2 threads vs 1 (JMH)", "$JMH_TWO/s", "$JMH_ONE/s (1 thread)", r($JMH_TWO, $JMH_ONE) + "x", "≥ 1.7x"),
 ("Loading the shipped national rules in process (JMH, single shot)", "$JMH_LOAD ms", "", "", ""),
 ("3. HTTP: POST /api/v1/assessments?impact=false (wrk -t$WRK_THREADS -c$WRK_CONNECTIONS, ${WRK_SECONDS}s)", "$RPS req/s, p50 $P50 ms, p99 $P99 ms", "$C_RPS req/s, p50 $C_P50 ms, p99 $C_P99 ms (no-op comparator, $SIZE-byte canned response)", r($RPS, $C_RPS) + "x", "≥ 0.5x"),
 ("4. Resident memory under that load, -Xmx128m", "$RSS128 MB peak ($RPS128 req/s, p99 $P99_128 ms, $ERR128 errors)", "", "", "≤ 250 MB, no errors"),
 ("4. Resident memory under that load, default settings", "$RSS MB peak ($ERR errors)", "$C_RSS MB (comparator load)", "", "report"),
 ("5. Policy tool validate, edited copy of rules/ (cold, every profile)", "$VALIDATE_EDITED s", "", "", "≤ 8 s"),
 ("5. Policy tool test, edited copy of rules/ (cold, every profile)", "$TEST_EDITED s", "", "", "≤ 8 s"),
 ("5. Policy tool validate, shipped rules (the build's compiled model)", "$VALIDATE_SHIPPED s", "", "", "< 3 s"),
 ("5. Policy tool test, shipped rules", "$TEST_SHIPPED s", "", "", "< 3 s"),
 ("5. Policy tool test, generated corpus of $CORPUS_SIZE cases", "$TEST_CORPUS s", "", "", "≤ 10 s (10,000 cases)"),
]
with open(sys.argv[1], 'w') as f:
    f.write(f"Measured by scripts/benchmark.sh{quick} on a {os.cpu_count()}-core {cpu}, {mem} MB, "
            f"{platform.system()} {platform.release()}, {java}; load average $LOAD_BEFORE before, $LOAD_AFTER after.\n\n")
    f.write("| Goal | Measured | Comparator (same run) | Ratio | Target |\n|---|---|---|---|---|\n")
    for row in rows:
        f.write("| " + " | ".join(row) + " |\n")
print(open(sys.argv[1]).read())
PY
say "done: $OUT/results.md (raw output beside it)"
