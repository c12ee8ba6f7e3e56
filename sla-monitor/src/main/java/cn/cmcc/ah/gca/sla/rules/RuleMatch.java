package cn.cmcc.ah.gca.sla.rules;

import java.time.Instant;

/** TEMPORARY stand-in until the rules branch merges. */
public record RuleMatch(SlaRule rule, ClockAction action, String subjectId, Instant at) {
}
