package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_ACCEPTED_BY_OTHER_DEPARTMENT;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_ALREADY_ACCEPTED;
import static cn.cmcc.ah.gca.fault.command.FaultTestData.*;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.FORBIDDEN;

/** Art. 24: MON accepts the tickets of 10086 and account managers; CSSC accepts an important customer's direct report. */
@DisplayName("Art. 24 — accepting a fault ticket")
class FaultAcceptanceTest {

    private AggregateTestFixture<FaultTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultTicket.class);
    }

    @Test
    @DisplayName("Art. 24 — MON accepts a 10086 ticket and holds it for dispatch")
    void art24_monAcceptsACallCentreTicket() {
        fixture.givenCommands(report())
                .when(accept(MON))
                .expectEvents(new FaultAccepted(TICKET, CIRCUIT, CUSTOMER_AA, MON, MON, ACCEPTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — MON accepts an account manager's ticket")
    void art24_monAcceptsAnAccountManagersTicket() {
        fixture.givenCommands(reportBy(GCD))
                .when(accept(MON))
                .expectEvents(new FaultAccepted(TICKET, CIRCUIT, CUSTOMER_AA, MON, MON, ACCEPTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — CSSC accepts an important customer's direct report and holds it")
    void art24_csscAcceptsADirectReport() {
        fixture.givenCommands(directReport())
                .when(accept(CSSC))
                .expectEvents(new FaultAccepted(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, CSSC, ACCEPTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — CSSC does not accept a 10086 ticket: MON does (403)")
    void art24_csscDoesNotAcceptWhatMonAccepts() {
        fixture.givenCommands(report())
                .when(accept(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_ACCEPTED_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "MON"));
    }

    @Test
    @DisplayName("Art. 24 — MON does not accept a direct report: CSSC does (403)")
    void art24_monDoesNotAcceptADirectReport() {
        fixture.givenCommands(directReport())
                .when(accept(MON))
                .expectNoEvents()
                .expectException(refused(FAULT_ACCEPTED_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "CSSC"));
    }

    @Test
    @DisplayName("Art. 24 — MON accepts a ticket once (409)")
    void art24_monAcceptsOnce() {
        fixture.givenCommands(accepted())
                .when(accept(MON))
                .expectNoEvents()
                .expectException(refused(FAULT_ALREADY_ACCEPTED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 24 — CSSC accepts a direct report once (409)")
    void art24_csscAcceptsADirectReportOnce() {
        fixture.givenCommands(directReportAccepted())
                .when(accept(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_ALREADY_ACCEPTED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 24 — a ticket already dispatched and repaired is not accepted again (409)")
    void art24_aTicketFurtherOnIsNotAcceptedAgain() {
        fixture.givenCommands(repairedAt(Department.OMT))
                .when(accept(MON))
                .expectNoEvents()
                .expectException(refused(FAULT_ALREADY_ACCEPTED, CONFLICT, TICKET));
    }

    @ParameterizedTest(name = "Art. 24 — {0} does not accept fault tickets")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = {"MON", "CSSC"})
    @DisplayName("Art. 24 — only MON and CSSC accept fault tickets")
    void art24_onlyMonAndCsscAccept(Department department) {
        fixture.givenCommands(report())
                .when(accept(department))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.ACCEPT_FAULT, department));
    }
}
