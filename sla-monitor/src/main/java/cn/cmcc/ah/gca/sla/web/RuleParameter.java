package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.sla.rules.RuleCompiler;
import cn.cmcc.ah.gca.support.web.BadParameterException;

import java.util.Optional;

/** A query parameter naming a rule: 400 for what no rule id can be (a rule since removed still filters history). */
final class RuleParameter {

    private RuleParameter() {
    }

    static Optional<String> checked(String name, Optional<String> value) {
        value.filter(v -> !RuleCompiler.isRuleId(v)).ifPresent(v -> {
            throw new BadParameterException(name, v.length() > 80 ? v.substring(0, 80) + "…" : v,
                    "error.field-rule-id");
        });
        return value;
    }
}
