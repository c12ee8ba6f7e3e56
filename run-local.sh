#!/usr/bin/env sh
# The local run in one command, on a machine with only JDK 17+:
#   builds every module with the Maven wrapper (Maven and the dependencies are downloaded on the first run only),
#   then starts Kafka + the MongoDB-wire store in-process (data under ./data) and the five services as child JVMs.
# Options go to the launcher: ./run-local.sh --help
set -eu
cd "$(dirname "$0")"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$JAVA" >/dev/null 2>&1; then
  echo "run-local.sh: no java found; install JDK 17 or set JAVA_HOME" >&2
  exit 1
fi

echo "[gca] building all modules: ./mvnw -B -q -DskipTests install"
./mvnw -B -q -DskipTests install

# The launcher itself needs little heap: Kafka and the Mongo-wire store run in it; each service has its own JVM.
exec "$JAVA" ${LAUNCHER_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -jar local-launcher/target/local-launcher-0.1.0-SNAPSHOT.jar "$@"
