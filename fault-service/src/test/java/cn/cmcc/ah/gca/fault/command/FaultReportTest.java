package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.cmcc.ah.gca.events.Department.CALL_CENTER;
import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.CUSTOMER;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.*;
import static cn.cmcc.ah.gca.fault.command.FaultTestData.*;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;

/**
 * Art. 24: 10086 and account managers raise fault tickets for MON to accept; an important customer may report
 * directly to CSSC. Only a circuit in service as provisioning activated it can have a fault, and the ticket carries
 * that circuit's customer and service level, never the caller's.
 */
@DisplayName("Art. 24 — reporting a fault")
class FaultReportTest {

    private AggregateTestFixture<FaultTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultTicket.class);
    }

    private static ReportFault directReportOf(ServiceLevel level, Set<ServiceLevel> directReportLevels) {
        return new ReportFault(TICKET, CIRCUIT, inService(level), SYMPTOM, CONTACT, List.of(), directReportLevels,
                CUSTOMER, REPORTED_AT);
    }

    // --- who reports, and who accepts ---

    @Test
    @DisplayName("Art. 24 — a 10086 report goes to MON, which holds it until it accepts")
    void art24_aCallCentreReportGoesToMon() {
        fixture.givenNoPriorActivity()
                .when(reportBy(CALL_CENTER))
                .expectEvents(new FaultReported(TICKET, CIRCUIT, CUSTOMER_AA, ReportChannel.CALL_CENTER, SYMPTOM,
                        CONTACT, MON, MON, List.of(), REPORTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — an account manager's report goes to MON")
    void art24_anAccountManagersReportGoesToMon() {
        fixture.givenNoPriorActivity()
                .when(reportBy(GCD))
                .expectEvents(new FaultReported(TICKET, CIRCUIT, CUSTOMER_AA, ReportChannel.ACCOUNT_MANAGER, SYMPTOM,
                        CONTACT, MON, MON, List.of(), REPORTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — an AAA customer's direct report goes to CSSC")
    void art24_anAaaCustomersDirectReportGoesToCssc() {
        fixture.givenNoPriorActivity()
                .when(directReportOf(ServiceLevel.AAA, IMPORTANT_LEVELS))
                .expectEvents(new FaultReported(TICKET, CIRCUIT, customer(ServiceLevel.AAA),
                        ReportChannel.CUSTOMER_DIRECT, SYMPTOM, CONTACT, CSSC, CSSC, List.of(), REPORTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — an AA customer is important too as shipped: its direct report goes to CSSC")
    void art24_anAaCustomersDirectReportGoesToCssc() {
        fixture.givenNoPriorActivity()
                .when(directReport())
                .expectEvents(new FaultReported(TICKET, CIRCUIT, CUSTOMER_AA, ReportChannel.CUSTOMER_DIRECT, SYMPTOM,
                        CONTACT, CSSC, CSSC, List.of(), REPORTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — a second report of one fault is linked to the tickets still open on the circuit")
    void art24_theTicketsStillOpenOnTheCircuitAreLinked() {
        List<String> open = List.of("FT-2026-000101", "FT-2026-000117");
        fixture.givenNoPriorActivity()
                .when(new ReportFault(TICKET, CIRCUIT, inService(), SYMPTOM, CONTACT, open, IMPORTANT_LEVELS,
                        CALL_CENTER, REPORTED_AT))
                .expectEvents(new FaultReported(TICKET, CIRCUIT, CUSTOMER_AA, ReportChannel.CALL_CENTER, SYMPTOM,
                        CONTACT, MON, MON, open, REPORTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — no open ticket on the circuit: the links are an empty list, never absent")
    void art24_noLinkedTicketsIsAnEmptyList() {
        fixture.givenNoPriorActivity()
                .when(new ReportFault(TICKET, CIRCUIT, inService(), SYMPTOM, CONTACT, null, IMPORTANT_LEVELS,
                        CALL_CENTER, REPORTED_AT))
                .expectEvents(new FaultReported(TICKET, CIRCUIT, CUSTOMER_AA, ReportChannel.CALL_CENTER, SYMPTOM,
                        CONTACT, MON, MON, List.of(), REPORTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — the customer and its service level are the circuit's on record")
    void art24_theCustomerAndItsLevelAreTheCircuitsOnRecord() {
        CustomerRef onRecord = new CustomerRef("5510007777", "安徽某某物流集团", ServiceLevel.A);
        fixture.givenNoPriorActivity()
                .when(reportOn(new CircuitOnRecord(CIRCUIT, onRecord, CircuitStatus.IN_SERVICE), GCD))
                .expectEvents(new FaultReported(TICKET, CIRCUIT, onRecord, ReportChannel.ACCOUNT_MANAGER, SYMPTOM,
                        CONTACT, MON, MON, List.of(), REPORTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — the symptom is kept without surrounding blanks")
    void art24_theSymptomIsKeptWithoutSurroundingBlanks() {
        fixture.givenNoPriorActivity()
                .when(new ReportFault(TICKET, CIRCUIT, inService(), "  " + SYMPTOM + "\n", CONTACT, List.of(),
                        IMPORTANT_LEVELS, CALL_CENTER, REPORTED_AT))
                .expectEvents(new FaultReported(TICKET, CIRCUIT, CUSTOMER_AA, ReportChannel.CALL_CENTER, SYMPTOM,
                        CONTACT, MON, MON, List.of(), REPORTED_AT));
    }

    @ParameterizedTest(name = "Art. 24 — 10086 reports for a {0} customer")
    @EnumSource(ServiceLevel.class)
    @DisplayName("Art. 24 — 10086 reports for a customer of any service level")
    void art24_10086ReportsForACustomerOfAnyLevel(ServiceLevel level) {
        fixture.givenNoPriorActivity()
                .when(reportOn(inService(level), CALL_CENTER))
                .expectEvents(new FaultReported(TICKET, CIRCUIT, customer(level), ReportChannel.CALL_CENTER, SYMPTOM,
                        CONTACT, MON, MON, List.of(), REPORTED_AT));
    }

    // --- the circuit ---

    @Test
    @DisplayName("Art. 24 — a circuit fault-service does not know (or not the customer's own) is refused")
    void art24_anUnknownCircuitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(reportOn(null, CALL_CENTER))
                .expectNoEvents()
                .expectException(refused(FAULT_CIRCUIT_UNKNOWN, RULE_VIOLATION, CIRCUIT));
        fixture.givenNoPriorActivity()
                .when(reportOn(null, CUSTOMER))
                .expectNoEvents()
                .expectException(refused(FAULT_CIRCUIT_UNKNOWN, RULE_VIOLATION, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 33 — no fault on a permanently stopped circuit")
    void art33_aStoppedCircuitHasNoFault() {
        fixture.givenNoPriorActivity()
                .when(reportOn(standing(CircuitStatus.STOPPED), GCD))
                .expectNoEvents()
                .expectException(refused(FAULT_CIRCUIT_STOPPED, RULE_VIOLATION, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 34 — no fault on a suspended circuit")
    void art34_aSuspendedCircuitHasNoFault() {
        fixture.givenNoPriorActivity()
                .when(reportOn(standing(CircuitStatus.SUSPENDED), CUSTOMER))
                .expectNoEvents()
                .expectException(refused(FAULT_CIRCUIT_SUSPENDED, RULE_VIOLATION, CIRCUIT));
    }

    // --- direct reports: important customers only ---

    @ParameterizedTest(name = "Art. 24 — a {0} customer may not report directly")
    @EnumSource(value = ServiceLevel.class, names = {"A", "STANDARD"})
    @DisplayName("Art. 24 — A and standard customers are not important: no direct report")
    void art24_onlyImportantCustomersReportDirectly(ServiceLevel level) {
        fixture.givenNoPriorActivity()
                .when(directReportOf(level, IMPORTANT_LEVELS))
                .expectNoEvents()
                .expectException(refused(FAULT_DIRECT_REPORT_NOT_IMPORTANT, RULE_VIOLATION, CIRCUIT, level.label()));
    }

    @Test
    @DisplayName("Art. 24 — direct-report levels configured as AAA only: an AA customer is refused, AAA not")
    void art24_directReportLevelsConfiguredAsAaaOnly() {
        fixture.givenNoPriorActivity()
                .when(directReportOf(ServiceLevel.AA, EnumSet.of(ServiceLevel.AAA)))
                .expectNoEvents()
                .expectException(refused(FAULT_DIRECT_REPORT_NOT_IMPORTANT, RULE_VIOLATION, CIRCUIT, "AA级"));
        fixture.givenNoPriorActivity()
                .when(directReportOf(ServiceLevel.AAA, EnumSet.of(ServiceLevel.AAA)))
                .expectEvents(new FaultReported(TICKET, CIRCUIT, customer(ServiceLevel.AAA),
                        ReportChannel.CUSTOMER_DIRECT, SYMPTOM, CONTACT, CSSC, CSSC, List.of(), REPORTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — direct-report levels configured to include A: an A customer reports directly")
    void art24_directReportLevelsConfiguredToIncludeA() {
        fixture.givenNoPriorActivity()
                .when(directReportOf(ServiceLevel.A, EnumSet.of(ServiceLevel.AAA, ServiceLevel.AA, ServiceLevel.A)))
                .expectEvents(new FaultReported(TICKET, CIRCUIT, customer(ServiceLevel.A),
                        ReportChannel.CUSTOMER_DIRECT, SYMPTOM, CONTACT, CSSC, CSSC, List.of(), REPORTED_AT));
    }

    @Test
    @DisplayName("Art. 24 — no direct-report level configured: no customer reports directly")
    void art24_noDirectReportLevelConfigured() {
        fixture.givenNoPriorActivity()
                .when(directReportOf(ServiceLevel.AAA, Set.of()))
                .expectNoEvents()
                .expectException(refused(FAULT_DIRECT_REPORT_NOT_IMPORTANT, RULE_VIOLATION, CIRCUIT, "AAA级"));
        fixture.givenNoPriorActivity()
                .when(directReportOf(ServiceLevel.AAA, null))
                .expectNoEvents()
                .expectException(refused(FAULT_DIRECT_REPORT_NOT_IMPORTANT, RULE_VIOLATION, CIRCUIT, "AAA级"));
    }

    // --- the report's content ---

    @Test
    @DisplayName("Art. 24 — the symptom is required")
    void art24_theSymptomIsRequired() {
        for (String symptom : new String[]{null, "", "  \t"}) {
            fixture.givenNoPriorActivity()
                    .when(new ReportFault(TICKET, CIRCUIT, inService(), symptom, CONTACT, List.of(),
                            IMPORTANT_LEVELS, CALL_CENTER, REPORTED_AT))
                    .expectNoEvents()
                    .expectException(refused(FAULT_SYMPTOM_REQUIRED, INVALID));
        }
    }

    @Test
    @DisplayName("Art. 24 — the contact to call back is required")
    void art24_theContactIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new ReportFault(TICKET, CIRCUIT, inService(), SYMPTOM, null, List.of(), IMPORTANT_LEVELS,
                        CUSTOMER, REPORTED_AT))
                .expectNoEvents()
                .expectException(refused(FAULT_CONTACT_REQUIRED, INVALID));
    }

    // --- who may report ---

    @ParameterizedTest(name = "Art. 24 — {0} does not report faults")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = {"CALL_CENTER", "GCD", "CUSTOMER"})
    @DisplayName("Art. 24 — only 10086, account managers and customers report faults")
    void art24_onlyCallCentreAccountManagersAndCustomersReport(Department department) {
        fixture.givenNoPriorActivity()
                .when(reportBy(department))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.REPORT_FAULT, department));
    }

    @Test
    @DisplayName("Art. 24 — a report without a department is refused as not allowed")
    void art24_aReportWithoutADepartmentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(reportBy(null))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.REPORT_FAULT, null));
    }

    @Test
    @DisplayName("Art. 24 — the department is checked before the circuit")
    void art24_theDepartmentIsCheckedBeforeTheCircuit() {
        fixture.givenNoPriorActivity()
                .when(reportOn(null, MON))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.REPORT_FAULT, MON));
    }
}
