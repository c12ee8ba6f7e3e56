package cn.cmcc.ah.gca.support.axon;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon's processor and bus metrics stay, without the capacity monitor's per-message ten-minute window. */
class BoundedMetricRegistryTest {

    private static void handle(MessageMonitor<? super EventMessage<?>> monitor, int messages) {
        for (int i = 0; i < messages; i++) {
            monitor.onMessageIngested(GenericEventMessage.asEventMessage("event " + i)).reportSuccess();
        }
    }

    private static java.util.List<String> meterNames(SimpleMeterRegistry registry) {
        return registry.getMeters().stream().map(Meter::getId).map(Meter.Id::getName).distinct().sorted().toList();
    }

    @Test
    void stockAxonRegistersACapacityMonitorPerProcessor() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        handle(new GlobalMetricRegistry(meters).registerEventProcessor("eventProcessor", m -> Tags.empty(),
                m -> Tags.empty()), 10);

        assertThat(meterNames(meters)).contains("eventProcessor.capacity");
    }

    @Test
    void processorsKeepTimerCounterAndLatencyButNoCapacityMonitor() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        handle(new BoundedMetricRegistry(meters).registerEventProcessor("eventProcessor",
                m -> Tags.of("processorName", "p"), m -> Tags.of("processorName", "p")), 10_000);

        assertThat(meterNames(meters)).doesNotContain("eventProcessor.capacity")
                .contains("eventProcessor.successTimer", "eventProcessor.successCounter", "eventProcessor.latency");
        assertThat(meters.get("eventProcessor.successTimer").timer().count()).isEqualTo(10_000);
        assertThat(meters.get("eventProcessor.successCounter").counter().count()).isEqualTo(10_000);
    }

    @Test
    void commandAndQueryBusesKeepTimerAndCounterButNoCapacityMonitor() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        BoundedMetricRegistry registry = new BoundedMetricRegistry(meters);
        registry.registerCommandBus("commandBus", m -> Tags.empty())
                .onMessageIngested(GenericCommandMessage.asCommandMessage("command")).reportSuccess();
        registry.registerQueryBus("queryBus", m -> Tags.empty())
                .onMessageIngested(new GenericQueryMessage<>("query", ResponseTypes.instanceOf(String.class)))
                .reportSuccess();

        assertThat(meterNames(meters)).doesNotContain("commandBus.capacity", "queryBus.capacity")
                .contains("commandBus.successTimer", "commandBus.successCounter", "queryBus.successTimer");
    }
}
