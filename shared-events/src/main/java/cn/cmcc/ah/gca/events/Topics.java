package cn.cmcc.ah.gca.events;

import java.util.List;

/**
 * One Kafka topic per domain. Record key = aggregate id, value = a CloudEvent in binary mode
 * (see {@link EventCatalog} for the {@code ce_type} of each event).
 */
public final class Topics {

    public static final String PRESALE = "gca.presale.events";
    public static final String PROVISIONING = "gca.provisioning.events";
    public static final String FAULT = "gca.fault.events";
    public static final String DECOMMISSION = "gca.decommission.events";
    public static final String SLA = "gca.sla.events";

    public static final List<String> ALL = List.of(PRESALE, PROVISIONING, FAULT, DECOMMISSION, SLA);

    private Topics() {
    }

    /** The domain part of a topic name: {@code gca.fault.events} → {@code fault}. */
    public static String domainOf(String topic) {
        if (!ALL.contains(topic)) {
            throw new IllegalArgumentException("Unknown topic " + topic);
        }
        return topic.substring("gca.".length(), topic.length() - ".events".length());
    }
}
