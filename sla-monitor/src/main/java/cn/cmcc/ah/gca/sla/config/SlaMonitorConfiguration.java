package cn.cmcc.ah.gca.sla.config;

import cn.cmcc.ah.gca.sla.query.DeadlineSchedule;
import cn.cmcc.ah.gca.sla.query.SlaMetrics;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.support.axon.GcaAxonConfiguration;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration
class SlaMonitorConfiguration {

    @Bean
    DeadlineSchedule deadlineSchedule() {
        return new DeadlineSchedule();
    }

    @Bean
    SlaMetrics slaMetrics(MeterRegistry registry, DeadlineSchedule deadlineSchedule) {
        return new SlaMetrics(registry, deadlineSchedule);
    }

    /**
     * The fault topic as a source of its own, for the processor {@code sla-intake-fault}: fault clocks (15 minutes)
     * never wait behind a burst on the other topics.
     */
    @Bean
    StreamableKafkaMessageSource<String, CloudEvent> faultEventSource(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConsumerFactory<String, CloudEvent> kafkaConsumerFactory,
            Fetcher<String, CloudEvent, KafkaEventMessage> kafkaFetcher,
            KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter, KafkaProperties kafkaProperties,
            MeterRegistry registry) {
        return GcaAxonConfiguration.streamableSource(List.of(Topics.FAULT), eventSerializer, kafkaConsumerFactory,
                kafkaFetcher, kafkaMessageConverter, kafkaProperties, registry);
    }
}
