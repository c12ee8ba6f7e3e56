package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** GCD organises the acceptance and fills in form 4 (Art. 23). */
public record OrganiseAcceptance(
        @TargetAggregateIdentifier String formId,
        String acceptanceDate,
        List<String> participants,
        List<AcceptanceTest> tests,
        Department actingDepartment,
        Instant at) {
    public OrganiseAcceptance {
        participants = participants == null ? List.of() : List.copyOf(participants);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }
}
