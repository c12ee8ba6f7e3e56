package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceOrganised;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceSignatureAdded;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import cn.cmcc.ah.gca.events.provisioning.Signatory;
import cn.cmcc.ah.gca.support.domain.CommonRejection;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.*;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningTestData.*;
import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;
import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;

/**
 * Art. 23: GCD organises the acceptance, the customer and the account manager sign form 4, GCD archives it. (Named
 * so as not to clash with the {@link AcceptanceTest} record of form 4's test results.)
 */
class ProjectAcceptanceTest {

    private AggregateTestFixture<DemandForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DemandForm.class);
        fixture.registerInjectableResource(numbers());
    }

    private static List<Object> organised() {
        return steps(activated(allAvailable()), organise());
    }

    private static List<Object> signedAndReplied() {
        return steps(replied(allAvailable()), organise(), signAsCustomer(), signAsAccountManager());
    }

    private static OrganiseAcceptance organiseWith(String date, List<String> participants, List<AcceptanceTest> tests) {
        return new OrganiseAcceptance(FORM, date, participants, tests, Department.GCD, AT);
    }

    @Test
    void art23_gcdOrganisesTheAcceptanceAfterActivation() {
        fixture.givenCommands(activated(allAvailable()))
                .when(organise())
                .expectEvents(new AcceptanceOrganised(FORM, "2027-05-20", List.of("客户 王芳", "客户经理 李明", "CSSC 张工"),
                        List.of(new AcceptanceTest("带宽测试", true, "100 Mbit/s 上下行")), AT));
    }

    @Test
    void art23_theAcceptanceMayBeOrganisedAgainUntilTheFirstSignature() {
        fixture.givenCommands(organised())
                .when(organiseWith("2027-05-21", List.of("客户 王芳"), List.of(new AcceptanceTest("时延测试", false, null))))
                .expectEvents(new AcceptanceOrganised(FORM, "2027-05-21", List.of("客户 王芳"),
                        List.of(new AcceptanceTest("时延测试", false, "")), AT));
        fixture.givenCommands(steps(organised(), signAsAccountManager()))
                .when(organise())
                .expectException(refusedWith(ACCEPTANCE_SIGNING_STARTED, FORM));
    }

    @Test
    void art23_noAcceptanceBeforeActivation() {
        fixture.givenCommands(ready(allAvailable()))
                .when(organise())
                .expectException(refusedWith(ACTIVATION_NOT_COMPLETE, FORM));
    }

    @Test
    void art23_form4HasItsDateParticipantsAndTests() {
        fixture.givenCommands(activated(allAvailable()))
                .when(organiseWith("20号", List.of("王芳"), List.of(new AcceptanceTest("带宽", true, ""))))
                .expectException(refusedWith(ACCEPTANCE_DATE_INVALID, FORM, "20号"));
        fixture.givenCommands(activated(allAvailable()))
                .when(organiseWith("2027-05-20", List.of(), List.of(new AcceptanceTest("带宽", true, ""))))
                .expectException(refusedWith(ACCEPTANCE_PARTICIPANTS_REQUIRED, FORM));
        fixture.givenCommands(activated(allAvailable()))
                .when(organiseWith("2027-05-20", List.of("王芳", " "), List.of(new AcceptanceTest("带宽", true, ""))))
                .expectException(refusedWith(ACCEPTANCE_PARTICIPANTS_REQUIRED, FORM));
        fixture.givenCommands(activated(allAvailable()))
                .when(organiseWith("2027-05-20", List.of("王芳"), List.of()))
                .expectException(refusedWith(ACCEPTANCE_TESTS_REQUIRED, FORM));
        fixture.givenCommands(activated(allAvailable()))
                .when(organiseWith("2027-05-20", List.of("王芳"), List.of(new AcceptanceTest("", true, ""))))
                .expectException(refusedWith(ACCEPTANCE_TESTS_REQUIRED, FORM));
    }

    @Test
    void art23_theCustomerAndTheAccountManagerSignTheSecondCompletesIt() {
        fixture.givenCommands(organised())
                .when(signAsCustomer())
                .expectEvents(new AcceptanceSignatureAdded(FORM, Signatory.CUSTOMER, "王芳", false, AT));
        fixture.givenCommands(steps(organised(), signAsCustomer()))
                .when(signAsAccountManager())
                .expectEvents(new AcceptanceSignatureAdded(FORM, Signatory.ACCOUNT_MANAGER, "李明", true, AT));
    }

    @Test
    void art23_eachSignsOnce() {
        fixture.givenCommands(steps(organised(), signAsCustomer()))
                .when(signAsCustomer())
                .expectException(refusedWith(ACCEPTANCE_ALREADY_SIGNED, FORM, "CUSTOMER"));
    }

    @Test
    void art23_signaturesFollowTheOrganisationAndNameTheSigner() {
        fixture.givenCommands(activated(allAvailable()))
                .when(signAsAccountManager())
                .expectException(refusedWith(ACCEPTANCE_NOT_ORGANISED, FORM));
        fixture.givenCommands(organised())
                .when(new SignAcceptance(FORM, " ", CUSTOMER.groupId(), Department.CUSTOMER, AT))
                .expectException(refusedWith(ACCEPTANCE_SIGNER_REQUIRED, FORM));
    }

    /** Whatever the form's state: another customer learns nothing of it, not even that it exists. */
    @Test
    void art23_anotherCustomerIsToldTheFormDoesNotExist() {
        fixture.givenCommands(organised())
                .when(new SignAcceptance(FORM, "赵六", OTHER_CUSTOMER, Department.CUSTOMER, AT))
                .expectException(refusedWith(CommonRejection.NOT_FOUND, FORM));
        fixture.givenCommands(dispatch(allAvailable()))
                .when(new SignAcceptance(FORM, "赵六", OTHER_CUSTOMER, Department.CUSTOMER, AT))
                .expectException(refusedWith(CommonRejection.NOT_FOUND, FORM));
        fixture.givenCommands(organised())
                .when(new SignAcceptance(FORM, "赵六", null, Department.CUSTOMER, AT))
                .expectException(refusedWith(CommonRejection.NOT_FOUND, FORM));
    }

    @Test
    void art23_gcdArchivesTheSignedFormWithAnArchiveNumber() {
        fixture.givenCommands(signedAndReplied())
                .when(archive())
                .expectEvents(new AcceptanceArchived(FORM, "AA-2027-000001", AT));
    }

    @Test
    void art23_archivingNeedsBothSignaturesAndTheReply() {
        fixture.givenCommands(steps(replied(allAvailable()), organise(), signAsAccountManager()))
                .when(archive())
                .expectException(refusedWith(ACCEPTANCE_NOT_SIGNED, FORM, "CUSTOMER"));
        fixture.givenCommands(steps(activated(allAvailable()), organise(), signAsCustomer(), signAsAccountManager()))
                .when(archive())
                .expectException(refusedWith(DEMAND_NOT_REPLIED, FORM));
        fixture.givenCommands(replied(allAvailable()))
                .when(archive())
                .expectException(refusedWith(ACCEPTANCE_NOT_ORGANISED, FORM));
    }

    @Test
    void art23_anArchivedFormTakesNoFurtherStep() {
        fixture.givenCommands(steps(signedAndReplied(), archive()))
                .when(archive())
                .expectException(refusedWith(DEMAND_ARCHIVED, FORM));
        fixture.givenCommands(steps(signedAndReplied(), archive()))
                .when(organise())
                .expectException(refusedWith(DEMAND_ARCHIVED, FORM));
    }

    @Test
    void art23_gcdOrganisesAndArchivesTheCustomerAndGcdSign() {
        fixture.givenCommands(activated(allAvailable()))
                .when(new OrganiseAcceptance(FORM, "2027-05-20", List.of("王芳"),
                        List.of(new AcceptanceTest("带宽", true, "")), Department.CSSC, AT))
                .expectException(forbidden(ProvisioningStep.ORGANISE_ACCEPTANCE, Department.CSSC));
        fixture.givenCommands(organised())
                .when(new SignAcceptance(FORM, "张工", null, Department.CSSC, AT))
                .expectException(forbidden(ProvisioningStep.SIGN_ACCEPTANCE, Department.CSSC));
        fixture.givenCommands(signedAndReplied())
                .when(new ArchiveAcceptance(FORM, Department.CUSTOMER, AT))
                .expectException(forbidden(ProvisioningStep.ARCHIVE_ACCEPTANCE, Department.CUSTOMER));
    }
}
