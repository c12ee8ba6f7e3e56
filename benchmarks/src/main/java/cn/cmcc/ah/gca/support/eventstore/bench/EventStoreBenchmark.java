package cn.cmcc.ah.gca.support.eventstore.bench;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import cn.cmcc.ah.gca.support.axon.GcaAxonConfiguration;
import cn.cmcc.ah.gca.support.eventstore.MongoKeyedEventStorageEngine;

/**
 * Load driver for the event store: {@link MongoKeyedEventStorageEngine} against Axon's stock
 * {@link MongoEventStorageEngine} (axon-mongo), both on the embedded MongoDB-wire server reached over TCP by the real
 * sync driver. Run by hand from the {@code benchmarks} module, never by {@code verify}; see
 * {@code docs/event-store-benchmark.md} for the command, the method and the figures.
 * <p>
 * For each store size (default 10^4, 10^5, 10^6 events; ~10 events per aggregate, ~1 KB JSON payloads) it measures:
 * raw {@code insertOne} of engine-shaped documents; commands (load an aggregate through an {@link EmbeddedEventStore},
 * append one event at the next sequence, in a {@link DefaultUnitOfWork}) and their ratio to raw inserts from the same
 * interleaved rounds; draining a backlog of fresh events through the tracking read; a caught-up poll; append-to-read
 * lag with a writer at a fixed rate and a tracking consumer of the event store; heap and RSS.
 * <p>
 * Options ({@code --name=value}, defaults in {@link #main(String[])}): {@code engines=keyed,stock}, {@code sizes},
 * {@code stock-sizes}, {@code server=child|inprocess}, {@code backend=memory|h2}, {@code server-xmx}, {@code rounds},
 * {@code raw-n}, {@code raw-warmup}, {@code cmd-seconds}, {@code warmup-seconds}, {@code backlog}, {@code lag-rate},
 * {@code lag-seconds}, {@code stock-bound-seconds}, {@code fill-threads}, {@code events-per-aggregate},
 * {@code variant-batch-size} (a second engine with this {@code batchSize}; 0 = off); {@code --help} lists them.
 */
public final class EventStoreBenchmark {

    private static final long START = System.nanoTime();

    private final Map<String, String> options;
    private final Serializer serializer = BenchEvents.serializer();
    private final Map<Long, Map<String, String>> newResults = new TreeMap<>();
    private final Map<Long, Map<String, String>> stockResults = new TreeMap<>();
    private BenchServer server;
    private MongoClient client;
    private int rawCollections;

    private EventStoreBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(usage());
            return;
        }
        new EventStoreBenchmark(options(args)).run();
        System.exit(0); // Axon's and the driver's threads
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = defaults();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value; unknown: " + arg);
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!options.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + options.keySet());
            }
            options.put(name, arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    static String usage() {
        StringBuilder usage = new StringBuilder("EventStoreBenchmark [--name=value ...]; options and defaults:");
        defaults().forEach((name, value) -> usage.append(System.lineSeparator())
                                                 .append("  --").append(name).append('=').append(value));
        return usage.toString();
    }

    private static Map<String, String> defaults() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("engines", "keyed,stock");
        options.put("sizes", "10000,100000,1000000");
        options.put("stock-sizes", "10000,100000");
        options.put("server", "child");
        options.put("backend", "memory");
        options.put("server-xmx", "8g");
        options.put("rounds", "6");
        options.put("raw-n", "10000");
        options.put("cmd-seconds", "2");
        options.put("raw-warmup", "20000");
        options.put("warmup-seconds", "3");
        options.put("backlog", "10000");
        options.put("lag-rate", "500");
        options.put("lag-seconds", "10");
        options.put("stock-bound-seconds", "60");
        options.put("fill-threads", "2");
        options.put("events-per-aggregate", "10");
        options.put("variant-batch-size", "16");
        options.put("cache-entries", "5000");
        options.put("working-set", "1000");
        options.put("catch-up-seconds", "180");
        return options;
    }

    // -------------------------------------------------------------------------------------------------- driver

    private void run() throws Exception {
        List<Long> sizes = longs("sizes");
        List<Long> stockSizes = longs("stock-sizes");
        log("options " + options);
        log("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                    + " processors, max heap " + mib(Runtime.getRuntime().maxMemory()) + " MiB, input args "
                    + ManagementFactory.getRuntimeMXBean().getInputArguments());
        Path h2File = null;
        String backend = options.get("backend");
        if (backend.equals("h2")) {
            h2File = Files.createTempFile("event-store-bench-", ".mv.db");
            Files.delete(h2File);
            backend = "h2:" + h2File;
        }
        long started = System.nanoTime();
        server = options.get("server").equals("inprocess")
                ? BenchServer.inProcess(backend)
                : BenchServer.childJvm(backend, options.get("server-xmx"));
        log("server " + server.description() + " at " + server.connectionString() + ", started in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        client = MongoClients.create(MongoClientSettings.builder()
                                                       .applyConnectionString(new ConnectionString(
                                                               server.connectionString()))
                                                       .build());
        try {
            boolean runKeyed = List.of(options.get("engines").split(",")).contains("keyed");
            boolean runStock = List.of(options.get("engines").split(",")).contains("stock");
            Target keyed = runKeyed ? keyedTarget(client.getDatabase("bench_keyed"), 0) : null;
            int variantBatch = Integer.parseInt(options.get("variant-batch-size"));
            Target variant = runKeyed && variantBatch > 0
                    ? keyedTarget(client.getDatabase("bench_keyed"), variantBatch) : null;
            Target stock = null;
            for (long size : sizes) {
                if (keyed != null) {
                    fill(keyed, size);
                    if (variant != null) {
                        variant.aggregates.set(keyed.aggregates.get());
                    }
                    newResults.put(size, measure(keyed, variant, size, false));
                    memory(newResults.get(size));
                }
                if (runStock && stockSizes.contains(size)) {
                    if (stock == null) {
                        stock = stockTarget(client.getDatabase("bench_stock"));
                    }
                    long bound = Long.parseLong(options.get("stock-bound-seconds")) * 1000;
                    log("stock phase: each measurement bounded to " + bound / 1000 + " s");
                    fill(stock, size);
                    stockResults.put(size, measure(stock, null, size, true));
                    if (keyed == null) {
                        memory(stockResults.get(size));
                    }
                }
                if (stock != null && sizes.stream().noneMatch(s -> s > size && stockSizes.contains(s))) {
                    log("dropping the stock store (no larger stock size follows) to free server memory");
                    shutDown(stock);
                    client.getDatabase("bench_stock").drop();
                    stock = null;
                }
            }
            shutDown(keyed);
            shutDown(variant);
            shutDown(stock);
            report();
        } finally {
            client.close();
            server.close();
            if (h2File != null) {
                Files.deleteIfExists(h2File);
            }
        }
    }

    // --------------------------------------------------------------------------------------------- the stores

    /** Stops the event store's producer thread and lets a fetch in progress end before the client closes. */
    private static void shutDown(Target target) throws InterruptedException {
        if (target != null) {
            target.store.shutDown();
            Thread.sleep(1000);
        }
    }

    /** An engine under test, the event store around it, and the aggregates it holds. */
    static final class Target {

        final String name;
        final EventStorageEngine engine;
        final EmbeddedEventStore store;
        final Supplier<Long> size;
        final AtomicInteger aggregates = new AtomicInteger();
        final boolean stock;

        Target(String name, EventStorageEngine engine, Supplier<Long> size, boolean stock) {
            this.name = name;
            this.engine = engine;
            this.store = EmbeddedEventStore.builder().storageEngine(engine).build();
            this.size = size;
            this.stock = stock;
        }

        String aggregateId(int index) {
            return name + "-agg-" + index;
        }

        /** Another event store over the same engine. */
        EmbeddedEventStore newStore() {
            return EmbeddedEventStore.builder().storageEngine(engine).build();
        }
    }

    /** The engine as configured in the services; {@code batchSize} 0 = its default (100). */
    private Target keyedTarget(MongoDatabase database, int batchSize) {
        MongoKeyedEventStorageEngine.Builder builder = MongoKeyedEventStorageEngine.builder()
                                                                                   .database(database)
                                                                                   .eventSerializer(serializer)
                                                                                   .snapshotSerializer(serializer);
        if (batchSize > 0) {
            builder.batchSize(batchSize);
        }
        MongoKeyedEventStorageEngine engine = builder.build();
        return new Target("keyed", engine, () -> {
            TrackingToken head = engine.createHeadToken();
            return head == null ? 0L : ((GlobalSequenceTrackingToken) head).getGlobalIndex();
        }, false);
    }

    private Target stockTarget(MongoDatabase database) {
        MongoEventStorageEngine engine =
                MongoEventStorageEngine.builder()
                                       .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                                       .eventSerializer(serializer)
                                       .snapshotSerializer(serializer)
                                       .build();
        MongoCollection<Document> events = database.getCollection("domainevents");
        return new Target("stock", engine, events::estimatedDocumentCount, true);
    }

    /** Appends whole aggregates ({@code events-per-aggregate} events, one append each) until the store has size. */
    private void fill(Target target, long size) throws Exception {
        int perAggregate = Integer.parseInt(options.get("events-per-aggregate"));
        long have = target.size.get();
        if (have >= size) {
            return;
        }
        int newAggregates = (int) ((size - have + perAggregate - 1) / perAggregate);
        int first = target.aggregates.get();
        int threads = Integer.parseInt(options.get("fill-threads"));
        AtomicInteger next = new AtomicInteger(first);
        int end = first + newAggregates;
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                    String id = target.aggregateId(i);
                    List<EventMessage<?>> events = new ArrayList<>(perAggregate);
                    for (int s = 0; s < perAggregate; s++) {
                        events.add(BenchEvents.event(id, s));
                    }
                    target.engine.appendEvents(events);
                    if (i % 20_000 == 0 && i > first) {
                        log("  fill " + target.name + ": " + (long) (i - first) * perAggregate + " events");
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        target.aggregates.set(end);
        double seconds = secondsSince(started);
        log(String.format("filled %s from %d to %d events (%d aggregates) in %.1f s: %.0f events/s", target.name,
                          have, target.size.get(), end, seconds, (target.size.get() - have) / seconds));
    }

    // ------------------------------------------------------------------------------------------- measurements

    private Map<String, String> measure(Target target, Target variant, long nominal, boolean bounded)
            throws Exception {
        Map<String, String> r = new LinkedHashMap<>();
        long boundMillis = bounded ? Long.parseLong(options.get("stock-bound-seconds")) * 1000 : 3_600_000L;
        log("== " + target.name + " at " + nominal + " (store holds " + target.size.get() + ")");
        r.put("events in store at start", String.valueOf(target.size.get()));
        r.put("aggregates", String.valueOf(target.aggregates.get()));
        r.put("load avg at start", loadAverage());

        commandsAgainstRaw(target, variant, r, boundMillis);
        breakdown(target, r, boundMillis);
        drain(target, r, boundMillis);
        caughtUpPoll(target, r, boundMillis);
        lag(target, r, boundMillis);
        if (!target.stock) {
            catchUp(target, r);
        }
        r.put("events in store at end", String.valueOf(target.size.get()));
        r.put("load avg at end", loadAverage());
        return r;
    }

    /**
     * Raw insertOne and commands in interleaved rounds (raw, commands, commands of the config variant); ratios are
     * taken per round. Then one more commands round with a tracking consumer of the event store attached.
     */
    private void commandsAgainstRaw(Target target, Target variant, Map<String, String> r, long boundMillis)
            throws InterruptedException {
        int rounds = Integer.parseInt(options.get("rounds"));
        int rawN = Integer.parseInt(options.get("raw-n"));
        long cmdMillis = Long.parseLong(options.get("cmd-seconds")) * 1000;
        long deadline = System.nanoTime() + boundMillis * 1_000_000;

        // warm-up: the server's and the driver's insert path need some 10^4 inserts before they run at full speed
        double rawWarm = rawInserts(Integer.parseInt(options.get("raw-warmup")));
        long warmMillis = Long.parseLong(options.get("warmup-seconds")) * 1000;
        Round warm = commands(target, target.store, warmMillis, deadline);
        if (variant != null) {
            commands(variant, variant.store, warmMillis / 2, deadline);
        }
        int half = target.aggregates.get() / 2;
        int workingSet = Math.min(Integer.parseInt(options.get("working-set")), half);
        RepositoryCommands repository = target.stock ? null
                : new RepositoryCommands(target.engine, Integer.parseInt(options.get("cache-entries")));
        if (repository != null) {
            repositoryCommands(target, repository, workingSet, warmMillis, deadline);
        }
        log(String.format("  warm-up: raw insertOne %.0f/s", rawWarm));
        log(String.format("  warm-up: %d commands, %.1f/s", warm.ops, warm.perSecond()));
        List<Double> raw = new ArrayList<>();
        List<Double> cmd = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> variantCmd = new ArrayList<>();
        List<Double> variantRatios = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        List<Long> variantLatencies = new ArrayList<>();
        List<Double> uniformCmd = new ArrayList<>();
        List<Double> uniformRatios = new ArrayList<>();
        List<Double> uniformHits = new ArrayList<>();
        List<Long> uniformLatencies = new ArrayList<>();
        List<Double> hotCmd = new ArrayList<>();
        List<Double> hotRatios = new ArrayList<>();
        List<Double> hotHits = new ArrayList<>();
        List<Long> hotLatencies = new ArrayList<>();
        long errors = 0;
        boolean cut = false;
        for (int i = 0; i < rounds && !cut; i++) {
            double rawRate = rawInserts(rawN);
            Round round = commands(target, target.store, cmdMillis, deadline);
            cut = round.cut;
            raw.add(rawRate);
            cmd.add(round.perSecond());
            ratios.add(round.perSecond() / rawRate);
            latencies.addAll(round.latencies);
            errors += round.errors;
            String variantText = "";
            if (variant != null) {
                Round v = commands(variant, variant.store, cmdMillis, deadline);
                variantCmd.add(v.perSecond());
                variantRatios.add(v.perSecond() / rawRate);
                variantLatencies.addAll(v.latencies);
                errors += v.errors;
                variantText = String.format("; batchSize %d: %.1f/s, ratio %.3f", variantBatchSize(),
                                            v.perSecond(), v.perSecond() / rawRate);
            }
            if (repository != null) {
                Round uniform = repositoryCommands(target, repository, half, cmdMillis,
                                                   deadline);
                Round hot = repositoryCommands(target, repository, workingSet, cmdMillis, deadline);
                uniformCmd.add(uniform.perSecond());
                uniformRatios.add(uniform.perSecond() / rawRate);
                uniformHits.add(uniform.hitRate());
                uniformLatencies.addAll(uniform.latencies);
                hotCmd.add(hot.perSecond());
                hotRatios.add(hot.perSecond() / rawRate);
                hotHits.add(hot.hitRate());
                hotLatencies.addAll(hot.latencies);
                errors += uniform.errors + hot.errors;
                variantText += String.format("; repository uniform: %.1f/s, ratio %.3f, cache hits %.2f"
                                                     + "; repository working set: %.1f/s, ratio %.3f, cache hits %.2f",
                                             uniform.perSecond(), uniform.perSecond() / rawRate, uniform.hitRate(),
                                             hot.perSecond(), hot.perSecond() / rawRate, hot.hitRate());
            }
            log(String.format("  round %d: raw insertOne %.0f/s, commands %.1f/s (%d in %.1f s), ratio %.3f%s%s, "
                                      + "load %s", i + 1, rawRate, round.perSecond(), round.ops,
                              round.nanos / 1e9, round.perSecond() / rawRate, cut ? " (cut at the bound)" : "",
                              variantText, loadAverage()));
        }
        r.put("raw insertOne/s", medianRange(raw, "%.0f"));
        r.put("commands/s (load + append)", medianRange(cmd, "%.1f") + (cut ? " — cut at the bound" : ""));
        r.put("ratio commands / raw insertOne", medianRange(ratios, "%.3f"));
        r.put("command latency p50 / p99 / max ms", percentiles(latencies));
        if (variant != null) {
            String name = " — engine batchSize " + variantBatchSize() + " (config variant)";
            r.put("commands/s" + name, medianRange(variantCmd, "%.1f"));
            r.put("ratio commands / raw insertOne" + name, medianRange(variantRatios, "%.3f"));
            r.put("command latency p50 / p99 / max ms" + name, percentiles(variantLatencies));
        }
        if (repository != null) {
            String uniformName = " — repository + aggregate cache (" + options.get("cache-entries")
                    + "), uniform over " + half + " aggregates";
            r.put("commands/s" + uniformName, medianRange(uniformCmd, "%.1f"));
            r.put("ratio commands / raw insertOne" + uniformName, medianRange(uniformRatios, "%.3f"));
            r.put("cache hit rate" + uniformName, medianRange(uniformHits, "%.3f"));
            r.put("command latency p50 / p99 / max ms" + uniformName, percentiles(uniformLatencies));
            String hotName = " — repository + aggregate cache, working set of " + workingSet + " aggregates";
            r.put("commands/s" + hotName, medianRange(hotCmd, "%.1f"));
            r.put("ratio commands / raw insertOne" + hotName, medianRange(hotRatios, "%.3f"));
            r.put("cache hit rate" + hotName, medianRange(hotHits, "%.3f"));
            r.put("command latency p50 / p99 / max ms" + hotName, percentiles(hotLatencies));
            repository.close();
        }
        r.put("command errors", String.valueOf(errors));
        if (cut) {
            r.put("commands bounded", String.format("stopped at the %d s bound after %d rounds", boundMillis / 1000,
                                                    raw.size()));
            return;
        }
        // one more round with a tracking consumer of the event store attached (as the Kafka publisher is): a fresh
        // event store (its producer starts at the consumer's position), used by the commands as well
        EmbeddedEventStore store = target.newStore();
        Consumer consumer = new Consumer(store, target.engine.createHeadToken());
        Thread.sleep(500);
        Round withConsumer = commands(target, store, cmdMillis, deadline);
        consumer.close();
        store.shutDown();
        String text = String.format("%.1f (consumer read %d events)", withConsumer.perSecond(), consumer.read.get());
        if (withConsumer.cut) {
            text += " — cut at the bound";
        }
        r.put("commands/s with a tracking consumer attached", text);
        log("  commands with a tracking consumer attached: " + text + ", load " + loadAverage());
    }

    private int variantBatchSize() {
        return Integer.parseInt(options.get("variant-batch-size"));
    }

    /** A tracking consumer of the event store that reads (and deserializes) everything, like a publisher. */
    static final class Consumer {

        final AtomicLong read = new AtomicLong();
        private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        private final Thread thread;

        Consumer(EmbeddedEventStore store, TrackingToken start) {
            thread = new Thread(() -> {
                try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(start)) {
                    while (!stop.get()) {
                        if (stream.hasNextAvailable(20, MILLISECONDS)) {
                            stream.nextAvailable().getPayload();
                            read.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "consumer");
            thread.start();
        }

        void close() throws InterruptedException {
            stop.set(true);
            thread.join(10_000);
        }
    }

    /** Where a command's time goes: the steps of the command path, called on the engine one by one. */
    private void breakdown(Target target, Map<String, String> r, long boundMillis) {
        long end = System.nanoTime() + Math.min(boundMillis, 3000) * 1_000_000;
        long snapshot = 0;
        long events = 0;
        long append = 0;
        int ops = 0;
        int aggregates = storeLevelAggregates(target);
        while (System.nanoTime() < end) {
            String id = storeLevelAggregate(target, ThreadLocalRandom.current().nextInt(aggregates));
            long t0 = System.nanoTime();
            target.engine.readSnapshot(id);
            long t1 = System.nanoTime();
            DomainEventStream history = target.engine.readEvents(id);
            long last = -1;
            while (history.hasNext()) {
                DomainEventMessage<?> event = history.next();
                event.getPayload();
                last = event.getSequenceNumber();
            }
            long t2 = System.nanoTime();
            target.engine.appendEvents(List.of(BenchEvents.event(id, last + 1)));
            long t3 = System.nanoTime();
            snapshot += t1 - t0;
            events += t2 - t1;
            append += t3 - t2;
            ops++;
        }
        String text = String.format("%.3f / %.3f / %.3f (%d ops)", snapshot / 1e6 / ops, events / 1e6 / ops,
                                    append / 1e6 / ops, ops);
        r.put("command steps ms: readSnapshot / read events / append", text);
        log("  command steps ms: readSnapshot / read events / append = " + text);
    }

    private double rawInserts(int n) {
        MongoCollection<Document> raw = client.getDatabase("bench_raw").getCollection("raw_" + (rawCollections++));
        raw.createIndex(Indexes.ascending("aggKey"), new IndexOptions().unique(true).name("aggKey_unique"));
        List<Document> documents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            documents.add(engineShapedDocument(i + 1));
        }
        long started = System.nanoTime();
        for (Document document : documents) {
            raw.insertOne(document);
        }
        long nanos = System.nanoTime() - started;
        raw.drop();
        return n / (nanos / 1e9);
    }

    /** A document with the fields and sizes of a {@link MongoKeyedEventStorageEngine} event document. */
    private Document engineShapedDocument(long position) {
        String aggregateId = "raw-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        GenericDomainEventMessage<?> event = BenchEvents.event(aggregateId, 3);
        SerializedObject<String> payload = serializer.serialize(event.getPayload(), String.class);
        SerializedObject<String> metaData = serializer.serialize(event.getMetaData(), String.class);
        return new Document("_id", position)
                .append("aggKey", aggregateId + ":" + position)
                .append("aggregateIdentifier", aggregateId)
                .append("sequenceNumber", 3L)
                .append("type", event.getType())
                .append("domain", true)
                .append("eventIdentifier", event.getIdentifier())
                .append("timestamp", event.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData())
                .append("commit", position);
    }

    static final class Round {
        long ops;
        long errors;
        long nanos;
        long storeReads;
        boolean cut;
        final List<Long> latencies = new ArrayList<>();

        double perSecond() {
            return nanos == 0 ? 0 : ops / (nanos / 1e9);
        }

        /** Commands whose aggregate came from the cache, not from the store (repository rounds only). */
        double hitRate() {
            return ops == 0 ? 0 : 1 - (double) storeReads / ops;
        }
    }

    /**
     * Commands as a service runs them: Axon's {@link EventSourcingRepository} loads a {@link BenchTicket} (with the
     * services' bounded aggregate cache, built by the same code), the aggregate applies its history and one new event,
     * the unit of work appends it.
     */
    static final class RepositoryCommands {

        final CountingEventStore store;
        final org.ehcache.CacheManager cacheManager;
        final EventSourcingRepository<BenchTicket> repository;

        RepositoryCommands(EventStorageEngine engine, int cacheEntries) {
            store = new CountingEventStore(EmbeddedEventStore.builder().storageEngine(engine));
            cacheManager = GcaAxonConfiguration.aggregateCacheManager(cacheEntries);
            AggregateSnapshotter snapshotter =
                    AggregateSnapshotter.builder()
                                        .eventStore(store)
                                        .aggregateFactories(new GenericAggregateFactory<>(BenchTicket.class))
                                        .build();
            // as the services: a snapshot every 50 events (gcaSnapshotTrigger), the bounded aggregate cache
            repository = EventSourcingRepository.builder(BenchTicket.class)
                                                .eventStore(store)
                                                .snapshotTriggerDefinition(
                                                        new EventCountSnapshotTriggerDefinition(snapshotter, 50))
                                                .cache(GcaAxonConfiguration.aggregateCache(cacheManager))
                                                .build();
        }

        void close() {
            store.shutDown();
            cacheManager.close();
        }
    }

    /** The event store, counting the aggregate loads that reach it (the cache's misses). */
    static final class CountingEventStore extends EmbeddedEventStore {

        final AtomicLong reads = new AtomicLong();

        CountingEventStore(EmbeddedEventStore.Builder builder) {
            super(builder);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier) {
            reads.incrementAndGet();
            return super.readEvents(aggregateIdentifier);
        }
    }

    /**
     * How many aggregates the store-level commands and the breakdown append to: the even-numbered ones of the keyed
     * store (the stock store: all). The repository commands take the odd-numbered ones, so that no other writer makes
     * their cached aggregates stale (in a service, every append goes through its repository) and their aggregates,
     * snapshotted like a service's, do not lengthen the ones the store-level commands load.
     */
    private static int storeLevelAggregates(Target target) {
        return target.stock ? target.aggregates.get() : Math.max(1, target.aggregates.get() / 2);
    }

    /** The {@code i}-th aggregate of the store-level commands (see {@link #storeLevelAggregates}). */
    private static String storeLevelAggregate(Target target, int i) {
        return target.aggregateId(target.stock ? i : 2 * i);
    }

    /**
     * Repository commands for {@code millis}, each on one of the first {@code choices} odd-numbered aggregates at
     * random (see {@link #storeLevelAggregates}).
     */
    private Round repositoryCommands(Target target, RepositoryCommands commands, int choices, long millis,
                                     long deadline) {
        long readsBefore = commands.store.reads.get();
        Round round = timedCommands(millis, deadline, "repository command",
                                    () -> target.aggregateId(2 * ThreadLocalRandom.current().nextInt(choices) + 1),
                                    id -> commands.repository.load(id).execute(BenchTicket::update));
        round.storeReads = commands.store.reads.get() - readsBefore;
        return round;
    }

    /** Commands for {@code millis}: load a random aggregate, append one event at its next sequence. */
    private Round commands(Target target, EmbeddedEventStore store, long millis, long deadline) {
        int aggregates = storeLevelAggregates(target);
        return timedCommands(millis, deadline, "command",
                             () -> storeLevelAggregate(target, ThreadLocalRandom.current().nextInt(aggregates)),
                             id -> {
                                 DomainEventStream history = store.readEvents(id);
                                 long last = -1;
                                 while (history.hasNext()) {
                                     DomainEventMessage<?> event = history.next();
                                     event.getPayload(); // an aggregate applies every event: deserialize it
                                     last = event.getSequenceNumber();
                                 }
                                 store.publish(BenchEvents.event(id, last + 1));
                             });
    }

    /**
     * Runs {@code command} in its own unit of work on an aggregate chosen by {@code pick}, one after the other, for
     * {@code millis} (or until {@code deadline}); counts, times and logs the first failures.
     */
    private static Round timedCommands(long millis, long deadline, String kind, Supplier<String> pick,
                                       java.util.function.Consumer<String> command) {
        Round round = new Round();
        long started = System.nanoTime();
        long end = started + millis * 1_000_000;
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            if (now >= deadline) {
                round.cut = true;
                break;
            }
            String id = pick.get();
            long opStart = System.nanoTime();
            try {
                DefaultUnitOfWork.startAndGet(null).execute(() -> command.accept(id));
                round.ops++;
            } catch (RuntimeException e) {
                round.errors++;
                if (round.errors <= 3) {
                    log("  " + kind + " failed: " + e);
                }
            }
            round.latencies.add(System.nanoTime() - opStart);
        }
        round.nanos = System.nanoTime() - started;
        return round;
    }

    /**
     * A new tracking consumer (a new processor, or one replaying) reads the whole store from the first event through
     * Axon's {@link EmbeddedEventStore}, deserializing every payload, while the heap of this {@code -Xmx256m} JVM is
     * sampled: the memory a service needs to catch up on any backlog.
     */
    private void catchUp(Target target, Map<String, String> r) throws InterruptedException {
        long bound = Long.parseLong(options.get("catch-up-seconds")) * 1_000_000_000L;
        long total = target.size.get();
        EmbeddedEventStore store = target.newStore();
        java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long maxHeap = heapBefore;
        long read = 0;
        long started = System.nanoTime();
        String outcome = "reached the head";
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (read < total) {
                if (System.nanoTime() - started > bound) {
                    outcome = "stopped at the " + bound / 1_000_000_000L + "-s bound";
                    break;
                }
                if (stream.hasNextAvailable(100, MILLISECONDS)) {
                    stream.nextAvailable().getPayload();
                    read++;
                    if ((read & 1023) == 0) {
                        maxHeap = Math.max(maxHeap, memory.getHeapMemoryUsage().getUsed());
                    }
                }
            }
        } catch (OutOfMemoryError e) {
            outcome = "OUT OF MEMORY after " + read + " events";
        } finally {
            store.shutDown();
        }
        double seconds = secondsSince(started);
        String text = String.format("%d of %d events in %.1f s, %.0f/s, %s; heap used before / max sampled: %d / %d MiB",
                                    read, total, seconds, read / seconds, outcome, mib(heapBefore), mib(maxHeap));
        r.put("catch-up from the first event (new processor, -Xmx256m)", text);
        log("  catch-up: " + text + ", load " + loadAverage());
    }

    /** Appends a backlog of single-event appends, then reads it back through the tracking read. */
    private void drain(Target target, Map<String, String> r, long boundMillis) {
        int backlog = Integer.parseInt(options.get("backlog"));
        long deadline = System.nanoTime() + boundMillis * 1_000_000;
        TrackingToken start = target.engine.createHeadToken();
        String prefix = target.name + "-drain-" + target.size.get() + "-";
        long appendStart = System.nanoTime();
        for (int i = 0; i < backlog; i++) {
            target.engine.appendEvents(List.of(BenchEvents.event(prefix + i, 0)));
        }
        double appendRate = backlog / secondsSince(appendStart);
        r.put("single-event appends/s (engine, no load)", String.format("%.0f", appendRate));

        Set<String> seen = new java.util.HashSet<>();
        TrackingToken token = start;
        long readStart = System.nanoTime();
        long other = 0;
        boolean cut = false;
        int emptyStreams = 0;
        while (seen.size() < backlog && !cut) {
            int before = seen.size();
            try (Stream<? extends TrackedEventMessage<?>> stream = target.engine.readEvents(token, false)) {
                var iterator = stream.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    event.getPayload(); // a publisher converts every event
                    token = event.trackingToken();
                    if (event instanceof DomainEventMessage<?> d && d.getAggregateIdentifier().startsWith(prefix)) {
                        seen.add(event.getIdentifier());
                    } else {
                        other++;
                    }
                    if (System.nanoTime() >= deadline) {
                        cut = true;
                        break;
                    }
                }
            }
            if (seen.size() == before && ++emptyStreams > 3) {
                break;
            }
        }
        double seconds = secondsSince(readStart);
        String result = String.format("%.0f", seen.size() / seconds);
        if (seen.size() < backlog) {
            result += String.format(" — read only %d of %d within %.0f s", seen.size(), backlog, seconds);
        }
        r.put("publisher drain events/s (backlog " + backlog + ")", result);
        if (other > 0) {
            r.put("drain: older events re-read", String.valueOf(other));
        }
        log(String.format("  appended %d single events at %.0f/s; drained %d in %.2f s: %s/s (%d older events "
                                  + "re-read), load %s", backlog, appendRate, seen.size(), seconds, result, other,
                          loadAverage()));
    }

    /** The cost of one poll by a reader that is caught up. */
    private void caughtUpPoll(Target target, Map<String, String> r, long boundMillis) {
        TrackingToken head = target.engine.createHeadToken();
        // drain to the true end first (the stock head token looks back a second)
        TrackingToken token = head;
        try (Stream<? extends TrackedEventMessage<?>> stream = target.engine.readEvents(head, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                token = iterator.next().trackingToken();
            }
        }
        long deadline = System.nanoTime() + Math.min(boundMillis, 10_000) * 1_000_000;
        int polls = 0;
        long started = System.nanoTime();
        while (polls < 1000 && System.nanoTime() < deadline) {
            try (Stream<? extends TrackedEventMessage<?>> stream = target.engine.readEvents(token, false)) {
                stream.findFirst();
            }
            polls++;
        }
        double ms = secondsSince(started) * 1000 / polls;
        r.put("caught-up poll ms", String.format("%.3f (%d polls)", ms, polls));
        log(String.format("  caught-up poll %.3f ms (%d polls)", ms, polls));
    }

    /** A writer at a fixed rate through the event store; a tracking consumer of the same store; delay to read. */
    private void lag(Target target, Map<String, String> r, long boundMillis) throws InterruptedException {
        int rate = Integer.parseInt(options.get("lag-rate"));
        int seconds = Integer.parseInt(options.get("lag-seconds"));
        long deadline = System.nanoTime() + Math.max(boundMillis, seconds * 2000L) * 1_000_000;
        String prefix = target.name + "-lag-" + target.size.get() + "-";
        TrackingToken start = target.engine.createHeadToken();
        int total = rate * seconds;
        long[] lags = new long[total];
        AtomicInteger received = new AtomicInteger();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        // a fresh event store, so that its producer starts at the reader's position; the writer uses it too
        EmbeddedEventStore store = target.newStore();
        Thread reader = new Thread(() -> {
            try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(start)) {
                while (!stop.get()) {
                    if (stream.hasNextAvailable(20, MILLISECONDS)) {
                        TrackedEventMessage<?> event = stream.nextAvailable();
                        long now = epochNanos(Instant.now());
                        if (event instanceof DomainEventMessage<?> d && d.getAggregateIdentifier().startsWith(prefix)
                                && seen.add(event.getIdentifier())) {
                            int i = received.getAndIncrement();
                            if (i < lags.length) {
                                lags[i] = now - epochNanos(event.getTimestamp());
                            }
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lag-reader");
        reader.start();
        Thread.sleep(500); // let the consumer open its stream

        long periodNanos = 1_000_000_000L / rate;
        long writeStart = System.nanoTime();
        int written = 0;
        int errors = 0;
        int[] sequences = new int[50];
        for (int i = 0; i < total && System.nanoTime() < deadline; i++) {
            long due = writeStart + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int aggregate = i % sequences.length;
            var event = BenchEvents.event(prefix + aggregate, sequences[aggregate]++);
            try {
                DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(event));
                written++;
            } catch (RuntimeException e) {
                errors++;
            }
        }
        double writeSeconds = secondsSince(writeStart);
        long catchUpStart = System.nanoTime();
        while (received.get() < written && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double catchUp = secondsSince(catchUpStart);
        stop.set(true);
        reader.join(5000);
        store.shutDown();
        int got = Math.min(received.get(), lags.length);
        List<Long> values = new ArrayList<>(got);
        for (int i = 0; i < got; i++) {
            values.add(lags[i]);
        }
        r.put("lag writer rate achieved /s", String.format("%.0f (%d written, %d errors)", written / writeSeconds,
                                                           written, errors));
        String lagText = percentiles(values);
        if (got < written) {
            lagText += String.format(" — only %d of %d read within the bound (%.0f s after the writer stopped)",
                                     got, written, catchUp);
        }
        r.put("lag append→read p50 / p99 / max ms", lagText);
        log(String.format("  lag at %d/s for %d s: writer %.0f/s, read %d/%d, lag %s, load %s", rate, seconds,
                          written / writeSeconds, got, written, lagText, loadAverage()));
    }

    private void memory(Map<String, String> r) throws IOException {
        System.gc();
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long[] self = BenchServer.procStatus("self");
        r.put("benchmark JVM (-Xmx" + mib(Runtime.getRuntime().maxMemory()) + "m): heap after GC / RSS / peak RSS "
                      + "MiB", String.format("%d / %d / %d", mib(heap.getUsed()), self[0] / 1024, self[1] / 1024));
        if (server.isChild()) {
            long[] child = server.childMemory();
            r.put("server JVM: heap after GC / RSS / peak RSS MiB",
                  String.format("%d / %d / %d", mib(child[2]), child[0] / 1024, child[1] / 1024));
        }
        log("  memory " + r.entrySet().stream().filter(e -> e.getKey().contains("JVM")).toList());
    }

    // ------------------------------------------------------------------------------------------------- report

    private void report() {
        System.out.println();
        System.out.println("## Results (" + LocalDateTime.now().withNano(0) + ", server " + server.description()
                                   + ")");
        Set<Long> sizes = new java.util.TreeSet<>(newResults.keySet());
        sizes.addAll(stockResults.keySet());
        for (long size : sizes) {
            Map<String, String> keyed = newResults.getOrDefault(size, Map.of());
            Map<String, String> stock = stockResults.getOrDefault(size, Map.of());
            List<String> metrics = new ArrayList<>(keyed.keySet());
            for (String metric : stock.keySet()) {
                if (!metrics.contains(metric)) {
                    metrics.add(metric);
                }
            }
            System.out.println();
            System.out.println("### " + size + " events");
            System.out.println();
            System.out.println("| metric | MongoKeyedEventStorageEngine | stock MongoEventStorageEngine |");
            System.out.println("|---|---|---|");
            for (String metric : metrics) {
                System.out.println("| " + metric + " | " + keyed.getOrDefault(metric, keyed.isEmpty() ? "not run" : "")
                                           + " | " + stock.getOrDefault(metric, stock.isEmpty() ? "not run" : "")
                                           + " |");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private List<Long> longs(String option) {
        String value = options.get(option);
        if (value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(Long::parseLong).toList();
    }

    private static String medianRange(List<Double> values, String format) {
        if (values.isEmpty()) {
            return "n/a";
        }
        List<Double> sorted = values.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        if (sorted.size() % 2 == 0) {
            median = (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        }
        if (sorted.size() == 1) {
            return String.format(format, median);
        }
        return String.format(format + " (" + format + "–" + format + ")", median, sorted.get(0),
                             sorted.get(sorted.size() - 1));
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "n/a";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("%.2f / %.2f / %.1f", sorted[(int) (sorted.length * 0.50)] / 1e6,
                             sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6,
                             sorted[sorted.length - 1] / 1e6);
    }

    private static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    static void log(String message) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - START) / 1e9, message);
        System.out.flush();
    }
}
