package cn.cmcc.ah.gca.bench;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.support.kafka.CatalogCloudEventConverter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.bson.Document;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for sla-monitor's clock engine, the one behind docs/sla-benchmark.md: how fast domain events become
 * open clocks (intake → clock → projection), how late warnings and breaches are detected with that many clocks open,
 * what an open clock costs in heap, and beside it, in the same run and on the same records, a plain Kafka consumer
 * that upserts each record by {@code _id} into the same store. Run from the repository root through the benchmarks
 * module, the mode and its options in {@code bench.args}:
 *
 * <pre>
 *   ./mvnw -B -q -pl benchmarks exec:exec@sla-detection -Dbench.args="MODE OPTIONS"
 *
 *   rules --from sla-monitor/src/main/resources/sla-rules.yml --out FILE [--fault-limit PT1M]
 *         the shipped rules with fault.acceptance's 15 minutes shortened, so that the detection sample falls due
 *         within the run (start sla-monitor with --gca.sla.rules-file=file:FILE)
 *   run   --bootstrap 127.0.0.1:19092 --mongo mongodb://127.0.0.1:37017 --base http://127.0.0.1:18085 --pid PID
 *         --clocks 100000 [--faults 200 --fault-rate 2 --fault-limit PT1M] [--during-faults 100 --during-rate 1]
 *         [--max-minutes 35] [--checkpoints 10] [--tag B1] [--out FILE] [--no-raw]
 *   raw   --bootstrap ... --mongo ... --count N [--tag B1]     the baseline alone
 *   heap  --pid PID                                            full GC, then the heap in use
 *   schedule --clocks 1000000 [--classes sla-monitor/target/classes] [--views] [--histogram]
 *         sla-monitor's in-memory deadline schedule alone, in this JVM: heap per open clock, cost of a look at the
 *         head; --views: also the open views the schedule's rebuild holds in one list
 * </pre>
 *
 * run: (1) heap of the sla-monitor JVM {@code PID} after a full GC ({@code jcmd GC.run}, {@code GC.heap_info});
 * (2) {@code clocks} ConfirmationFormReceived on gca.presale.events as presale-service publishes them
 * (CatalogCloudEventConverter, CloudEvents binary mode, key = form id), received now, so each starts a
 * presale.confirmation clock due in 2 working days that stays open through the run; meanwhile, with
 * {@code --during-faults}, FaultReported at {@code during-rate}/s on gca.fault.events (detection while the intake is
 * busy); (3) until {@code gca_sla_clocks_started_total{rule="presale.confirmation"}} reaches {@code clocks}: the
 * Prometheus endpoint and the gca.sla.events topic polled every 5 s, a full GC and the heap at every
 * {@code clocks/checkpoints}; (4) the heap after a full GC with every clock open; (5) the detection sample: {@code faults}
 * FaultReported at {@code fault-rate}/s, each a fault.acceptance clock of {@code fault-limit} (warning at 80 %), waited
 * for until every one is breached; (6) the raw baseline on the same presale records: a plain consumer (own group,
 * from the beginning) that only deserializes, then one that deserializes, parses the data and upserts a document by
 * {@code _id} = form id into {@code gca-bench.raw_<tag>} of the same store, one at a time.
 * <p>
 * Detection delay = the Kafka record timestamp of SlaClockWarned/Breached on gca.sla.events minus the warning instant
 * (from its SlaClockStarted) or the deadline; the engine's own view (warnedAt/breachedAt minus due) is given beside
 * it. Percentiles are nearest-rank.
 */
public class SlaDetectionLoad {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String CONFIRMATION = "presale.confirmation";
    static final String ACCEPTANCE = "fault.acceptance";
    static final ServiceLevel[] LEVELS = ServiceLevel.values();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: SlaDetectionLoad rules|run|raw|heap --option value ...");
            System.exit(2);
        }
        Map<String, String> o = ReadModelLoad.options(args);
        switch (args[0]) {
            case "rules" -> rules(o);
            case "run" -> new SlaDetectionLoad(o).run();
            case "raw" -> {
                SlaDetectionLoad load = new SlaDetectionLoad(o);
                load.raw(Integer.parseInt(o.getOrDefault("count", o.getOrDefault("clocks", "0"))));
                load.summary();
            }
            case "heap" -> log("heap after full GC: %s", heap(Long.parseLong(o.get("pid")), true));
            case "schedule" -> schedule(o);
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    static void log(String format, Object... args) {
        System.out.println("[" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] "
                + String.format(format, args));
        System.out.flush();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- rules

    /** The shipped rules file with fault.acceptance's clock-time limit replaced; everything else as shipped. */
    static void rules(Map<String, String> o) throws IOException {
        String text = Files.readString(Path.of(o.getOrDefault("from", "sla-monitor/src/main/resources/sla-rules.yml")));
        String limit = o.getOrDefault("fault-limit", "PT1M");
        Duration.parse(limit);
        int rule = text.indexOf("- id: " + ACCEPTANCE);
        if (rule < 0) {
            throw new IllegalStateException("no rule " + ACCEPTANCE + " in the rules file");
        }
        int next = text.indexOf("\n  - id: ", rule + 1);
        String block = text.substring(rule, next < 0 ? text.length() : next);
        Matcher m = Pattern.compile("clockTime:\\s*PT[0-9A-Z.]+").matcher(block);
        if (!m.find()) {
            throw new IllegalStateException("no clockTime limit in rule " + ACCEPTANCE);
        }
        String changed = block.substring(0, m.start()) + "clockTime: " + limit + block.substring(m.end());
        String out = "# Written by SlaDetectionLoad rules (docs/sla-benchmark.md): the shipped rules, " + ACCEPTANCE
                + " limited to " + limit + " so that the detection sample falls due within the run.\n"
                + text.substring(0, rule) + changed + (next < 0 ? "" : text.substring(next));
        Path target = Path.of(o.getOrDefault("out", "sla-rules-bench.yml"));
        Files.writeString(target, out);
        log("wrote %s (%s limit %s)", target.toAbsolutePath(), ACCEPTANCE, limit);
    }

    // ---------------------------------------------------------------- schedule

    /**
     * The in-memory deadline schedule alone (sla-monitor's {@code DeadlineSchedule}, loaded from {@code --classes},
     * default sla-monitor/target/classes): {@code clocks} open clocks put as the clock projection puts them (a fresh
     * clock id and fresh instants per clock, as read from its stored view; tags shared), the heap after a full GC
     * before and after, and what finding the due points costs with that many open.
     */
    static void schedule(Map<String, String> o) throws Exception {
        int clocks = Integer.parseInt(o.getOrDefault("clocks", "1000000"));
        Path classes = Path.of(o.getOrDefault("classes", "sla-monitor/target/classes"));
        java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[]{classes.toUri().toURL()},
                SlaDetectionLoad.class.getClassLoader());
        Class<?> scheduleClass = loader.loadClass("cn.cmcc.ah.gca.sla.query.DeadlineSchedule");
        Class<?> keyClass = loader.loadClass("cn.cmcc.ah.gca.sla.query.DeadlineSchedule$Key");
        java.lang.reflect.Method put = scheduleClass.getMethod("put", String.class, keyClass, boolean.class,
                boolean.class, boolean.class, Instant.class, Instant.class);
        java.lang.reflect.Method takeDue = scheduleClass.getMethod("takeDue", Instant.class);
        java.lang.reflect.Method scheduled = scheduleClass.getMethod("scheduled");
        java.lang.reflect.Constructor<?> keyOf = keyClass.getConstructor(String.class, Department.class,
                ServiceLevel.class);
        Object schedule = scheduleClass.getConstructor().newInstance();
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long t0 = System.nanoTime();
        long start = Instant.parse("2026-12-02T02:00:00Z").getEpochSecond();
        for (int i = 0; i < clocks; i++) {
            Object key = keyOf.newInstance(CONFIRMATION, Department.CSSC, LEVELS[i % LEVELS.length]);
            long started = start + i % 86_400;
            put.invoke(schedule, new String(CONFIRMATION + ":" + String.format("RC-2026-%07d", i)), key, false,
                    false, false, Instant.ofEpochSecond(started + 2 * 86_400 * 8 / 10),
                    Instant.ofEpochSecond(started + 2 * 86_400));
        }
        long t1 = System.nanoTime();
        long after = usedAfterGc(memory);
        long[] head = new long[1000];
        Instant now = Instant.parse("2026-12-02T02:00:00Z");
        for (int k = 0; k < head.length; k++) {
            long h0 = System.nanoTime();
            takeDue.invoke(schedule, now);
            head[k] = System.nanoTime() - h0;
        }
        Arrays.sort(head);
        log("RESULT schedule: %d open clocks (%s due points) put in %.1f s (%.0f puts/s); heap after full GC %.1f MB "
                        + "before, %.1f MB after: %.1f MB, %.0f bytes per open clock; a look at the head with nothing due "
                        + "p50 %.1f µs, p99 %.1f µs", clocks, scheduled.invoke(schedule), (t1 - t0) / 1e9,
                clocks / ((t1 - t0) / 1e9), before / 1048576.0, after / 1048576.0, (after - before) / 1048576.0,
                (double) (after - before) / clocks, head[500] / 1e3, head[990] / 1e3);
        if (o.containsKey("views")) {
            views(loader, clocks, memory, after);
        }
        if (o.containsKey("histogram")) {
            String histogram = command("jcmd", String.valueOf(ProcessHandle.current().pid()), "GC.class_histogram");
            if (histogram != null) {
                Arrays.stream(histogram.split("\n")).limit(16).forEach(System.out::println);
            }
        }
        java.lang.ref.Reference.reachabilityFence(schedule);
    }

    /**
     * What the schedule's rebuild holds at once ({@code ScheduleKeeper.rebuild}: every open view read into one list):
     * {@code clocks} SlaClockView objects filled as a running presale.confirmation clock's stored view reads back.
     */
    static void views(ClassLoader loader, int clocks, java.lang.management.MemoryMXBean memory, long before)
            throws Exception {
        Class<?> viewClass = loader.loadClass("cn.cmcc.ah.gca.sla.query.SlaClockView");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Enum> stateClass = (Class<Enum>) loader.loadClass("cn.cmcc.ah.gca.sla.query.SlaClockView$State");
        Object running = Enum.valueOf(stateClass, "RUNNING");
        List<Object> views = new ArrayList<>(clocks);
        long start = Instant.parse("2026-12-02T02:00:00Z").getEpochSecond();
        long t0 = System.nanoTime();
        for (int i = 0; i < clocks; i++) {
            Object v = viewClass.getConstructor().newInstance();
            String subject = String.format("RC-2026-%07d", i);
            long started = start + i % 86_400;
            set(v, "clockId", new String(CONFIRMATION + ":" + subject));
            set(v, "ruleId", new String(CONFIRMATION));
            set(v, "ruleVersion", 1L);
            set(v, "article", new String("Art. 11–14"));
            set(v, "subjectId", subject);
            set(v, "customerGroupId", String.valueOf(5510000000L + i % 1000));
            set(v, "serviceLevel", LEVELS[i % LEVELS.length]);
            set(v, "responsibleDepartment", Department.CSSC);
            set(v, "escalationDepartment", Department.GCD);
            set(v, "limit", new String("2 个工作日 / 2 WD"));
            set(v, "state", running);
            set(v, "startedAt", Instant.ofEpochSecond(started));
            set(v, "warnAt", Instant.ofEpochSecond(started + 2 * 86_400 * 8 / 10));
            set(v, "deadline", Instant.ofEpochSecond(started + 2 * 86_400));
            set(v, "calendarVersion", 3L);
            views.add(v);
        }
        long t1 = System.nanoTime();
        long after = usedAfterGc(memory);
        log("RESULT views: %d SlaClockView in one list (as the schedule's rebuild reads them) beside the schedule: "
                        + "%.1f MB more, %.0f bytes per view (built in %.1f s)", clocks, (after - before) / 1048576.0,
                (double) (after - before) / clocks, (t1 - t0) / 1e9);
        java.lang.ref.Reference.reachabilityFence(views);
    }

    static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        target.getClass().getField(field).set(target, value);
    }

    static long usedAfterGc(java.lang.management.MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    // ---------------------------------------------------------------- set-up

    final String bootstrap;
    final String mongo;
    final String base;
    final long pid;
    final String tag;
    final CatalogCloudEventConverter presaleConverter;
    final CatalogCloudEventConverter faultConverter;
    final Map<String, String> o;

    SlaDetectionLoad(Map<String, String> o) {
        this.o = o;
        this.bootstrap = o.getOrDefault("bootstrap", "127.0.0.1:19092");
        this.mongo = o.getOrDefault("mongo", "mongodb://127.0.0.1:37017");
        this.base = o.getOrDefault("base", "http://127.0.0.1:18085");
        this.pid = Long.parseLong(o.getOrDefault("pid", "0"));
        this.tag = o.getOrDefault("tag", "B" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss")));
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JSON).build();
        this.presaleConverter = new CatalogCloudEventConverter(serializer, new EventUpcasterChain(),
                URI.create("urn:gca:presale-service"));
        this.faultConverter = new CatalogCloudEventConverter(serializer, new EventUpcasterChain(),
                URI.create("urn:gca:fault-service"));
    }

    KafkaProducer<String, CloudEvent> producer() {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return new KafkaProducer<>(p, new StringSerializer(), new CloudEventSerializer());
    }

    String formId(int i) {
        return String.format("RC-%s-%07d", tag, i);
    }

    String ticketId(int i) {
        return String.format("FT-%s-%05d", tag, i);
    }

    static int index(String subjectId) {
        return Integer.parseInt(subjectId.substring(subjectId.lastIndexOf('-') + 1));
    }

    boolean ours(String subjectId) {
        return subjectId != null && subjectId.length() > 3 && subjectId.startsWith(tag + "-", 3);
    }

    ProducerRecord<String, CloudEvent> confirmationReceived(int i) {
        String formId = formId(i);
        ConfirmationFormReceived event = new ConfirmationFormReceived(formId,
                new CustomerRef(String.valueOf(5510000000L + i % 1000), "安徽某某集团" + i % 1000, LEVELS[i % LEVELS.length]),
                1 + i % 5, Instant.now());
        GenericDomainEventMessage<ConfirmationFormReceived> message = new GenericDomainEventMessage<>(
                "ConfirmationForm", formId, 1, event, MetaData.from(Map.of(
                MetadataKeys.ACTING_DEPARTMENT, "CSSC", MetadataKeys.ACTING_USER, "cssc-bench",
                MetadataKeys.CORRELATION_ID, formId)));
        return presaleConverter.createKafkaMessage(message, Topics.PRESALE);
    }

    ProducerRecord<String, CloudEvent> faultReported(int i) {
        String ticketId = ticketId(i);
        FaultReported event = new FaultReported(ticketId, String.format("AH-HF-ZX-%06d", i),
                new CustomerRef(String.valueOf(5510000000L + i % 1000), "安徽某某集团" + i % 1000, LEVELS[i % LEVELS.length]),
                ReportChannel.CALL_CENTER, "专线中断", new MaskedContact("张*", "138****0000", null), Department.MON,
                Department.MON, List.of(), Instant.now());
        GenericDomainEventMessage<FaultReported> message = new GenericDomainEventMessage<>("FaultTicket", ticketId, 0,
                event, MetaData.from(Map.of(MetadataKeys.ACTING_DEPARTMENT, "CALL_CENTER",
                MetadataKeys.ACTING_USER, "agent-bench", MetadataKeys.CORRELATION_ID, ticketId)));
        return faultConverter.createKafkaMessage(message, Topics.FAULT);
    }

    // ---------------------------------------------------------------- the SLA topic

    /** A fault clock as seen on gca.sla.events. Times in epoch millis; 0 = not seen. */
    static final class FaultClock {
        volatile long producedAt;
        volatile long startedTs;
        volatile long warnAt;
        volatile long deadline;
        volatile long warnTs;
        volatile long warnedAt;
        volatile long breachTs;
        volatile long breachedAt;
        volatile boolean during;
    }

    /** Reads gca.sla.events from the beginning all run long: clock starts, warnings and breaches of this run. */
    final class SlaTopicReader extends Thread {
        final long[] confirmationStartedTs;
        final AtomicLong confirmationsStarted = new AtomicLong();
        final AtomicLong otherEvents = new AtomicLong();
        final Map<String, FaultClock> faults = new ConcurrentHashMap<>();
        final AtomicLong warnings = new AtomicLong();
        final AtomicLong breaches = new AtomicLong();
        final AtomicLong confirmationWarnings = new AtomicLong();
        final AtomicLong confirmationBreaches = new AtomicLong();
        volatile boolean stop;
        volatile Throwable failure;

        SlaTopicReader(int clocks) {
            super("sla-topic-reader");
            setDaemon(true);
            confirmationStartedTs = new long[clocks];
        }

        FaultClock fault(String ticketId) {
            return faults.computeIfAbsent(ticketId, t -> new FaultClock());
        }

        @Override
        public void run() {
            Map<String, Object> p = new HashMap<>();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
            try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                    new CloudEventDeserializer())) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (PartitionInfo info : consumer.partitionsFor(Topics.SLA)) {
                    partitions.add(new TopicPartition(info.topic(), info.partition()));
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                while (!stop) {
                    ConsumerRecords<String, CloudEvent> records = consumer.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, CloudEvent> r : records) {
                        accept(r);
                    }
                }
            } catch (Throwable e) {
                failure = e;
                log("SLA topic reader failed: %s", e);
            }
        }

        private void accept(ConsumerRecord<String, CloudEvent> r) throws IOException {
            CloudEvent e = r.value();
            if (e == null || e.getData() == null) {
                return;
            }
            String type = e.getType();
            String kind = type.substring("gca.sla.".length(), type.lastIndexOf(".v"));
            if (!kind.startsWith("SlaClock")) {
                otherEvents.incrementAndGet();
                return;
            }
            JsonNode data = JSON.readTree(e.getData().toBytes());
            String subject = data.path("subjectId").asText(null);
            if (!ours(subject)) {
                otherEvents.incrementAndGet();
                return;
            }
            String rule = data.path("ruleId").asText();
            boolean confirmation = CONFIRMATION.equals(rule);
            switch (kind) {
                case "SlaClockStarted" -> {
                    if (confirmation) {
                        int i = index(subject);
                        if (i < confirmationStartedTs.length && confirmationStartedTs[i] == 0) {
                            confirmationStartedTs[i] = r.timestamp();
                            confirmationsStarted.incrementAndGet();
                        }
                    } else if (ACCEPTANCE.equals(rule)) {
                        FaultClock f = fault(subject);
                        f.warnAt = Instant.parse(data.get("warnAt").asText()).toEpochMilli();
                        f.deadline = Instant.parse(data.get("deadline").asText()).toEpochMilli();
                        f.startedTs = r.timestamp();
                    }
                }
                case "SlaClockWarned" -> {
                    if (confirmation) {
                        confirmationWarnings.incrementAndGet();
                    } else if (ACCEPTANCE.equals(rule)) {
                        FaultClock f = fault(subject);
                        f.warnedAt = Instant.parse(data.get("warnedAt").asText()).toEpochMilli();
                        f.warnTs = r.timestamp();
                        warnings.incrementAndGet();
                    }
                }
                case "SlaClockBreached" -> {
                    if (confirmation) {
                        confirmationBreaches.incrementAndGet();
                    } else if (ACCEPTANCE.equals(rule)) {
                        FaultClock f = fault(subject);
                        f.breachedAt = Instant.parse(data.get("breachedAt").asText()).toEpochMilli();
                        f.deadline = Instant.parse(data.get("deadline").asText()).toEpochMilli();
                        f.breachTs = r.timestamp();
                        breaches.incrementAndGet();
                    }
                }
                default -> otherEvents.incrementAndGet();
            }
        }
    }

    // ---------------------------------------------------------------- metrics and heap

    static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s+(\\S+)");

    /** The Prometheus text of sla-monitor, or null when it does not answer. */
    String scrape() {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Sum of the samples of {@code name} whose labels contain every one of {@code labels} (k="v"). */
    static double sum(String text, String name, String... labels) {
        double total = 0;
        if (text == null) {
            return Double.NaN;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(name)) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            if (!m.find() || !m.group(1).equals(name)) {
                continue;
            }
            String l = m.group(2) == null ? "" : m.group(2);
            boolean all = true;
            for (String label : labels) {
                all &= l.contains(label);
            }
            if (all) {
                total += Double.parseDouble(m.group(3));
            }
        }
        return total;
    }

    /** Heap in use (young + old, KB) from jcmd GC.heap_info, after a full GC if asked. */
    static String heap(long pid, boolean gc) {
        long[] used = heapKb(pid, gc);
        return used == null ? "unavailable" : String.format("used %.1f MB of %.1f MB committed", used[0] / 1024.0,
                used[1] / 1024.0);
    }

    static final Pattern HEAP_LINE = Pattern.compile("(generation|heap)\\s+total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");

    /** {used KB, committed KB}, or null. */
    static long[] heapKb(long pid, boolean gc) {
        if (pid <= 0) {
            return null;
        }
        if (gc) {
            command("jcmd", String.valueOf(pid), "GC.run");
        }
        String info = command("jcmd", String.valueOf(pid), "GC.heap_info");
        if (info == null) {
            return null;
        }
        long used = 0;
        long total = 0;
        Matcher m = HEAP_LINE.matcher(info);
        boolean any = false;
        while (m.find()) {
            any = true;
            total += Long.parseLong(m.group(2));
            used += Long.parseLong(m.group(3));
        }
        return any ? new long[]{used, total} : null;
    }

    /** jstat -gc: {S0U+S1U+EU+OU, OU} in KB (no GC), or null. */
    static double[] jstat(long pid) {
        if (pid <= 0) {
            return null;
        }
        String out = command("jstat", "-gc", String.valueOf(pid));
        if (out == null) {
            return null;
        }
        String[] lines = out.trim().split("\n");
        if (lines.length < 2) {
            return null;
        }
        List<String> head = Arrays.asList(lines[0].trim().split("\\s+"));
        String[] v = lines[1].trim().split("\\s+");
        double s0 = Double.parseDouble(v[head.indexOf("S0U")]);
        double s1 = Double.parseDouble(v[head.indexOf("S1U")]);
        double eu = Double.parseDouble(v[head.indexOf("EU")]);
        double ou = Double.parseDouble(v[head.indexOf("OU")]);
        double fgc = Double.parseDouble(v[head.indexOf("FGC")]);
        double fgct = Double.parseDouble(v[head.indexOf("FGCT")]);
        return new double[]{s0 + s1 + eu + ou, ou, fgc, fgct};
    }

    /** The machine's 1-minute load average (other work on the two cores shows here). */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static String command(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // ---------------------------------------------------------------- run

    final Map<String, String> results = new LinkedHashMap<>();

    void result(String key, String format, Object... args) {
        String value = String.format(format, args);
        results.put(key, value);
        log("RESULT %s = %s", key, value);
    }

    void run() throws Exception {
        int clocks = Integer.parseInt(o.getOrDefault("clocks", "10000"));
        int faults = Integer.parseInt(o.getOrDefault("faults", "200"));
        double faultRate = Double.parseDouble(o.getOrDefault("fault-rate", "2"));
        int duringFaults = Integer.parseInt(o.getOrDefault("during-faults", "0"));
        double duringRate = Double.parseDouble(o.getOrDefault("during-rate", "1"));
        Duration faultLimit = Duration.parse(o.getOrDefault("fault-limit", "PT1M"));
        double maxMinutes = Double.parseDouble(o.getOrDefault("max-minutes", "35"));
        int checkpoints = Integer.parseInt(o.getOrDefault("checkpoints", "10"));
        log("run %s: %d presale.confirmation clocks, %d fault.acceptance clocks at %.1f/s after them (limit %s), "
                        + "%d during the intake at %.1f/s; sla-monitor %s pid %d; Kafka %s; store %s", tag, clocks,
                faults, faultRate, faultLimit, duringFaults, duringRate, base, pid, bootstrap, mongo);
        results.put("tag", tag);
        results.put("clocks asked", String.valueOf(clocks));
        results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, load at start " + load());

        String metrics0 = scrape();
        if (metrics0 == null) {
            throw new IllegalStateException("sla-monitor does not answer at " + base + "/actuator/prometheus");
        }
        double started0 = sum(metrics0, "gca_sla_clocks_started_total", "rule=\"" + CONFIRMATION + "\"");
        double open0 = sum(metrics0, "gca_sla_clocks_open");
        long[] heap0 = heapKb(pid, true);
        result("heap0", "%s (open clocks %.0f)", heap0 == null ? "unavailable"
                : String.format("%.1f MB used after full GC, %.1f MB committed", heap0[0] / 1024.0, heap0[1] / 1024.0),
                open0);

        SlaTopicReader reader = new SlaTopicReader(clocks);
        reader.start();

        // (2) the presale records, as fast as the producer goes
        long[] producedAt = new long[clocks];
        AtomicLong sendErrors = new AtomicLong();
        long produceStart = System.currentTimeMillis();
        Thread during = null;
        if (duringFaults > 0) {
            during = new Thread(() -> produceFaults(reader, 0, duringFaults, duringRate, true), "during-faults");
            during.setDaemon(true);
            during.start();
        }
        try (KafkaProducer<String, CloudEvent> producer = producer()) {
            long convertNanos = 0;
            long sendNanos = 0;
            for (int i = 0; i < clocks; i++) {
                long c0 = System.nanoTime();
                ProducerRecord<String, CloudEvent> record = confirmationReceived(i);
                long c1 = System.nanoTime();
                producedAt[i] = System.currentTimeMillis();
                producer.send(record, (meta, e) -> {
                    if (e != null) {
                        sendErrors.incrementAndGet();
                    }
                });
                sendNanos += System.nanoTime() - c1;
                convertNanos += c1 - c0;
                if ((i + 1) % 50_000 == 0) {
                    log("produced %d (converting %.0f µs/record, send() %.0f µs/record)", i + 1,
                            convertNanos / 1e3 / (i + 1), sendNanos / 1e3 / (i + 1));
                }
            }
            producer.flush();
            long produceEnd = System.currentTimeMillis();
            result("produce", "%d ConfirmationFormReceived in %.1f s (%.0f records/s; converting %.0f µs/record, "
                            + "send() %.0f µs/record), %d send errors", clocks, (produceEnd - produceStart) / 1e3,
                    clocks * 1e3 / Math.max(1, produceEnd - produceStart), convertNanos / 1e3 / clocks,
                    sendNanos / 1e3 / clocks, sendErrors.get());
        }

        // (3) until every clock is open, or the time is up
        long deadline = produceStart + (long) (maxMinutes * 60_000);
        long lastLog = 0;
        double lastStarted = started0;
        long lastT = produceStart;
        int nextCheckpoint = 1;
        long t10 = 0;
        long t90 = 0;
        long tDone = 0;
        double started = started0;
        double maxRate = 0;
        List<String> curve = new ArrayList<>();
        while (true) {
            long now = System.currentTimeMillis();
            String text = scrape();
            if (text == null) {
                log("sla-monitor does not answer /actuator/prometheus (alive: %s)",
                        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
                if (pid > 0 && ProcessHandle.of(pid).map(ph -> !ph.isAlive()).orElse(true)) {
                    result("failure", "sla-monitor (pid %d) died during the intake, at %.0f clocks started", pid,
                            started - started0);
                    break;
                }
            } else {
                started = sum(text, "gca_sla_clocks_started_total", "rule=\"" + CONFIRMATION + "\"");
            }
            double done = started - started0;
            if (t10 == 0 && done >= clocks * 0.1) {
                t10 = now;
            }
            if (t90 == 0 && done >= clocks * 0.9) {
                t90 = now;
            }
            if (now - lastLog >= 5_000 || done >= clocks) {
                double rate = (started - lastStarted) * 1e3 / Math.max(1, now - lastT);
                maxRate = Math.max(maxRate, rate);
                double[] js = jstat(pid);
                log("projected %.0f / %d (%.1f %%), %.0f/s over the last %.0f s, %.0f/s since the first record; "
                                + "SlaClockStarted on the topic %d; heap %s; load %s",
                        done, clocks, 100 * done / clocks, rate, (now - lastT) / 1e3,
                        done * 1e3 / Math.max(1, now - produceStart), reader.confirmationsStarted.get(),
                        js == null ? "?" : String.format("%.0f MB (old %.0f MB, %.0f full GCs %.1f s)",
                                js[0] / 1024, js[1] / 1024, js[2], js[3]), load());
                lastLog = now;
                lastStarted = started;
                lastT = now;
            }
            if (checkpoints > 0 && nextCheckpoint < checkpoints && done >= (double) clocks * nextCheckpoint / checkpoints) {
                long[] h = heapKb(pid, true);
                String point = String.format("%.0f open: %s", done, h == null ? "?"
                        : String.format("%.1f MB", h[0] / 1024.0));
                curve.add(point);
                log("checkpoint %s", point);
                nextCheckpoint++;
            }
            if (done >= clocks) {
                tDone = now;
                break;
            }
            if (now > deadline) {
                result("timeout", "%.1f minutes up at %.0f of %d clocks", maxMinutes, done, clocks);
                break;
            }
            sleep(Math.max(200, 5_000 - (System.currentTimeMillis() - now)));
        }
        double projected = started - started0;
        long end = tDone > 0 ? tDone : System.currentTimeMillis();
        result("projection", "%.0f clocks started and projected in %.1f s from the first record: %.0f events/s "
                        + "overall, %s between 10 %% and 90 %%, highest 5-s rate %.0f/s", projected,
                (end - produceStart) / 1e3, projected * 1e3 / Math.max(1, end - produceStart),
                t10 > 0 && t90 > t10 ? String.format("%.0f/s", clocks * 0.8 * 1e3 / (t90 - t10)) : "n/a", maxRate);
        results.put("heap curve", String.join("; ", curve));

        // intake end to end for the presale clocks: produced → SlaClockStarted on the topic
        long waitTopic = System.currentTimeMillis() + 120_000;
        while (reader.confirmationsStarted.get() < projected && System.currentTimeMillis() < waitTopic) {
            sleep(500);
        }
        long[] e2e = new long[clocks];
        int n = 0;
        long lastTs = 0;
        for (int i = 0; i < clocks; i++) {
            if (reader.confirmationStartedTs[i] > 0) {
                e2e[n++] = reader.confirmationStartedTs[i] - producedAt[i];
                lastTs = Math.max(lastTs, reader.confirmationStartedTs[i]);
            }
        }
        long[] sorted = Arrays.copyOf(e2e, n);
        Arrays.sort(sorted);
        if (n > 0) {
            result("presale e2e", "n=%d domain record produced → SlaClockStarted on gca.sla.events: p50 %.1f s, p99 "
                            + "%.1f s, max %.1f s (a backlog: queueing, not service time); last SlaClockStarted "
                            + "%.1f s after the first record: %.0f clocks/s published", n, pct(sorted, 50) / 1e3,
                    pct(sorted, 99) / 1e3, sorted[n - 1] / 1e3, (lastTs - produceStart) / 1e3,
                    n * 1e3 / Math.max(1, lastTs - produceStart));
        }

        // (4) the heap with every clock open
        String metricsN = scrape();
        double openN = sum(metricsN, "gca_sla_clocks_open");
        long[] heapN = heapKb(pid, true);
        String histogram = command("jcmd", String.valueOf(pid), "GC.class_histogram");
        if (histogram != null) {
            String top = String.join("\n", Arrays.asList(histogram.split("\n")).subList(0,
                    Math.min(28, histogram.split("\n").length)));
            log("class histogram with every clock open (top):%n%s", top);
            results.put("histogram", "\n" + top);
        }
        if (heap0 != null && heapN != null) {
            double delta = (heapN[0] - heap0[0]) * 1024.0;
            result("heapN", "%.1f MB used after full GC, %.1f MB committed, with %.0f open clocks: %.1f MB more than "
                            + "at %.0f, %.0f bytes per open clock", heapN[0] / 1024.0, heapN[1] / 1024.0, openN,
                    delta / 1024 / 1024, open0, delta / Math.max(1, openN - open0));
        }
        if (during != null) {
            during.join(TimeUnit.MINUTES.toMillis(10));
        }

        // (5) the detection sample with every clock open
        if (faults > 0) {
            produceFaults(reader, duringFaults, faults, faultRate, false);
            long wait = System.currentTimeMillis() + faultLimit.toMillis() + 180_000;
            while (reader.breaches.get() < faults + duringFaults && System.currentTimeMillis() < wait) {
                sleep(1000);
            }
            sleep(2000);
            detection(reader, false);
            if (duringFaults > 0) {
                detection(reader, true);
            }
            String text = scrape();
            for (String kind : List.of("warning", "breach")) {
                String[] l = {"rule=\"" + ACCEPTANCE + "\"", "kind=\"" + kind + "\""};
                result("metric " + kind, "gca_sla_detection_delay_seconds{rule=fault.acceptance,kind=%s}: count %.0f, "
                                + "mean %.3f s, max %.3f s, p50 %.3f s, p99 %.3f s (Micrometer's decaying window)", kind,
                        sum(text, "gca_sla_detection_delay_seconds_count", l),
                        sum(text, "gca_sla_detection_delay_seconds_sum", l)
                                / sum(text, "gca_sla_detection_delay_seconds_count", l),
                        sum(text, "gca_sla_detection_delay_seconds_max", l),
                        sum(text, "gca_sla_detection_delay_seconds", concat(l, "quantile=\"0.5\"")),
                        sum(text, "gca_sla_detection_delay_seconds", concat(l, "quantile=\"0.99\"")));
            }
            result("open after", "%.0f open clocks, %d presale clocks warned, %d breached (expected 0)",
                    sum(text, "gca_sla_clocks_open"), reader.confirmationWarnings.get(),
                    reader.confirmationBreaches.get());
        }
        reader.stop = true;
        reader.join(5000);
        results.put("load at the end", load());

        // (6) the raw baseline on the same records
        if (!o.containsKey("no-raw")) {
            raw(clocks);
        }
        summary();
    }

    static String[] concat(String[] a, String b) {
        String[] r = Arrays.copyOf(a, a.length + 1);
        r[a.length] = b;
        return r;
    }

    void produceFaults(SlaTopicReader reader, int from, int count, double rate, boolean during) {
        long start = System.nanoTime();
        try (KafkaProducer<String, CloudEvent> producer = producer()) {
            for (int k = 0; k < count; k++) {
                long due = start + (long) (k * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    sleep(wait / 1_000_000);
                }
                int i = from + k;
                FaultClock f = reader.fault(ticketId(i));
                f.during = during;
                f.producedAt = System.currentTimeMillis();
                producer.send(faultReported(i));
                producer.flush();
            }
        }
        log("%d FaultReported produced at %.1f/s%s", count, rate, during ? " during the intake" : "");
    }

    void detection(SlaTopicReader reader, boolean during) {
        List<Long> warn = new ArrayList<>();
        List<Long> warnEngine = new ArrayList<>();
        List<Long> breach = new ArrayList<>();
        List<Long> breachEngine = new ArrayList<>();
        List<Long> start = new ArrayList<>();
        int produced = 0;
        for (FaultClock f : reader.faults.values()) {
            if (f.during != during || f.producedAt == 0) {
                continue;
            }
            produced++;
            if (f.startedTs > 0) {
                start.add(f.startedTs - f.producedAt);
            }
            if (f.warnTs > 0 && f.warnAt > 0) {
                warn.add(f.warnTs - f.warnAt);
                warnEngine.add(f.warnedAt - f.warnAt);
            }
            if (f.breachTs > 0 && f.deadline > 0) {
                breach.add(f.breachTs - f.deadline);
                breachEngine.add(f.breachedAt - f.deadline);
            }
        }
        String when = during ? "during intake" : "all open";
        result("detection " + when, "%d faults: warned %d, breached %d; warning delay (record timestamp − warnAt) %s; "
                        + "(warnedAt − warnAt) %s; breach delay (record timestamp − deadline) %s; (breachedAt − "
                        + "deadline) %s; FaultReported produced → SlaClockStarted on the topic %s", produced,
                warn.size(), breach.size(), stats(warn), stats(warnEngine), stats(breach), stats(breachEngine),
                stats(start));
    }

    static String stats(List<Long> millis) {
        if (millis.isEmpty()) {
            return "n=0";
        }
        long[] s = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("p50 %.3f s, p99 %.3f s, max %.3f s (n=%d)", pct(s, 50) / 1e3, pct(s, 99) / 1e3,
                s[s.length - 1] / 1e3, s.length);
    }

    static long pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ---------------------------------------------------------------- raw baseline

    KafkaConsumer<String, CloudEvent> rawConsumer(String group) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new CloudEventDeserializer());
        consumer.subscribe(List.of(Topics.PRESALE));
        return consumer;
    }

    /** Consumes this run's {@code count} presale records twice: deserialize only, then parse and upsert by _id. */
    void raw(int count) throws IOException {
        if (count <= 0) {
            throw new IllegalArgumentException("--count N");
        }
        long t0 = System.currentTimeMillis();
        long seen = 0;
        long limit = t0 + TimeUnit.MINUTES.toMillis(30);
        try (KafkaConsumer<String, CloudEvent> consumer = rawConsumer("bench-raw-consume-" + tag + "-" + t0)) {
            while (seen < count && System.currentTimeMillis() < limit) {
                for (ConsumerRecord<String, CloudEvent> r : consumer.poll(Duration.ofMillis(500))) {
                    if (ours(r.key()) && r.value() != null) {
                        seen++;
                    }
                }
            }
        }
        long t1 = System.currentTimeMillis();
        result("raw consume", "%d records consumed (deserialized, no store) in %.1f s: %.0f records/s", seen,
                (t1 - t0) / 1e3, seen * 1e3 / Math.max(1, t1 - t0));

        long upserted = 0;
        long[] latency = new long[count];
        try (MongoClient client = MongoClients.create(mongo);
             KafkaConsumer<String, CloudEvent> consumer = rawConsumer("bench-raw-upsert-" + tag + "-" + t1)) {
            MongoCollection<Document> collection = client.getDatabase("gca-bench").getCollection("raw_" + tag);
            ReplaceOptions upsert = new ReplaceOptions().upsert(true);
            long t2 = System.currentTimeMillis();
            limit = t2 + TimeUnit.MINUTES.toMillis(30);
            long lastLog = t2;
            while (upserted < count && System.currentTimeMillis() < limit) {
                for (ConsumerRecord<String, CloudEvent> r : consumer.poll(Duration.ofMillis(500))) {
                    if (!ours(r.key()) || r.value() == null || upserted >= count) {
                        continue;
                    }
                    long s = System.nanoTime();
                    JsonNode data = JSON.readTree(r.value().getData().toBytes());
                    String formId = data.get("formId").asText();
                    Document doc = new Document("_id", formId)
                            .append("type", r.value().getType())
                            .append("customerGroupId", data.path("customer").path("groupId").asText())
                            .append("serviceLevel", data.path("customer").path("serviceLevel").asText())
                            .append("receivedAt", data.path("receivedAt").asText())
                            .append("data", data.toString());
                    collection.replaceOne(Filters.eq("_id", formId), doc, upsert);
                    latency[(int) upserted++] = System.nanoTime() - s;
                }
                if (System.currentTimeMillis() - lastLog >= 10_000) {
                    lastLog = System.currentTimeMillis();
                    log("raw upsert %d / %d, %.0f/s", upserted, count,
                            upserted * 1e3 / Math.max(1, lastLog - t2));
                }
            }
            long t3 = System.currentTimeMillis();
            long[] s = Arrays.copyOf(latency, (int) upserted);
            Arrays.sort(s);
            result("raw consume+upsert", "%d records consumed, parsed and upserted by _id into gca-bench.raw_%s in "
                            + "%.1f s: %.0f records/s; one upsert p50 %.2f ms, p99 %.2f ms, max %.1f ms", upserted,
                    tag, (t3 - t2) / 1e3, upserted * 1e3 / Math.max(1, t3 - t2),
                    s.length == 0 ? 0 : pct(s, 50) / 1e6, s.length == 0 ? 0 : pct(s, 99) / 1e6,
                    s.length == 0 ? 0 : s[s.length - 1] / 1e6);
            collection.drop();
        }
    }

    void summary() throws IOException {
        StringBuilder sb = new StringBuilder("# SlaDetectionLoad " + tag + " " + Instant.now() + "\n");
        results.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        System.out.println();
        System.out.println(sb);
        if (o.containsKey("out")) {
            Files.writeString(Path.of(o.get("out")), sb.toString());
        }
    }
}
