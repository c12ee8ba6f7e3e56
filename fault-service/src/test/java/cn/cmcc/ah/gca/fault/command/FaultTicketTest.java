package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;


class FaultTicketTest {

    private static final String TICKET = "FT-2026-000001";
    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    private static final Instant REPORTED = Instant.parse("2026-11-26T02:00:00Z");
    private static final Instant ACCEPTED = Instant.parse("2026-11-26T02:05:00Z");

    private AggregateTestFixture<FaultTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultTicket.class);
    }

    private static ReportFault report(ReportChannel channel) {
        return new ReportFault(TICKET, "AH-HF-ZX-000881", CUSTOMER, channel, "专线中断", "张三 13800000000",
                channel == ReportChannel.CUSTOMER_DIRECT ? Department.CUSTOMER : Department.CALL_CENTER, REPORTED);
    }

    private static FaultReported reported(ReportChannel channel, Department accepting) {
        return new FaultReported(TICKET, "AH-HF-ZX-000881", CUSTOMER, channel, "专线中断", "张三 13800000000",
                accepting, REPORTED);
    }

    @Test
    void art24_aCallCentreReportGoesToMonForAcceptance() {
        fixture.givenNoPriorActivity()
                .when(report(ReportChannel.CALL_CENTER))
                .expectEvents(reported(ReportChannel.CALL_CENTER, Department.MON));
    }

    @Test
    void art24_anAccountManagersReportGoesToMonForAcceptance() {
        fixture.givenNoPriorActivity()
                .when(report(ReportChannel.ACCOUNT_MANAGER))
                .expectEvents(reported(ReportChannel.ACCOUNT_MANAGER, Department.MON));
    }

    @Test
    void art24_anImportantCustomersDirectReportGoesToCssc() {
        fixture.givenNoPriorActivity()
                .when(report(ReportChannel.CUSTOMER_DIRECT))
                .expectEvents(reported(ReportChannel.CUSTOMER_DIRECT, Department.CSSC));
    }

    @Test
    void art24_monAcceptsAReportedTicket() {
        fixture.given(reported(ReportChannel.CALL_CENTER, Department.MON))
                .when(new AcceptFault(TICKET, Department.MON, ACCEPTED))
                .expectEvents(new FaultAccepted(TICKET, Department.MON, ACCEPTED));
    }

    @Test
    void art24_csscAcceptsADirectReport() {
        fixture.given(reported(ReportChannel.CUSTOMER_DIRECT, Department.CSSC))
                .when(new AcceptFault(TICKET, Department.CSSC, ACCEPTED))
                .expectEvents(new FaultAccepted(TICKET, Department.CSSC, ACCEPTED));
    }

    @Test
    void art24_rejectsAcceptanceByCsscOfATicketThatMonMustAccept() {
        fixture.given(reported(ReportChannel.CALL_CENTER, Department.MON))
                .when(new AcceptFault(TICKET, Department.CSSC, ACCEPTED))
                .expectNoEvents()
                .expectException(refusedWith(FaultRejection.FAULT_ACCEPTED_BY_OTHER_DEPARTMENT, TICKET, "MON"));
    }

    @Test
    void rejectsASecondAcceptanceAsOutOfOrder() {
        fixture.given(reported(ReportChannel.CALL_CENTER, Department.MON), new FaultAccepted(TICKET, Department.MON, ACCEPTED))
                .when(new AcceptFault(TICKET, Department.MON, ACCEPTED.plusSeconds(60)))
                .expectNoEvents()
                .expectException(refusedWith(FaultRejection.FAULT_ALREADY_ACCEPTED, TICKET));
    }

    @Test
    void art24_refusesAReportByOmt() {
        fixture.givenNoPriorActivity()
                .when(new ReportFault(TICKET, "AH-HF-ZX-000881", CUSTOMER, ReportChannel.CALL_CENTER, "专线中断",
                        "张三 13800000000", Department.OMT, REPORTED))
                .expectNoEvents()
                .expectException(forbidden(FaultStep.REPORT_FAULT, Department.OMT));
    }

    @Test
    void art24_refusesAnAcceptanceByEng() {
        fixture.given(reported(ReportChannel.CALL_CENTER, Department.MON))
                .when(new AcceptFault(TICKET, Department.ENG, ACCEPTED))
                .expectNoEvents()
                .expectException(forbidden(FaultStep.ACCEPT_FAULT, Department.ENG));
    }
}
