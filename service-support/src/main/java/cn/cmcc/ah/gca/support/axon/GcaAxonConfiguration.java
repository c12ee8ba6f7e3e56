package cn.cmcc.ah.gca.support.axon;

import cn.cmcc.ah.gca.events.upcasting.ContractUpcasters;
import cn.cmcc.ah.gca.support.GcaProperties;
import cn.cmcc.ah.gca.support.eventstore.MongoKeyedEventStorageEngine;
import cn.cmcc.ah.gca.support.kafka.CatalogCloudEventConverter;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
import cn.cmcc.ah.gca.support.query.ViewStores;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;
import io.micrometer.core.instrument.Counter;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import org.axonframework.common.caching.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.autoconfig.KafkaAutoConfiguration;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.SortedKafkaMessageBuffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Axon without Axon Server: the event store, token store and saga store in the service's own MongoDB database,
 * Jackson everywhere (never XStream), the service's events published to its Kafka topic by one tracking reader
 * of its store, and Kafka-fed streaming processors for the topics it consumes from other services.
 */
@AutoConfiguration(
        before = {AxonAutoConfiguration.class, KafkaAutoConfiguration.class, MongoAutoConfiguration.class,
                MicrometerMetricsAutoConfiguration.class},
        after = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(GcaProperties.class)
public class GcaAxonConfiguration {

    private static final String AGGREGATE_CACHE = "gca-aggregates";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    MongoClient mongoClient(GcaProperties properties) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(properties.mongo().uri()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    /** Majority writes: an event acknowledged by one replica could otherwise roll back after it was published. */
    @Bean
    MongoDatabase gcaMongoDatabase(MongoClient client, GcaProperties properties) {
        return client.getDatabase(properties.mongo().database()).withWriteConcern(WriteConcern.MAJORITY);
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, GcaProperties properties) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, properties.mongo().database()).build();
    }

    @Bean
    MongoKeyedEventStorageEngine eventStorageEngine(MongoDatabase gcaMongoDatabase,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ObjectMapper objectMapper,
                                          org.axonframework.config.Configuration configuration,
                                          GcaProperties properties, Clock clock, MeterRegistry meterRegistry) {
        Counter gapsClosed = Counter.builder("gca.eventstore.gaps.closed")
                .description("Reserved event positions closed empty after the gap timeout (a writer died or stalled)")
                .register(meterRegistry);
        return MongoKeyedEventStorageEngine.builder()
                .database(gcaMongoDatabase)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(SnapshotSerializer.create(objectMapper))
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .gapTimeout(properties.eventStore().gapTimeout())
                .gapClosedListener(position -> gapsClosed.increment())
                .clock(clock)
                .build();
    }

    /**
     * The contract's upcasters, as an Axon {@code EventUpcaster} bean: Axon registers it, so that
     * {@code configuration.upcasterChain()} (the event store's above, the Kafka converter's below) reads events of
     * older revisions (docs/events.md, "Versioning") in every service.
     */
    @Bean
    EventUpcaster gcaContractUpcasters() {
        return ContractUpcasters.chain();
    }

    /**
     * Tracking tokens, claimed by one instance at a time. The owner is this instance, not this JVM: Axon's default
     * owner name ({@code pid@host}) is shared by two instances in one JVM (the two-instance tests), which then both
     * think they hold the claim and both publish every event.
     */
    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer, GcaProperties properties) {
        String owner = properties.serviceName() + "@" + ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).nodeId(owner).build();
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    /** Snapshot every {@code gca.event-store.snapshot-interval} events; aggregates name it in {@code @Aggregate}. */
    @Bean
    SnapshotTriggerDefinition gcaSnapshotTrigger(Snapshotter snapshotter, GcaProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.eventStore().snapshotInterval());
    }

    /**
     * The aggregate cache every aggregate names in {@code @Aggregate}: a bounded on-heap Ehcache, by reference, so a
     * command on a recently used aggregate skips the snapshot and event reads. The store stays the source of truth:
     * Axon evicts an aggregate whose unit of work rolls back, and an append on a stale copy (another instance wrote
     * meanwhile) fails on the aggregate key like any concurrent change. Identifiers are unique across the aggregate
     * types of a service (business numbers with their own prefixes, product codes).
     */
    @Bean(destroyMethod = "close")
    org.ehcache.CacheManager gcaAggregateCacheManager(GcaProperties properties) {
        return aggregateCacheManager(properties.eventStore().aggregateCacheEntries());
    }

    /** The cache manager behind {@code gcaAggregateCache}: one on-heap cache of {@code entries} aggregates. */
    public static org.ehcache.CacheManager aggregateCacheManager(int entries) {
        return CacheManagerBuilder.newCacheManagerBuilder()
                .withCache(AGGREGATE_CACHE, CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class,
                        Object.class, ResourcePoolsBuilder.heap(entries)))
                .build(true);
    }

    /** Axon's view of the aggregate cache held by {@code cacheManager}. */
    public static Cache aggregateCache(org.ehcache.CacheManager cacheManager) {
        return new EhCache3Adapter((org.ehcache.core.Ehcache<Object, Object>) cacheManager.getCache(
                AGGREGATE_CACHE, Object.class, Object.class));
    }

    /** Named in every {@code @Aggregate}; see {@link LatestOnlyAggregateCache} for why entries are checked. */
    @Bean
    Cache gcaAggregateCache(org.ehcache.CacheManager gcaAggregateCacheManager,
                            MongoKeyedEventStorageEngine eventStorageEngine) {
        return new LatestOnlyAggregateCache(aggregateCache(gcaAggregateCacheManager), eventStorageEngine);
    }

    /** The services' view stores, each read behind the fence of the processor that keeps it. */
    @Bean
    ViewStores viewStores(MongoDatabase gcaMongoDatabase, ObjectMapper objectMapper, ReadConsistency readConsistency) {
        return new ViewStores(gcaMongoDatabase, objectMapper, readConsistency::fence);
    }

    @Bean
    ReadConsistency readConsistency(MongoKeyedEventStorageEngine eventStorageEngine, MongoTemplate axonMongoTemplate,
                                    Serializer serializer, GcaProperties properties, Clock clock) {
        return new ReadConsistency(eventStorageEngine, axonMongoTemplate.trackingTokensCollection(), serializer,
                properties.reads().maxWait(), clock);
    }

    /** Axon's message metrics with bounded memory (see {@link BoundedMetricRegistry}). */
    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meterRegistry) {
        return new BoundedMetricRegistry(meterRegistry);
    }

    @Bean
    CorrelationDataProvider gcaCorrelationDataProvider() {
        return new GcaCorrelationDataProvider();
    }

    @Bean
    ConfigurerModule gcaProcessingConfigurerModule(GcaProperties properties) {
        return configurer -> {
            // A handler that fails must not skip the event: the processor retries with back-off instead.
            configurer.eventProcessing().registerDefaultListenerInvocationErrorHandler(
                    config -> PropagatingErrorHandler.instance());
            // Tracking processors (the Kafka publisher among them) handle up to 100 events per unit of work, so
            // the token store is written once per batch rather than once per event.
            configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                    config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                            .andBatchSize(properties.eventStore().processorBatchSize()));
            configurer.eventProcessing().registerDefaultHandlerInterceptor(
                    (config, processorName) -> new LoggingContextInterceptor<EventMessage<?>>());
            configurer.onInitialize(config -> config.onStart(
                    () -> config.commandBus().registerHandlerInterceptor(new LoggingContextInterceptor<>())));
        };
    }

    @Bean
    KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration, GcaProperties properties) {
        EventUpcasterChain upcasters = configuration.upcasterChain() != null
                ? configuration.upcasterChain() : new EventUpcasterChain();
        return new CatalogCloudEventConverter(eventSerializer, upcasters, URI.create(properties.sourceUrn()));
    }

    /** Other services' topics, for processors configured with {@code source: streamableKafkaMessageSource}. */
    @Bean
    @ConditionalOnProperty("gca.kafka.consumed-topics[0]")
    StreamableKafkaMessageSource<String, CloudEvent> streamableKafkaMessageSource(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConsumerFactory<String, CloudEvent> kafkaConsumerFactory,
            Fetcher<String, CloudEvent, KafkaEventMessage> kafkaFetcher,
            KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter,
            KafkaProperties kafkaProperties, GcaProperties properties,
            org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry) {
        return streamableSource(properties.kafka().consumedTopics(), eventSerializer, kafkaConsumerFactory,
                kafkaFetcher, kafkaMessageConverter, kafkaProperties, registry.getIfAvailable());
    }

    /**
     * A Kafka source of other services' topics for tracking processors, its consumers' own metrics (records-lag-max …)
     * bound to {@code meters} when given: Axon's consumers have none. A service that wants a processor of its own for
     * some topics (so that a burst on one cannot delay another) declares a second source with this.
     */
    public static StreamableKafkaMessageSource<String, CloudEvent> streamableSource(
            java.util.List<String> topics, Serializer eventSerializer,
            ConsumerFactory<String, CloudEvent> kafkaConsumerFactory,
            Fetcher<String, CloudEvent, KafkaEventMessage> kafkaFetcher,
            KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter, KafkaProperties kafkaProperties,
            io.micrometer.core.instrument.MeterRegistry meters) {
        ConsumerFactory<String, CloudEvent> instrumented = meters == null ? kafkaConsumerFactory : groupId -> {
            org.apache.kafka.clients.consumer.Consumer<String, CloudEvent> consumer =
                    kafkaConsumerFactory.createConsumer(groupId);
            new io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics(consumer).bindTo(meters);
            return consumer;
        };
        return StreamableKafkaMessageSource.<String, CloudEvent>builder()
                .topics(topics)
                .serializer(eventSerializer)
                .consumerFactory(instrumented)
                .fetcher(kafkaFetcher)
                .messageConverter(kafkaMessageConverter)
                .bufferFactory(() -> new SortedKafkaMessageBuffer<>(kafkaProperties.getFetcher().getBufferSize()))
                .build();
    }

    @Bean
    BusinessNumbers businessNumbers(MongoDatabase gcaMongoDatabase, Clock clock) {
        return new BusinessNumbers(gcaMongoDatabase, clock);
    }

    @Bean
    MongoHealthIndicator mongoHealthIndicator(MongoDatabase gcaMongoDatabase) {
        return new MongoHealthIndicator(gcaMongoDatabase);
    }
}
