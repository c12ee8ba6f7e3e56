package cn.cmcc.ah.gca.sla.rules;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** TEMPORARY stand-in until the rules branch merges. */
@Component
public class SlaRuleBook {
    public RuleSet current() { return new RuleSet(1, new BigDecimal("0.8"), List.of()); }
}
