package cn.cmcc.ah.gca.support.axon;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;

import java.util.List;
import java.util.function.Function;

/**
 * Axon's message metrics without its {@code CapacityMonitor}. That monitor keeps every handled message's duration for
 * a sliding ten minutes (a skip-list entry and two boxed longs, ~70 bytes, per message and per monitored component),
 * trimmed only by time: measured on presale-service under a sustained 600 requests/s, ~650 000 entries and ~55 MB of
 * a 256 MB heap, growing with the rate — at a few thousand messages per second a service under {@code -Xmx256m}
 * would run out of memory. The timers, counters and the processors' latency stay (constant memory); a component's
 * busy fraction is {@code rate(<name>_seconds_sum)} of its timer.
 */
public class BoundedMetricRegistry extends GlobalMetricRegistry {

    private static final Function<Message<?>, Iterable<Tag>> NO_TAGS = message -> Tags.empty();

    public BoundedMetricRegistry(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName) {
        return registerEventProcessor(eventProcessorName, NO_TAGS, NO_TAGS);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
            String eventProcessorName, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return registerEventProcessor(eventProcessorName, tagsBuilder, tagsBuilder);
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
            String eventProcessorName, Function<Message<?>, Iterable<Tag>> tagsBuilder,
            Function<Message<?>, Iterable<Tag>> latencyTagsBuilder) {
        return new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor(eventProcessorName, getRegistry(), tagsBuilder),
                EventProcessorLatencyMonitor.builder()
                                            .meterNamePrefix(eventProcessorName)
                                            .meterRegistry(getRegistry())
                                            .tagsBuilder(latencyTagsBuilder)
                                            .build(),
                MessageCountingMonitor.buildMonitor(eventProcessorName, getRegistry(), tagsBuilder)));
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String commandBusName) {
        return registerCommandBus(commandBusName, NO_TAGS);
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(
            String commandBusName, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return timerAndCounter(commandBusName, tagsBuilder);
    }

    @Override
    public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String queryBusName) {
        return registerQueryBus(queryBusName, NO_TAGS);
    }

    @Override
    public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(
            String queryBusName, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return timerAndCounter(queryBusName, tagsBuilder);
    }

    private MessageMonitor<Message<?>> timerAndCounter(String name, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor(name, getRegistry(), tagsBuilder),
                MessageCountingMonitor.buildMonitor(name, getRegistry(), tagsBuilder)));
    }
}
