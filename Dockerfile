# One image recipe for every service; the module is a build argument:
#   ./mvnw -DskipTests package && docker compose build
# or by hand:
#   docker build --build-arg MODULE=fault-service --build-arg PORT=8083 -t gca/fault-service:0.1.0-SNAPSHOT .
FROM eclipse-temurin:17.0.14_7-jre-noble

# curl serves the compose healthcheck; the JRE image has neither curl nor wget.
# This layer comes before the ARGs so that the five images share it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 gca \
    && useradd --system --uid 10001 --gid gca --home-dir /app --shell /usr/sbin/nologin gca

ARG MODULE
ARG PORT
RUN test -n "$MODULE" && test -n "$PORT" \
    || { echo "build args MODULE and PORT are required (see docker-compose.yml)" >&2; exit 1; }

WORKDIR /app
COPY --chown=gca:gca ${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT-exec.jar /app/app.jar

# Same port as server.port in the module's <module>.yml; the healthcheck reads it from here.
ENV SERVER_PORT=${PORT}
EXPOSE ${PORT}
# Numeric, so that runtimes enforcing runAsNonRoot can verify it.
USER 10001:10001

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
