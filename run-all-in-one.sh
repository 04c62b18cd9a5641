#!/usr/bin/env bash
# Builds the tracker and runs both services in one process on the embedded stores.
# Arguments go to the launcher, e.g. --tracker.data-dir=/srv/tracker --tracker.command-port=9081
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests install
exec java -jar all-in-one/target/all-in-one-0.1.0-SNAPSHOT.jar "$@"
