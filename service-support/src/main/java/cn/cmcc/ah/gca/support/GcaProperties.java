package cn.cmcc.ah.gca.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The settings every service shares, under {@code gca.*}.
 *
 * @param serviceName   the service's name, also its CloudEvents source {@code urn:gca:<serviceName>}
 * @param mongo         where the event store, token store and read models live
 * @param kafka         which other services' topics this service consumes, and the largest event it may publish
 * @param security      token verification
 * @param eventStore    event store tuning
 * @param idempotency   how long {@code Idempotency-Key}s are kept
 * @param reads         read-your-writes
 */
@ConfigurationProperties("gca")
public record GcaProperties(
        String serviceName,
        @DefaultValue Mongo mongo,
        @DefaultValue Kafka kafka,
        @DefaultValue Security security,
        @DefaultValue EventStore eventStore,
        @DefaultValue Idempotency idempotency,
        @DefaultValue Reads reads) {

    public record Mongo(@DefaultValue("mongodb://localhost:27017") String uri, String database) {
    }

    /**
     * @param consumedTopics topics of other services that this service's Kafka-fed processors read
     * @param maxEventBytes  the largest Kafka record (key + value + headers, as {@code CatalogCloudEventConverter}
     *                       builds it) an event may become; a command whose events exceed it fails and stores
     *                       nothing. Keep it below the producer's {@code max.request.size} and the topics'
     *                       {@code max.message.bytes} (docs/events.md, "Size limits").
     */
    public record Kafka(@DefaultValue List<String> consumedTopics,
                        @DefaultValue("921600") int maxEventBytes) {
    }

    /**
     * @param hmacSecret  shared HMAC key (HS256) for the local run and tests; empty in production, where the
     *                    issuer / JWK set of {@code spring.security.oauth2.resourceserver.jwt} applies
     * @param tokenTtl    lifetime of tokens minted in the local run
     */
    public record Security(String hmacSecret, @DefaultValue("PT8H") Duration tokenTtl) {
    }

    /**
     * @param gapTimeout       how long the tracking reader waits for a reserved position to be written before it
     *                         closes the position as a gap
     * @param snapshotInterval events between snapshots of an aggregate
     * @param processorBatchSize events a tracking processor handles per unit of work (and token update)
     * @param aggregateCacheEntries aggregates kept in memory between commands (least recently used go first); a
     *                              command on a cached aggregate does not read the store
     */
    public record EventStore(@DefaultValue("PT10S") Duration gapTimeout,
                             @DefaultValue("50") int snapshotInterval,
                             @DefaultValue("100") int processorBatchSize,
                             @DefaultValue("5000") int aggregateCacheEntries) {
    }

    /**
     * @param ttl             how long a key and its first response are kept; a retry after that is a new request
     * @param staleClaimAfter a claim still in progress after this long belongs to a request that died with its
     *                        instance; the next retry takes it over
     */
    public record Idempotency(@DefaultValue("PT24H") Duration ttl, @DefaultValue("PT2M") Duration staleClaimAfter) {
    }

    /** @param maxWait how long a read waits for the views to include what was stored before it, before a 503 */
    public record Reads(@DefaultValue("PT5S") Duration maxWait) {
    }

    public String sourceUrn() {
        return "urn:gca:" + serviceName;
    }
}
