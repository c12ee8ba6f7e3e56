package cn.cmcc.ah.gca.events.sla;

/** Where a version of the SLA rules came from (sla-rules.md; Art. 5: PND may change the rules). */
public enum SlaRulesSource {
    /** The rules file shipped with sla-monitor (or configured by {@code gca.sla.rules-file}): first start, or a reload. */
    SHIPPED,
    /** A whole rules document sent through the API by PND or ADMIN. */
    API
}
