package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Optional;

/** TEMPORARY stand-in until the rules branch merges. */
public record SlaRule(String id, String article, String name, BigDecimal warnFraction, Limit fixedLimit,
                      Department heldByDefault, Department escalation) {
    public Limit limit(JsonNode data, ServiceLevel level) { return fixedLimit; }
    public Department heldBy(JsonNode startData) { return heldByDefault; }
    public Department escalateTo() { return escalation; }
    public Optional<String> customerGroupId(JsonNode d) { return Optional.ofNullable(d.at("/customer/groupId").textValue()); }
    public Optional<ServiceLevel> serviceLevel(JsonNode d) {
        return Optional.ofNullable(d.at("/customer/serviceLevel").textValue()).map(ServiceLevel::valueOf);
    }
}
