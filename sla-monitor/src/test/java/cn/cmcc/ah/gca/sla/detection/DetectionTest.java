package cn.cmcc.ah.gca.sla.detection;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.sla.MovableClock;
import cn.cmcc.ah.gca.sla.SlaMonitorApplication;
import cn.cmcc.ah.gca.sla.command.LimitSpec;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StartClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StopClock;
import cn.cmcc.ah.gca.sla.query.ScheduleKeeper;
import cn.cmcc.ah.gca.support.GcaApplication;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Warnings and breaches with time moved on, as network-ops subscribers see them on the SLA topic: each within about
 * a second of falling due, reported once — across a restart that spans the deadline, and with two instances.
 */
class DetectionTest {

    private static final Duration LIMIT = Duration.ofMinutes(10);
    private final MovableClock clock = new MovableClock();
    private final String database = "sla-detect-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext startInstance() {
        TestInfrastructure infrastructure = TestInfrastructure.embedded();
        ConfigurableApplicationContext context = GcaApplication.builder(SlaMonitorApplication.class,
                        SlaMonitorApplication.NAME)
                .initializers(c -> c.getBeanFactory().registerSingleton("clock", clock))
                .run(infrastructure.instanceArguments(database, "--gca.sla.tick-interval=PT0.2S"));
        instances.add(context);
        return context;
    }

    private List<String> startClocks(ConfigurableApplicationContext instance, int count) {
        CommandGateway commands = instance.getBean(CommandGateway.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subject = "FT-DETECT-" + UUID.randomUUID().toString().substring(0, 8);
            String id = "fault.acceptance:" + subject;
            commands.sendAndWait(new StartClock(id, "fault.acceptance", 1, "decision", subject, "5510001234",
                    ServiceLevel.AA, Department.MON, Department.PND, LimitSpec.clockTime(LIMIT),
                    new BigDecimal("0.8"), clock.instant()));
            ids.add(id);
        }
        return ids;
    }

    private static Predicate<ConsumerRecord<String, CloudEvent>> of(String type, List<String> clocks) {
        return r -> clocks.contains(r.key()) && r.value().getType().equals("gca.sla." + type + ".v3");
    }

    /** Waits until every clock has an event of {@code type} on the topic; how long after {@code from} the last came. */
    private static Duration awaitAll(TopicReader topic, String type, List<String> clocks, Instant from) {
        for (String clockId : clocks) {
            topic.await(of(type, List.of(clockId)), Duration.ofSeconds(30));
        }
        return Duration.between(from, Instant.now());
    }

    /** After a quiet while, how many events of {@code type} each clock has on the topic: all 1 when reported once. */
    private static List<Long> perClock(TopicReader topic, String type, List<String> clocks) {
        List<ConsumerRecord<String, CloudEvent>> all = topic.drain(Duration.ofSeconds(2));
        return clocks.stream().map(id -> all.stream().filter(of(type, List.of(id))).count()).toList();
    }

    @Test
    void warnsAtTheThresholdAndBreachesAtTheDeadlineWithinAboutASecond() {
        ConfigurableApplicationContext instance = startInstance();
        try (TopicReader sla = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.SLA)) {
            List<String> clocks = startClocks(instance, 5);

            clock.advance(LIMIT.multipliedBy(8).dividedBy(10).plusSeconds(1));
            Duration warned = awaitAll(sla, "SlaClockWarned", clocks, Instant.now());
            clock.advance(LIMIT.multipliedBy(2).dividedBy(10));
            Duration breached = awaitAll(sla, "SlaClockBreached", clocks, Instant.now());

            // detection itself is a look at the schedule every 0.2 s; the rest is the command and Kafka
            assertThat(warned).isLessThan(Duration.ofSeconds(3));
            assertThat(breached).isLessThan(Duration.ofSeconds(3));
            assertThat(perClock(sla, "SlaClockWarned", clocks)).containsOnly(1L);
            assertThat(perClock(sla, "SlaClockBreached", clocks)).containsOnly(1L);
        }
    }

    @Test
    void aClockStoppedBeforeItsDeadlineIsNeverBreached() {
        ConfigurableApplicationContext instance = startInstance();
        try (TopicReader sla = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.SLA)) {
            List<String> clocks = startClocks(instance, 2);
            instance.getBean(CommandGateway.class).sendAndWait(new StopClock(clocks.get(0), clock.instant()));
            awaitAll(sla, "SlaClockStarted", clocks, Instant.now());

            clock.advance(LIMIT.plusSeconds(1));
            awaitAll(sla, "SlaClockBreached", clocks.subList(1, 2), Instant.now());

            assertThat(perClock(sla, "SlaClockBreached", clocks)).containsExactly(0L, 1L);
        }
    }

    @Test
    void aDeadlinePassedWhileDownIsReportedOnceOnStart() {
        ConfigurableApplicationContext first = startInstance();
        try (TopicReader sla = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.SLA)) {
            List<String> clocks = startClocks(first, 3);
            awaitAll(sla, "SlaClockStarted", clocks, Instant.now());
            first.close();
            instances.remove(first);

            clock.advance(LIMIT.plusMinutes(5));
            startInstance();
            awaitAll(sla, "SlaClockBreached", clocks, Instant.now());

            assertThat(perClock(sla, "SlaClockBreached", clocks)).as("reported once").containsOnly(1L);
        }
    }

    @Test
    void twoInstancesReportEachDeadlineOnce_andTheOtherTakesOverWhenOneStops() {
        ConfigurableApplicationContext first = startInstance();
        ConfigurableApplicationContext second = startInstance();
        try (TopicReader sla = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.SLA)) {
            List<String> early = startClocks(first, 4);
            List<String> late = startClocks(second, 4);
            List<String> all = new ArrayList<>(early);
            all.addAll(late);
            clock.advance(LIMIT.plusSeconds(1));
            awaitAll(sla, "SlaClockBreached", all, Instant.now());
            assertThat(perClock(sla, "SlaClockBreached", all)).as("each deadline reported once").containsOnly(1L);

            List<String> afterwards = startClocks(second, 3);
            awaitAll(sla, "SlaClockStarted", afterwards, Instant.now());
            ConfigurableApplicationContext owner = Http.eventually(Duration.ofSeconds(10),
                    () -> first.getBean(ScheduleKeeper.class).keeps() ? first
                            : second.getBean(ScheduleKeeper.class).keeps() ? second : null);
            assertThat(first.getBean(ScheduleKeeper.class).keeps() && second.getBean(ScheduleKeeper.class).keeps())
                    .as("one keeper").isFalse();
            owner.close();
            instances.remove(owner);
            clock.advance(LIMIT.plusSeconds(1));
            awaitAll(sla, "SlaClockBreached", afterwards, Instant.now());
            assertThat(perClock(sla, "SlaClockBreached", afterwards)).containsOnly(1L);
        }
    }
}
