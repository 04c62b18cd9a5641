#!/usr/bin/env bash
# Builds the benchmarks, waits (up to 10 minutes) for the 1-minute load average to drop to 1.5,
# then runs every suite on PostgreSQL and on H2, one after another, with a JFR recording each.
# Output: benchmarks/target/results/<suite>-<store>.log and .jfr
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o -q -Pbenchmarks -pl benchmarks -am package -DskipTests
results=benchmarks/target/results
mkdir -p "$results"
waited=0
while awk '{exit !($1 > 1.5)}' /proc/loadavg && [ "$waited" -lt 600 ]; do
  sleep 15
  waited=$((waited + 15))
done
echo "waited ${waited}s; load $(cat /proc/loadavg)" | tee "$results/wait.log"
for suite in ${SUITES:-commands load rebuild}; do
  for store in ${STORES:-postgres h2}; do
    java -XX:StartFlightRecording=filename="$results/$suite-$store.jfr" \
         -cp 'benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*' \
         pl.zmp.tracker.benchmarks.Benchmarks "$suite" --store="$store" "$@" > "$results/$suite-$store.log" 2>&1 || true
    grep -E '^(MACHINE|STORE|FLOOR|FILL|RESULT|SUMMARY|SNAPSHOT)' "$results/$suite-$store.log" || true
  done
done
