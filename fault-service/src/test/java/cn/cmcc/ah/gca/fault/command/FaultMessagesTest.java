package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.test.RejectionMessages;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static cn.cmcc.ah.gca.events.Department.PND;
import static cn.cmcc.ah.gca.fault.command.FaultTestData.*;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every reason a fault step is refused reaches the caller in Chinese and in English. */
class FaultMessagesTest {

    @Test
    void everyFaultRejectionHasAChineseAndAnEnglishMessageAndNothingIsLeftOver() {
        RejectionMessages.assertComplete(FaultRejection.class, "fault-messages");
    }

    /**
     * The refusals that name a department, each with the department it names, as the aggregate throws them (a
     * refusal throws before anything is applied, so the handlers are called directly).
     */
    private static Map<ThrowingCallable, Department> refusalsNamingADepartment() {
        FaultTicket reportedForMon = ticket(new FaultReported(TICKET, CIRCUIT, CUSTOMER_AA, ReportChannel.CALL_CENTER,
                SYMPTOM, CONTACT, MON, MON, List.of(), REPORTED_AT));
        FaultTicket atPnd = ticket(new FaultReported(TICKET, CIRCUIT, CUSTOMER_AA, ReportChannel.CALL_CENTER,
                SYMPTOM, CONTACT, MON, MON, List.of(), REPORTED_AT));
        atPnd.on(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, OMT, PND,
                EscalationDirection.UP, PROVINCIAL_REASON, PND, AT));
        return Map.of(
                () -> reportedForMon.handle(accept(CSSC)), MON,               // fault-accepted-by-other-department
                () -> atPnd.handle(repair(OMT)), PND,                         // fault-held-by-other-department
                () -> atPnd.handle(handBack(PND, PND)), PND,                  // fault-hand-back-not-lower
                () -> Levels.above(TICKET, PND), PND);                        // fault-no-higher-level
    }

    @Test
    @DisplayName("Art. 24–31 — a refusal naming a department names it in Chinese in the Chinese text")
    void aRefusalNamingADepartmentNamesItInChinese() throws IOException {
        Properties chinese = bundle("/fault-messages.properties");
        SoftAssertions softly = new SoftAssertions();
        refusalsNamingADepartment().forEach((step, department) -> {
            DomainException refused = catchThrowableOfType(step, DomainException.class);
            String detail = new MessageFormat(chinese.getProperty("error." + refused.code()), Locale.SIMPLIFIED_CHINESE)
                    .format(refused.args());

            softly.assertThat(detail).as(refused.code()).contains(department.chineseName())
                    .doesNotContain(department.name());
        });
        softly.assertAll();
    }

    private static FaultTicket ticket(FaultReported reported) {
        FaultTicket ticket = new FaultTicket();
        ticket.on(reported);
        return ticket;
    }

    private static Properties bundle(String resource) throws IOException {
        try (InputStream in = FaultMessagesTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
