#!/usr/bin/env bash
# Booking surge benchmark: 10,000 lock attempts from 2,000 residents at once on 100 units, with
# the ceilings and the baseline measured in the same run. See bench/README.md.
#
#   bench/booking-surge.sh            (from anywhere; needs redis-cli, redis-benchmark,
#                                      psql/createdb/dropdb/pgbench, node, openssl, java 17)
#
# Knobs (environment): BUILD=auto|always|never, PORT=18080, RESIDENTS=2000, REQUESTS=10000,
# CONNECTIONS=200, THREADS=2 (pgbench -j), WARMUP=1 (WARMUP_ROUNDS=4, at most 4, surges of WARMUP_REQUESTS=50000
# on other schedules of 5-minute slots of WARMUP_UNITS=50 units before the surge, and each GET ceiling run once
# untimed, to warm the JIT), BASELINE_CLIENTS=64 (pgbench; PostgreSQL's max_connections is 100),
# RESULTS=bench/RESULTS.md, APPEND=1 (append a section to RESULTS), JFR=<dir> (flight recordings of
# the surge, the sold-out run and the JWT + Redis endpoint; JFR_SETTINGS=profile or a .jfc), JAVA_OPTS (default: the heap and
# collector the JVM image runs with in its 512 MB container, see docker/Dockerfile.jvm), JAR (the app to
# run, default backend/target/quarkus-app/quarkus-run.jar), SURGE_ONLY=1 (stop after the surge and its
# checks, printing its figures: about 1.5 minutes, for comparing two builds or settings run after run),
# KEEP_DB=1 (leave the database for a look afterwards).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
PORT=${PORT:-18080}
DB=jiayi_bench
PGHOST=127.0.0.1
PGUSER=postgres
export PGHOST PGUSER
RESIDENTS=${RESIDENTS:-2000}
REQUESTS=${REQUESTS:-10000}
CONNECTIONS=${CONNECTIONS:-200}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-1}
WARMUP_REQUESTS=${WARMUP_REQUESTS:-50000}
WARMUP_UNITS=${WARMUP_UNITS:-50}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-4}
BASELINE_CLIENTS=${BASELINE_CLIENTS:-64}
RESULTS=${RESULTS:-$BENCH/RESULTS.md}
SURGE_ONLY=${SURGE_ONLY:-0}
APPEND=${APPEND:-1}
BUILD=${BUILD:-auto}
# A 224 MB heap committed at start, the G1 collector: as docker/Dockerfile.jvm sets them.
# With -Xms128m the old generation filled every 5-8 s under the surge's load and each full
# collection stopped the app for about 100 ms (bench/RESULTS.md, 2026-11-26 04:06). Committed at
# start, the parallel collector still filled it in some 100 s of load (its survivor spaces overflow,
# so what lives a few hundred ms is promoted) and stopped the app 170-240 ms to empty it, inside the
# surge in 6 of 8 surge-only runs on 2026-11-27; G1 empties it a part at a time (bench/RESULTS.md,
# "Reading of 2026-11-27 08:40-"). Not 256 MB: the
# app outside its heap takes some 265 MB (metaspace 100, code 37, symbols 22, the collector 19, ...),
# and a heap in use for long is all resident, so 256 MB would end at about 520 MB, over the 512 MB
# container (bench/RESULTS.md, "Reading of 22:00-23:30").
JAVA_OPTS=${JAVA_OPTS:--Xms224m -Xmx224m -XX:+UseG1GC}
JAR=${JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}
BASE="http://127.0.0.1:$PORT"

WORK=$(mktemp -d /tmp/jiayi-bench.XXXXXX)
APP_PID=""
SAMPLER_PID=""
LINES=()   # summary lines

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
summary() { LINES+=("$1"); printf '%s\n' "$1"; }

cleanup() {
    local rc=$?
    set +e
    if [[ -n "$SAMPLER_PID" ]]; then kill "$SAMPLER_PID" 2>/dev/null; wait "$SAMPLER_PID" 2>/dev/null; fi
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the app (pid $APP_PID)"
        kill -TERM "$APP_PID"
        for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID"
        wait "$APP_PID" 2>/dev/null
    fi
    # KEEP_DB=1 leaves the database for a look afterwards (the next run drops it first).
    [[ "${KEEP_DB:-0}" == 1 ]] || dropdb --if-exists --force "$DB" 2>/dev/null
    redis-cli -h 127.0.0.1 FLUSHALL >/dev/null 2>&1
    if [[ $rc -ne 0 && -f "$WORK/app.log" ]]; then
        log "last lines of the app log:"; tail -n 30 "$WORK/app.log" >&2
    fi
    rm -rf "$WORK"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in java node openssl psql createdb dropdb pgbench redis-cli redis-benchmark curl timeout; do
    command -v "$tool" >/dev/null || fail "missing $tool (apt-get install -y redis-tools postgresql-client)"
done

# --- 1. build, database, keys, app ------------------------------------------------------------
cd "$ROOT"
if [[ "$BUILD" == always || ! -f "$JAR" ]] || { [[ "$BUILD" == auto ]] && [[ -n "$(find backend/src devservices pom.xml backend/pom.xml -newer "$JAR" -type f 2>/dev/null | head -n 1)" ]]; }; then
    log "building (./mvnw -B -q -pl backend -am package -DskipTests)"
    timeout 900 ./mvnw -B -q -pl backend -am package -DskipTests
fi
[[ -f "$JAR" ]] || fail "no $JAR"

log "fresh database $DB, Redis FLUSHALL"
dropdb --if-exists --force "$DB"
createdb "$DB"
redis-cli -h 127.0.0.1 FLUSHALL >/dev/null

mkdir -p "$WORK/jwt" "$WORK/seed"
KID=bench1
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt/$KID.pem" 2>/dev/null
export JIAYI_PRIVACY_ENCRYPTION_KEYS_K1=$(openssl rand -base64 32)
export JIAYI_PRIVACY_HASH_KEY=$(openssl rand -base64 32)

BIG=100000000
APPS=0
start_app() { # [VAR=value ...] extra environment -> APP_PID, SAMPLER_PID, GC_LOG; RSS samples into $WORK/rss.txt
    log "starting the app on :$PORT (prod profile${1:+, $*})"
    APPS=$((APPS + 1))
    GC_LOG="$WORK/gc-$APPS.log"
    env QUARKUS_PROFILE=prod \
        QUARKUS_HTTP_PORT="$PORT" \
        QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:5432/$DB" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
        QUARKUS_DATASOURCE_USERNAME=postgres \
        QUARKUS_REDIS_HOSTS=redis://127.0.0.1:6379 \
        JIAYI_JWT_KEY_DIRECTORY="$WORK/jwt" \
        JIAYI_JWT_SIGNING_KEY_ID="$KID" \
        JIAYI_BOOKING_RATE_ACCOUNT_CAPACITY=$BIG JIAYI_BOOKING_RATE_ACCOUNT_PER_MINUTE=$BIG \
        JIAYI_BOOKING_RATE_PATIENT_CAPACITY=$BIG JIAYI_BOOKING_RATE_PATIENT_PER_MINUTE=$BIG \
        JIAYI_BOOKING_RATE_ADDRESS_CAPACITY=$BIG JIAYI_BOOKING_RATE_ADDRESS_PER_MINUTE=$BIG \
        "$@" \
        java $JAVA_OPTS -Xlog:gc:file="$GC_LOG" -jar "$JAR" >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
    # RSS sampler (ps, every 200 ms) for the app's whole life.
    ( while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID" 2>/dev/null >>"$WORK/rss.txt"; sleep 0.2; done ) &
    SAMPLER_PID=$!
    local ready=0
    for _ in $(seq 1 600); do
        kill -0 "$APP_PID" 2>/dev/null || fail "the app exited while starting"
        if curl -fs -o /dev/null "$BASE/q/health/ready"; then ready=1; break; fi
        sleep 0.2
    done
    [[ $ready == 1 ]] || fail "the app was not ready within 120 s"
    log "ready"
}
stop_app() {
    kill "$SAMPLER_PID" 2>/dev/null; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
    kill -TERM "$APP_PID"
    for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}
start_app

# --- seed: directory rows, residents, tokens ------------------------------------------------------
log "seeding $RESIDENTS residents"
node "$BENCH/seed.mjs" "$WORK/seed" "$RESIDENTS" "$WORK/jwt/$KID.pem" "$KID"
# shellcheck disable=SC1091
source "$WORK/seed/ids.env"
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$WORK/seed/directory.sql"
psql -q -v ON_ERROR_STOP=1 -d "$DB" \
    -c "\\copy person (id, name, id_number_enc, id_number_hash, birth_date, sex, created_at, updated_at) FROM '$WORK/seed/persons.csv' CSV" \
    -c "\\copy resident_account (id, phone_enc, phone_hash, person_id, created_at, last_login_at) FROM '$WORK/seed/accounts.csv' CSV"
STAFF_TOKEN=$(cat "$WORK/seed/staff.token")

# Publishes 08:00-10:30 in 15-minute slots of 10 units: 10 slots, 100 public units (no referral share).
publish() { # date [units per slot, 10] [slot minutes, 15] [MORNING|AFTERNOON] -> schedule id; slot ids into $WORK/slots-<date>[-AFTERNOON]
    local date=$1 per_slot=${2:-10} minutes=${3:-15} session=${4:-MORNING} key=$1 start=08:00 end=10:30 out code
    if [[ "$session" == AFTERNOON ]]; then key="$date-AFTERNOON" start=13:30 end=16:00; fi
    out="$WORK/schedule-$key.json"
    code=$(curl -s -o "$out" -w '%{http_code}' -X POST "$BASE/api/v1/schedules" \
        -H "Authorization: Bearer $STAFF_TOKEN" -H 'Content-Type: application/json' \
        -d "{\"doctorId\":\"$DOCTOR_ID\",\"departmentId\":\"$DEPARTMENT_ID\",\"date\":\"$date\",\"session\":\"$session\",\"startTime\":\"$start\",\"endTime\":\"$end\",\"clinicType\":\"GENERAL\",\"slotMinutes\":$minutes,\"capacityPerSlot\":$per_slot,\"feeFen\":0,\"location\":\"bench\"}")
    [[ "$code" == 201 || "$code" == 200 ]] || { cat "$out" >&2; fail "publishing the schedule of $date: HTTP $code"; }
    node -e '
        const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const units = s.slots.reduce((n, t) => n + t.publicCapacity, 0);
        const expected = (150 / Number(process.argv[4])) * Number(process.argv[3]);
        if (units !== expected) { console.error("public units " + units + ", not " + expected); process.exit(1); }
        require("fs").writeFileSync(process.argv[2], s.slots.map(t => t.id).join(","));
        console.log(s.id);' "$out" "$WORK/slots-$key" "$per_slot" "$minutes"
}

surge() { # tag date[-AFTERNOON] -> key=value lines on stdout
    local tag=$1 date=$2
    SURGE_BASE="$BASE" SURGE_MODE=lock SURGE_TOKENS="$WORK/seed/tokens.txt" SURGE_SLOTS="$(cat "$WORK/slots-$date")" \
        SURGE_CPU="$(cpu_pids)" SURGE_REQUESTS="${SURGE_REQUESTS_OVERRIDE:-$REQUESTS}" SURGE_CONNECTIONS="$CONNECTIONS" SURGE_TAG="$tag-$RANDOM" \
        timeout 300 node "$BENCH/surge.mjs"
}
val() { grep "^$1=" "$2" | head -n 1 | cut -d= -f2; }
# CPU used while a run's clock runs, per process, so that a ratio can be read as cost per request.
cpu_pids() { echo "app=$APP_PID;redis=$(pgrep -x redis-server | paste -sd' ');postgres=$(pgrep -x postgres | paste -sd' ')"; }
export SURGE_CLK_TCK=$(getconf CLK_TCK)
# JFR=<dir>: Java Flight Recordings (profile settings) of the surge, the sold-out run and the JWT + Redis
# endpoint, one file each, for reading where a request's CPU goes (jfr print --events ExecutionSample).
jfr_start() { [[ -z "${JFR:-}" ]] || jcmd "$APP_PID" JFR.start name="$1" settings="${JFR_SETTINGS:-profile}" >/dev/null; }
jfr_stop() { [[ -z "${JFR:-}" ]] || { mkdir -p "$JFR"; jcmd "$APP_PID" JFR.stop name="$1" filename="$JFR/$1.jfr" >/dev/null; }; }
cpu_line() { # results-file -> "app A client C redis R postgres P" (microseconds a request)
    echo "app $(val load.cpu_us.app "$1") client $(val load.cpu_us.client "$1") redis $(val load.cpu_us.redis "$1") postgres $(val load.cpu_us.postgres "$1")"
}
q() { psql -d "$DB" -Atq -c "$1"; }

TZ_DATE() { TZ=Asia/Shanghai date -d "+$1 days" +%F; }
SURGE_DATE=$(TZ_DATE 2)
SCHEDULE_ID=$(publish "$SURGE_DATE")
log "schedule $SCHEDULE_ID on $SURGE_DATE: 10 slots, 100 public units"

# Warm-up: a service at a release has run for hours, its code compiled by the JIT; a JVM fresh
# from start runs the first tens of thousands of requests in the interpreter and the compilers,
# which on two cores take most of the CPU. Each round is a surge of WARMUP_REQUESTS on a schedule
# of its own (a morning, then an afternoon, of two days: the bench doctor has one of each a day), in
# 5-minute slots of WARMUP_UNITS (50): 1,500 units for 2,000 residents, so the round sells out as a
# release does. The winners' path - rate limits, the key's claim, the hold in PostgreSQL, the answer
# stored - runs 6,000 times over four rounds, as it has on the working days before a release: code
# run once a hold reaches C2's threshold of 5,000 calls only past 3,000 holds, and with two rounds a
# log of the JIT showed some 40 such methods (java.time and the JSON dates, AES for the masked
# patient, reading the rows) compiled within the surge's first 400 ms, 3 with four (and with 100 units
# a round it ran 200 times, and a log of the JIT showed it compiling about 1,000 methods - the
# PostgreSQL client, the hold, AES for the masked patient - within the surge's second), and the
# sold-out refusal, the surge's commonest answer, runs some 90,000 times. (With 100 units a slot,
# 3,000 a round, no slot sold out: the warm-up's refusals were all the per-doctor limit, and the
# surge was the first to take the sold-out branch, compiled code giving way to the interpreter
# within it.) The round's holds are then cancelled in the database, so every resident comes to the
# surge holding nothing (a hold counts against the department's and the overall limits).
warm_up() { # label day day -> the last round's figures in $WORK/<label>.txt
    local label=$1 round date session key id
    shift
    local days=("$@")
    ((WARMUP_ROUNDS >= 1 && WARMUP_ROUNDS <= 2 * ${#days[@]})) ||
        fail "WARMUP_ROUNDS=$WARMUP_ROUNDS: 1 to $((2 * ${#days[@]})) (a morning and an afternoon on each of ${days[*]}; WARMUP=0 for none)"
    for ((round = 0; round < WARMUP_ROUNDS; round++)); do
        # The mornings first, then the same days' afternoons (the doctor has one session of each a day).
        date=$(TZ_DATE "${days[round % ${#days[@]}]}")
        session=MORNING key=$date
        ((round < ${#days[@]})) || { session=AFTERNOON key="$date-AFTERNOON"; }
        id=$(publish "$date" "$WARMUP_UNITS" 5 "$session")
        log "$label: a surge of $WARMUP_REQUESTS on the schedule of $key ($((WARMUP_UNITS * 30)) units)"
        SURGE_REQUESTS_OVERRIDE=$WARMUP_REQUESTS surge "$label" "$key" >"$WORK/$label.txt"
        log "$label: $(q "WITH c AS (UPDATE booking SET status = 'CANCELLED' WHERE schedule_id = '$id' AND status IN ('HELD', 'CONFIRMED') RETURNING 1) SELECT count(*) FROM c") holds cancelled"
    done
}
# --- ceiling: JWT plus one Redis call (GET /api/v1/bookings/availability/{slot}) ----------------------
# Measured before the lock's warm-up and again just after the surge, and the surge is read against the
# mean of both: this machine's speed drifts by 10-20 % within minutes, and the two runs bracket the surge.
get_load() { # path requests -> key=value lines on stdout
    SURGE_BASE="$BASE" SURGE_MODE=get SURGE_PATH="$1" SURGE_TOKENS="$WORK/seed/tokens.txt" SURGE_REQUESTS="$2" SURGE_CPU="$(cpu_pids)" \
        SURGE_CONNECTIONS="$CONNECTIONS" timeout 300 node "$BENCH/surge.mjs"
}
FIRST_SLOT=$(cut -d, -f1 "$WORK/slots-$SURGE_DATE")
if [[ "$WARMUP" == 1 ]]; then
    log "warm-up: GET /api/v1/bookings/availability/$FIRST_SLOT, $WARMUP_REQUESTS requests, untimed"
    get_load "/api/v1/bookings/availability/$FIRST_SLOT" "$WARMUP_REQUESTS" >/dev/null
fi
log "GET /api/v1/bookings/availability/$FIRST_SLOT, same generator and connections ($REQUESTS x 5 requests)"
get_load "/api/v1/bookings/availability/$FIRST_SLOT" $((REQUESTS * 5)) >"$WORK/gate-before.txt"
cat "$WORK/gate-before.txt" >&2

# The lock's warm-up runs last before the surge, as the row-lock path's does before its own: a JIT log
# showed the GET runs in between deoptimising the shared code (Netty, Jackson, the caches, the token
# check: 70 methods made not entrant) and some 300 compilations in the surge's first seconds, the
# winners' window (bench/RESULTS.md, 2026-11-26, 13:40-14:25). In production, where the image is native,
# no JIT runs at all; on a JVM the compiled code of a service with mixed traffic is already general.
if [[ "$WARMUP" == 1 ]]; then
    warm_up warm 3 5
    cat "$WORK/warm.txt" >&2
fi

# --- 2. the surge -------------------------------------------------------------------------------
# In the minutes before a release the residents' apps poll the slots they wait for (GET
# /api/v1/bookings/availability/{slot}), which has the app remember each slot's facts for a minute: a
# hot slot's first lock does not look them up. One poll of each slot, untimed, before each surge (the
# row-lock baseline's too). Before 1b4d898 the first wave looked up 9 of the 10 slots itself.
poll_slots() { # date[-AFTERNOON]
    local token slot
    token=$(head -n 1 "$WORK/seed/tokens.txt" | cut -d' ' -f1)
    for slot in $(tr , ' ' <"$WORK/slots-$1"); do
        curl -fs -o /dev/null -H "Authorization: Bearer $token" "$BASE/api/v1/bookings/availability/$slot" \
            || fail "polling slot $slot before the surge"
    done
}
poll_slots "$SURGE_DATE"
log "surge: $REQUESTS lock attempts, $RESIDENTS residents, $CONNECTIONS concurrent (bench/surge.mjs)"
RSS_BEFORE=$(wc -l <"$WORK/rss.txt")
GC_BEFORE=$(wc -l <"$GC_LOG")
jfr_start surge
surge surge "$SURGE_DATE" >"$WORK/surge.txt"
jfr_stop surge
# The collector's pauses while the surge ran (the log is written as they end): a full collection
# there stops every request in flight for some 100 ms, which is the surge's p99 on its own.
GC_SURGE=$(tail -n +"$((GC_BEFORE + 1))" "$GC_LOG" | awk '
    / Pause Young/ {y++; v = $NF + 0; if (v > ym) ym = v}
    / Pause Full/ {f++; v = $NF + 0; if (v > fm) fm = v}
    END {printf "young %d (max %.1f ms), full %d (max %.1f ms)", y, ym, f, fm}')
RSS_SURGE_MAX_KB=$(tail -n +"$((RSS_BEFORE + 1))" "$WORK/rss.txt" | sort -n | tail -n 1)
cat "$WORK/surge.txt" >&2

# --- 3. verification in PostgreSQL -------------------------------------------------------------------
VERDICT=PASS
check() { # name expected actual
    if [[ "$2" == "$3" ]]; then echo "PASS $1 ($3)"; else echo "FAIL $1: expected $2, got $3"; VERDICT=FAIL; fi
}
HOLDS=$(q "SELECT count(*) FROM booking WHERE schedule_id = '$SCHEDULE_ID' AND status = 'HELD'")
CHECKS=$(
    check "holds: bookings HELD on the schedule" 100 "$HOLDS"
    check "no other bookings on the schedule" 0 "$(q "SELECT count(*) FROM booking WHERE schedule_id = '$SCHEDULE_ID' AND status <> 'HELD'")"
    check "oversell: slots with public_taken > public_capacity" 0 "$(q "SELECT count(*) FROM slot WHERE schedule_id = '$SCHEDULE_ID' AND public_taken > public_capacity")"
    check "public_taken summed over the slots" 100 "$(q "SELECT sum(public_taken) FROM slot WHERE schedule_id = '$SCHEDULE_ID'")"
    check "slots whose public_taken differs from their live bookings" 0 "$(q "SELECT count(*) FROM slot s WHERE schedule_id = '$SCHEDULE_ID' AND public_taken <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status IN ('HELD','CONFIRMED'))")"
    check "duplicate sequence numbers" 0 "$(q "SELECT count(*) FROM (SELECT sequence_no FROM booking WHERE schedule_id = '$SCHEDULE_ID' GROUP BY sequence_no HAVING count(*) > 1) d")"
    check "sequence numbers 1..100" "1 100 100" "$(q "SELECT min(sequence_no) || ' ' || max(sequence_no) || ' ' || count(DISTINCT sequence_no) FROM booking WHERE schedule_id = '$SCHEDULE_ID'")"
    check "patients with two bookings on one slot" 0 "$(q "SELECT count(*) FROM (SELECT 1 FROM booking WHERE schedule_id = '$SCHEDULE_ID' GROUP BY slot_id, person_id HAVING count(*) > 1) d")"
    check "201 answers equal to holds" "$HOLDS" "$(val load.status.201 "$WORK/surge.txt" || true)"
    GATE_LEFT=$(redis-cli -h 127.0.0.1 HVALS "bk:{s:$SCHEDULE_ID}:counts" | awk '{s += $1} END {print s + 0}')
    check "units left at the Redis gate" 0 "$GATE_LEFT"
)
echo "$CHECKS"
grep -q '^FAIL' <<<"$CHECKS" && VERDICT=FAIL
if [[ "$SURGE_ONLY" == 1 ]]; then
    summary "surge.verification=$VERDICT"
    for figure in rps p50_ms p99_ms; do summary "surge.$figure=$(val "load.$figure" "$WORK/surge.txt")"; done
    summary "surge.first_1000_ms=$(val load.first_1000_ms "$WORK/surge.txt")"
    summary "surge.created_ms=$(val load.created_ms "$WORK/surge.txt")"
    summary "surge.gc_pauses=$GC_SURGE"
    summary "ceiling.jwt_redis_endpoint_rps=$(val load.rps "$WORK/gate-before.txt") (before the lock warm-up only)"
    [[ "$VERDICT" == PASS ]] || exit 1
    exit 0
fi

# --- 4a. ceiling: the TAKE script by EVALSHA ----------------------------------------------------------
TAKE_LUA=$(awk '/TAKE = new LuaScript\("""/ {on=1; next} on && /"""\);/ {exit} on {print}' \
    "$ROOT/backend/src/main/java/io/jiayi/booking/service/SlotGate.java" | sed 's/^            //')
[[ -n "$TAKE_LUA" ]] || fail "could not extract the TAKE script from SlotGate.java"
SHA=$(redis-cli -h 127.0.0.1 SCRIPT LOAD "$TAKE_LUA")
TAG='bk:{s:bench-ceiling}'
redis-cli -h 127.0.0.1 SET "$TAG:ready" 1 >/dev/null
redis-cli -h 127.0.0.1 HSET "$TAG:counts" slot 1000000000000 >/dev/null
log "redis-benchmark: EVALSHA TAKE, 50 clients, 200000 calls, a random patient each"
# -r fills __rand_int__, so (almost) every call is a new patient and takes a unit, as in the surge.
REDIS_CSV=$(timeout 120 redis-benchmark -h 127.0.0.1 -c 50 -n 200000 -r 1000000000 --csv \
    EVALSHA "$SHA" 1 "$TAG:ready" "$TAG:" slot "patient-__rand_int__")
REDIS_RPS=$(awk -F'","' 'NR > 1 || $0 !~ /rps/ {gsub(/"/, "", $2); if ($2 + 0 > 0) {print $2; exit}}' <<<"$REDIS_CSV")
[[ "$(redis-cli -h 127.0.0.1 GET "$TAG:seq")" -gt 0 ]] || fail "the EVALSHA calls took nothing"

# --- 4b. ceiling again: the JWT + one-Redis-call endpoint just after the surge -----------------------
if [[ "$WARMUP" == 1 ]]; then
    # Untimed, for the same reason: the surge's lock requests ran last; the GET's code settles first.
    log "settle: GET /api/v1/bookings/availability/$FIRST_SLOT, $REQUESTS requests, untimed"
    get_load "/api/v1/bookings/availability/$FIRST_SLOT" "$REQUESTS" >/dev/null
fi
log "GET /api/v1/bookings/availability/$FIRST_SLOT again, just after the surge ($REQUESTS x 5 requests)"
jfr_start gate
get_load "/api/v1/bookings/availability/$FIRST_SLOT" $((REQUESTS * 5)) >"$WORK/gate.txt"
jfr_stop gate
cat "$WORK/gate.txt" >&2

# --- 4d. the same lock requests once the schedule is sold out: every answer comes from the gate ---------
# Not one of the issue's figures: it separates a lock request's own cost from the surge's first wave.
log "sold-out steady state: $((REQUESTS * 5)) lock attempts on the sold-out schedule"
jfr_start soldout
SURGE_REQUESTS_OVERRIDE=$((REQUESTS * 5)) surge soldout "$SURGE_DATE" >"$WORK/soldout.txt"
jfr_stop soldout
cat "$WORK/soldout.txt" >&2

# --- 4c. second reference: GET /q/health/live under the same generator (no JWT, no Redis) ------------
if [[ "$WARMUP" == 1 ]]; then
    log "warm-up: GET /q/health/live, $WARMUP_REQUESTS requests, untimed"
    get_load /q/health/live "$WARMUP_REQUESTS" >/dev/null
fi
log "GET /q/health/live, same generator and connections ($REQUESTS x 5 requests)"
get_load /q/health/live $((REQUESTS * 5)) >"$WORK/live.txt"
cat "$WORK/live.txt" >&2

# --- 5. baseline: PostgreSQL row locks, no Redis ------------------------------------------------------
log "pgbench row-lock baseline: $REQUESTS transactions, $BASELINE_CLIENTS clients"
psql -q -v ON_ERROR_STOP=1 -d "$DB" <<SQL
CREATE TABLE rl_slot (n integer PRIMARY KEY, id uuid NOT NULL, public_capacity integer NOT NULL,
    public_taken integer NOT NULL DEFAULT 0, CHECK (public_taken BETWEEN 0 AND public_capacity));
INSERT INTO rl_slot SELECT row_number() OVER (ORDER BY position), id, public_capacity, 0 FROM slot WHERE schedule_id = '$SCHEDULE_ID';
CREATE TABLE rl_booking (id bigserial PRIMARY KEY, slot_n integer NOT NULL REFERENCES rl_slot (n),
    person integer NOT NULL, sequence_no integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
SQL
cat >"$WORK/rowlock.sql" <<'PGB'
\set slot random(1, 10)
\set person random(1, 2000)
BEGIN;
SELECT public_taken, public_capacity FROM rl_slot WHERE n = :slot FOR UPDATE;
WITH u AS (UPDATE rl_slot SET public_taken = public_taken + 1 WHERE n = :slot AND public_taken < public_capacity RETURNING n, public_taken)
INSERT INTO rl_booking (slot_n, person, sequence_no) SELECT n, :person, public_taken FROM u;
COMMIT;
PGB
PER_CLIENT=$(( (REQUESTS + BASELINE_CLIENTS - 1) / BASELINE_CLIENTS ))
timeout 300 pgbench -n -d "$DB" -c "$BASELINE_CLIENTS" -j "$THREADS" -t "$PER_CLIENT" -f "$WORK/rowlock.sql" -r \
    >"$WORK/pgbench.txt" 2>&1 || { cat "$WORK/pgbench.txt" >&2; fail "pgbench"; }
ROWLOCK_TPS=$(awk '/^tps = / {print $3; exit}' "$WORK/pgbench.txt")
ROWLOCK_LAT=$(awk '/^latency average/ {print $4; exit}' "$WORK/pgbench.txt")
ROWLOCK_HELD=$(q "SELECT count(*) FROM rl_booking")
log "pgbench: tps $ROWLOCK_TPS, average latency $ROWLOCK_LAT ms, $ROWLOCK_HELD rows inserted"

# --- 5b. baseline in the app: the same surge on the row-lock path ------------------------------------
# The issue's baseline is "the same surge on a PostgreSQL row-lock path": the same requests, tokens,
# idempotency keys and load generator against the same app, started with
# jiayi.booking.lock-gate=DATABASE, so every lock request is decided in PostgreSQL under SELECT ... FOR
# UPDATE on the slot (and its schedule, for the numbers) instead of at the Redis gate. pgbench above
# stays as a reference: the database alone, without HTTP or tokens.
RSS_MAX_KB=$(sort -n "$WORK/rss.txt" | tail -n 1)
HWM_KB=$(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
stop_app
start_app JIAYI_BOOKING_LOCK_GATE=DATABASE
RL_DATE=$(TZ_DATE 4)
RL_ID=$(publish "$RL_DATE")
if [[ "$WARMUP" == 1 ]]; then
    warm_up rowlock-warm 6 1
fi
log "row-lock path: surge on schedule $RL_ID ($RL_DATE)"
poll_slots "$RL_DATE"
surge rowlock "$RL_DATE" >"$WORK/rowlock-app.txt"
cat "$WORK/rowlock-app.txt" >&2
RL_HOLDS=$(q "SELECT count(*) FROM booking WHERE schedule_id = '$RL_ID' AND status = 'HELD'")
RL_CHECKS=$(
    check "row-lock path: holds" 100 "$RL_HOLDS"
    check "row-lock path: oversell" 0 "$(q "SELECT count(*) FROM slot WHERE schedule_id = '$RL_ID' AND public_taken > public_capacity")"
    check "row-lock path: duplicate sequence numbers" 0 "$(q "SELECT count(*) FROM (SELECT sequence_no FROM booking WHERE schedule_id = '$RL_ID' GROUP BY sequence_no HAVING count(*) > 1) d")"
)
echo "$RL_CHECKS"
CHECKS="$CHECKS"$'\n'"$RL_CHECKS"
grep -q '^FAIL' <<<"$RL_CHECKS" && VERDICT=FAIL

# --- 6./7. figures ----------------------------------------------------------------------------------
SURGE_RPS=$(val load.rps "$WORK/surge.txt")
LIVE_RPS=$(val load.rps "$WORK/live.txt")
GATE_BEFORE_RPS=$(val load.rps "$WORK/gate-before.txt")
GATE_AFTER_RPS=$(val load.rps "$WORK/gate.txt")
GATE_RPS=$(awk -v a="$GATE_BEFORE_RPS" -v b="$GATE_AFTER_RPS" 'BEGIN { printf "%.1f", (a + b) / 2 }')
SOLDOUT_RPS=$(val load.rps "$WORK/soldout.txt")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }

echo
echo "== summary =="
summary "surge.holds=$HOLDS"
summary "surge.verification=$VERDICT"
summary "surge.completed=$(val load.completed "$WORK/surge.txt")"
summary "surge.errors=$(val load.errors "$WORK/surge.txt")"
summary "surge.throughput_rps=$SURGE_RPS"
summary "surge.p50_ms=$(val load.p50_ms "$WORK/surge.txt")"
summary "surge.p99_ms=$(val load.p99_ms "$WORK/surge.txt")"
summary "surge.max_ms=$(val load.max_ms "$WORK/surge.txt")"
summary "surge.status=$(grep '^load.status.' "$WORK/surge.txt" | sed 's/^load.status.//' | paste -sd' ')"
summary "surge.gc_pauses=$GC_SURGE"
summary "soldout.throughput_rps=$(val load.rps "$WORK/soldout.txt")"
summary "soldout.p99_ms=$(val load.p99_ms "$WORK/soldout.txt")"
summary "soldout.status=$(grep '^load.status.' "$WORK/soldout.txt" | sed 's/^load.status.//' | paste -sd' ')"
if [[ "$WARMUP" == 1 ]]; then
    summary "warmup.throughput_rps=$(val load.rps "$WORK/warm.txt")"
    summary "warmup.p99_ms=$(val load.p99_ms "$WORK/warm.txt")"
fi
summary "ceiling.redis_evalsha_rps=$REDIS_RPS"
summary "ratio.booking_to_redis=$(ratio "$SURGE_RPS" "$REDIS_RPS")"
summary "ceiling.jwt_redis_endpoint_rps=$GATE_RPS (mean of $GATE_BEFORE_RPS before the lock warm-up and $GATE_AFTER_RPS just after the surge)"
summary "ratio.booking_to_jwt_redis_endpoint=$(ratio "$SURGE_RPS" "$GATE_RPS")"
summary "ratio.soldout_to_jwt_redis_endpoint=$(ratio "$SOLDOUT_RPS" "$GATE_RPS")"
summary "ceiling.health_live_rps=$LIVE_RPS (no JWT, no Redis)"
summary "ratio.booking_to_health_live=$(ratio "$SURGE_RPS" "$LIVE_RPS")"
RL_RPS=$(val load.rps "$WORK/rowlock-app.txt")
summary "baseline.rowlock_app_rps=$RL_RPS"
summary "baseline.rowlock_app_p50_ms=$(val load.p50_ms "$WORK/rowlock-app.txt")"
summary "baseline.rowlock_app_p99_ms=$(val load.p99_ms "$WORK/rowlock-app.txt")"
summary "baseline.rowlock_app_status=$(grep '^load.status.' "$WORK/rowlock-app.txt" | sed 's/^load.status.//' | paste -sd' ')"
summary "ratio.booking_to_rowlock_app=$(ratio "$SURGE_RPS" "$RL_RPS")"
summary "reference.pgbench_rowlock_tps=$ROWLOCK_TPS (the database alone, no HTTP, no tokens)"
summary "reference.pgbench_rowlock_clients=$BASELINE_CLIENTS"
summary "ratio.booking_to_pgbench_rowlock=$(ratio "$SURGE_RPS" "$ROWLOCK_TPS")"
summary "cpu.surge_us_per_request=$(cpu_line "$WORK/surge.txt")"
summary "cpu.soldout_us_per_request=$(cpu_line "$WORK/soldout.txt")"
summary "cpu.jwt_redis_endpoint_us_per_request=$(cpu_line "$WORK/gate.txt")"
summary "cpu.health_live_us_per_request=$(cpu_line "$WORK/live.txt")"
summary "cpu.rowlock_app_us_per_request=$(cpu_line "$WORK/rowlock-app.txt")"
summary "app.rss_max_mb=$(( RSS_MAX_KB / 1024 )) (the product's app, before the row-lock restart)"
summary "app.rss_surge_max_mb=$(( ${RSS_SURGE_MAX_KB:-0} / 1024 ))"
summary "app.vmhwm_mb=$(( ${HWM_KB:-0} / 1024 ))"

if [[ "$APPEND" == 1 ]]; then
    # "-dirty" for code changed since the commit; the results file, which runs append to one after
    # another, does not count.
    REVISION=$(git -C "$ROOT" rev-parse --short=7 HEAD 2>/dev/null || echo '?')
    if [[ -n "$(git -C "$ROOT" status --porcelain -- . ":(exclude)$(realpath --relative-to="$ROOT" "$RESULTS")" 2>/dev/null)" ]]; then
        REVISION="$REVISION-dirty"
    fi
    {
        echo
        echo "## $(date -u '+%Y-%m-%d %H:%M UTC') — booking-surge.sh ($REVISION)"
        echo
        echo "Machine: nproc $(nproc); $(free -h | awk '/^Mem:/ {print "memory " $2 " total, " $7 " available"}'); $(java -version 2>&1 | head -n 1); PostgreSQL $(q 'SHOW server_version'); Redis $(redis-cli -h 127.0.0.1 INFO server | awk -F: '/^redis_version/ {print $2}' | tr -d '\r')."
        echo "Load: $REQUESTS lock attempts, $RESIDENTS residents, node bench/surge.mjs, $CONNECTIONS concurrent; warm-up: $WARMUP ($WARMUP_ROUNDS rounds); baseline pgbench -c $BASELINE_CLIENTS; JAVA_OPTS $JAVA_OPTS."
        echo
        echo '```'
        printf '%s\n' "$CHECKS"
        printf '%s\n' "${LINES[@]}"
        echo '```'
    } >>"$RESULTS"
    log "appended to $RESULTS"
fi
[[ "$VERDICT" == PASS ]] || exit 1
