#!/usr/bin/env bash
# The national-scale benchmarks of docs/benchmarks.md: start-up time, resident memory, throughput and latency
# under load (wrk), and SQL statements per request, against the production build on H2 (file) or PostgreSQL.
#
#   docs/benchmarks/landelijk.sh bouw            build both jars (the database kind is fixed at build time) and
#                                                copy them to $WERK/h2-app and $WERK/pg-app
#   docs/benchmarks/landelijk.sh vul h2|pg       first start with regiebord.proefdata.plannen=342: the test data
#   docs/benchmarks/landelijk.sh meet h2|pg [label] [java options...]
#                                                start, time to the first answer, RSS, SQL per request, wrk on
#                                                each endpoint with the trivial one in the same run, RSS, stop
#   docs/benchmarks/landelijk.sh train h2|pg cds|aot
#                                                a training run that writes $WERK/<db>-app/app.jsa (AppCDS, the JDK
#                                                in $JAVA) or app.aot (JDK AOT cache, JEP 483/514: JAVA must be 24+)
#   docs/benchmarks/landelijk.sh opstart h2|pg [java options...]
#                                                three starts: time to the first answer and RSS after each
#   docs/benchmarks/landelijk.sh start h2|pg [java options...]   only start (and time) the service
#
# APP=<dir> runs another build than $WERK/<db>-app (e.g. the one before a change, for a before/after in one sitting).
# ALLEEN=<regex> puts only the endpoints whose name matches under load (the trivial one always, for the ratio).
# Results go to $WERK/uitkomsten/<db>-<label>/. Only loopback is used. Needs: curl, wrk (apt-get install wrk),
# for pg a PostgreSQL server with an empty database ($PG_URL, default regiebord_bench on 127.0.0.1).
set -euo pipefail

BRON=$(cd "$(dirname "$0")/../.." && pwd)
WERK=${WERK:-/tmp/regiebord-bench}
DUUR=${DUUR:-30s}
VERBINDINGEN=${VERBINDINGEN:-50}
DRADEN=${DRADEN:-2}
PLANNEN=${PLANNEN:-342}
# A samenwerkingsverband of three gemeenten from the test data (plan 10 of seed 2021), and its projectleider.
GEBRUIKER=${GEBRUIKER:-breewolde.projectleider1}
WACHTWOORD=${WACHTWOORD:-proefdata-wachtwoord}
BEHEERDER_WACHTWOORD=${BEHEERDER_WACHTWOORD:-regie-bench-wachtwoord}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/regiebord_bench}
PG_USER=${PG_USER:-postgres}
PG_PASSWORD=${PG_PASSWORD:-postgres}
JAVA=${JAVA:-java}

poort() { [ "$1" = pg ] && echo "${POORT_PG:-18083}" || echo "${POORT_H2:-18082}"; }

bouw() {
  cd "$BRON"
  mkdir -p "$WERK"
  ./mvnw -B -ntp -q package -DskipTests
  rm -rf "$WERK/h2-app" && cp -r target/quarkus-app "$WERK/h2-app"
  ./mvnw -B -ntp -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql
  rm -rf "$WERK/pg-app" && cp -r target/quarkus-app "$WERK/pg-app"
  ./mvnw -B -ntp -q package -DskipTests   # leave target/ as the default (H2) build
}

# start <db> [java options...]: starts in the background, waits for the first successful answer of
# /q/health/live, prints the milliseconds from launch to that answer.
start() {
  local db=$1; shift
  local p; p=$(poort "$db")
  mkdir -p "$WERK/$db"
  local opties=(-Dquarkus.http.port="$p" -Dquarkus.http.host=127.0.0.1
    -Dregiebord.admin.password="$BEHEERDER_WACHTWOORD")
  if [ "$db" = pg ]; then
    opties+=(-Dquarkus.datasource.jdbc.url="$PG_URL" -Dquarkus.datasource.username="$PG_USER"
      -Dquarkus.datasource.password="$PG_PASSWORD")
  fi
  local begin; begin=$(date +%s%N)
  (cd "$WERK/$db" && exec "$JAVA" "${opties[@]}" "$@" -jar "${APP:-$WERK/$db-app}/quarkus-run.jar" \
      >"$WERK/$db/service.log" 2>&1) &
  echo $! >"$WERK/$db/service.pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$p/q/health/live"; do
    kill -0 "$(cat "$WERK/$db/service.pid")" 2>/dev/null || { tail -30 "$WERK/$db/service.log"; exit 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - begin) / 1000000 ))
}

stop() {
  local pid; pid=$(cat "$WERK/$1/service.pid")
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

rss() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$(cat "$WERK/$1/service.pid")/status"; }

vul() {
  local db=$1
  local ms; ms=$(start "$db" -Dregiebord.proefdata.plannen="$PLANNEN")
  echo "gestart (met proefdata) na $ms ms"; grep 'Proefdata:' "$WERK/$db/service.log" | tail -2
  stop "$db"
}

meet() {
  local db=$1 label=${2:-basis}; shift 2 || shift $#
  local p; p=$(poort "$db")
  local basis="http://127.0.0.1:$p"
  local uit="$WERK/uitkomsten/$db-$label"
  mkdir -p "$uit"
  local ms; ms=$(start "$db" -Dregiebord.meting.sql-per-verzoek=true "$@")
  local rss_start; rss_start=$(rss "$db")
  local auth; auth="Authorization: Basic $(printf '%s:%s' "$GEBRUIKER" "$WACHTWOORD" | base64 -w0)"
  local plan; plan=$(curl -sf -H "$auth" "$basis/api/plannen" | sed -E 's/^\[\{"id":([0-9]+).*/\1/')
  local koekje; koekje=$(curl -s -o /dev/null -D - --data-urlencode "gebruikersnaam=$GEBRUIKER" \
      --data-urlencode "wachtwoord=$WACHTWOORD" --data-urlencode "terug=/" "$basis/inloggen" \
      | sed -nE 's/^[Ss]et-[Cc]ookie: (regiebord-sessie=[^;]*).*/\1/p')
  [ -n "$koekje" ] || { echo "inloggen als $GEBRUIKER mislukt"; stop "$db"; exit 1; }

  # name|path|header: the trivial endpoints first, then the pages (session cookie) and the API (basic auth)
  local doelen=(
    "triviaal-health|/q/health/live|"
    "triviaal-css|/static/regiebord.css|"
    "dashboard|/plannen/$plan|Cookie: $koekje"
    "tijdtafel|/plannen/$plan/tijdtafel|Cookie: $koekje"
    "acties-json|/api/plannen/$plan/acties|$auth"
    "risicomatrix-json|/api/plannen/$plan/risicomatrix|$auth"
  )
  {
    echo "db=$db label=$label plan=$plan gebruiker=$GEBRUIKER java-opties=$*"
    echo "opstart tot eerste antwoord: $ms ms; RSS na start: $rss_start MB"
  } | tee "$uit/samenvatting.txt"

  # SQL per request: one request at a time, each twice (the second shows the steady state)
  for doel in "${doelen[@]}"; do
    IFS='|' read -r naam pad kop <<<"$doel"
    for _ in 1 2; do curl -s -o /dev/null ${kop:+-H "$kop"} "$basis$pad"; done
  done
  sleep 0.5
  grep -E 'SqlPerVerzoek' "$WERK/$db/service.log" | sed -E 's/.*\] \(.*\) //' | tail -12 | tee "$uit/sql.txt"

  local triviaal=1
  for doel in "${doelen[@]}"; do
    IFS='|' read -r naam pad kop <<<"$doel"
    [ "$naam" = triviaal-health ] || [[ "$naam" =~ ${ALLEEN:-.} ]] || continue
    wrk -t"$DRADEN" -c"$VERBINDINGEN" -d"$DUUR" --timeout 10s --latency ${kop:+-H "$kop"} "$basis$pad" >"$uit/wrk-$naam.txt"
    local rps p50 p99 fouten
    rps=$(awk '/Requests\/sec/ {print $2}' "$uit/wrk-$naam.txt")
    p50=$(awk '$1=="50%" {print $2}' "$uit/wrk-$naam.txt")
    p99=$(awk '$1=="99%" {print $2}' "$uit/wrk-$naam.txt")
    fouten=$(awk '/Non-2xx/ {print $5}' "$uit/wrk-$naam.txt")
    [ "$naam" = triviaal-health ] && triviaal=$rps
    printf '%-20s %10s req/s (%5s of /q/health/live)  p50 %8s  p99 %8s  non-2xx %s\n' "$naam" "$rps" \
      "$(awk -v a="$rps" -v b="$triviaal" 'BEGIN {printf "%.0f%%", 100 * a / b}')" "$p50" "$p99" "${fouten:-0}" \
      | tee -a "$uit/samenvatting.txt"
  done
  echo "RSS na de belasting: $(rss "$db") MB" | tee -a "$uit/samenvatting.txt"
  stop "$db"
}

# train <db> cds|aot: start with the recording option, use the pages and the API once, stop (the JVM writes the
# archive at exit); then measure with e.g. "meet h2 cds -XX:SharedArchiveFile=$WERK/h2-app/app.jsa".
train() {
  local db=$1 soort=$2
  local p; p=$(poort "$db")
  local optie
  case "$soort" in
    cds) optie=-XX:ArchiveClassesAtExit="$WERK/$db-app/app.jsa" ;;
    aot) optie=-XX:AOTCacheOutput="$WERK/$db-app/app.aot" ;;
    *) echo "cds of aot"; exit 2 ;;
  esac
  start "$db" "$optie" >/dev/null
  local basis="http://127.0.0.1:$p"
  local auth; auth="Authorization: Basic $(printf '%s:%s' "$GEBRUIKER" "$WACHTWOORD" | base64 -w0)"
  local plan; plan=$(curl -sf -H "$auth" "$basis/api/plannen" | sed -E 's/^\[\{"id":([0-9]+).*/\1/')
  local koekje; koekje=$(curl -s -o /dev/null -D - --data-urlencode "gebruikersnaam=$GEBRUIKER" \
      --data-urlencode "wachtwoord=$WACHTWOORD" --data-urlencode "terug=/" "$basis/inloggen" \
      | sed -nE 's/^[Ss]et-[Cc]ookie: (regiebord-sessie=[^;]*).*/\1/p')
  for pad in /plannen/$plan /plannen/$plan/tijdtafel /plannen/$plan/risicomatrix; do
    curl -s -o /dev/null -H "Cookie: $koekje" "$basis$pad"
  done
  for pad in /api/plannen/$plan/acties /api/plannen/$plan/risicomatrix /api/plannen/$plan/export/bijlage1.xlsx; do
    curl -s -o /dev/null -H "$auth" "$basis$pad"
  done
  stop "$db"
  ls -la "$WERK/$db-app/" | grep -E 'app\.(jsa|aot)'
}

opstart() {
  local db=$1; shift
  for ronde in 1 2 3; do
    local ms; ms=$(start "$db" "$@")
    sleep 1
    echo "start $ronde: $ms ms tot het eerste antwoord, RSS $(rss "$db") MB"
    stop "$db"
  done
}

opdracht=${1:-}; shift || true
case "$opdracht" in
  bouw) bouw ;;
  vul) vul "$@" ;;
  meet) meet "$@" ;;
  train) train "$@" ;;
  opstart) opstart "$@" ;;
  start) start "$@" ;;
  stop) stop "$@" ;;
  *) sed -n '2,22p' "$0"; exit 2 ;;
esac
