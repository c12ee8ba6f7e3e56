package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * GCD organised the acceptance with the customer, the account manager and CSSC and filled in form 4
 * (集团客户接入开通暨验收单, Art. 23). Signatures follow.
 *
 * @param formId         the form 2
 * @param acceptanceDate 验收日期, ISO-8601
 * @param participants   参加人员, as written
 * @param tests          the test results
 * @param organisedAt    when
 */
@Revision("1")
public record AcceptanceOrganised(String formId, String acceptanceDate, List<String> participants,
                                  List<AcceptanceTest> tests, Instant organisedAt) {
    public AcceptanceOrganised {
        participants = List.copyOf(participants);
        tests = List.copyOf(tests);
    }
}
