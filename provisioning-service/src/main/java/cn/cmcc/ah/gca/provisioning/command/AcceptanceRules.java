package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceOrganised;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceSignatureAdded;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import cn.cmcc.ah.gca.events.provisioning.Signatory;
import cn.cmcc.ah.gca.support.domain.CommonRejection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static cn.cmcc.ah.gca.provisioning.command.Guards.isBlank;
import static cn.cmcc.ah.gca.provisioning.command.Guards.orEmpty;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_ALREADY_SIGNED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_DATE_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_NOT_ORGANISED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_NOT_SIGNED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_PARTICIPANTS_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_SIGNER_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_SIGNING_STARTED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_TESTS_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_NOT_REPLIED;

/** Art. 23: what form 4 holds, who signs it, and when it can be archived. */
final class AcceptanceRules {

    private AcceptanceRules() {
    }

    /**
     * Form 4 as GCD fills it in: a date, the participants and at least one test, each named. Organised again (a
     * correction) until the first signature.
     */
    static AcceptanceOrganised organised(String formId, Set<Signatory> signatures, OrganiseAcceptance command) {
        if (!signatures.isEmpty()) {
            throw ACCEPTANCE_SIGNING_STARTED.reject(formId);
        }
        LocalDate date = Guards.isoDate(command.acceptanceDate(),
                () -> ACCEPTANCE_DATE_INVALID.reject(formId, String.valueOf(command.acceptanceDate())));
        if (command.participants().isEmpty() || command.participants().stream().anyMatch(Guards::isBlank)) {
            throw ACCEPTANCE_PARTICIPANTS_REQUIRED.reject(formId);
        }
        if (command.tests().isEmpty()
                || command.tests().stream().anyMatch(test -> test == null || isBlank(test.item()))) {
            throw ACCEPTANCE_TESTS_REQUIRED.reject(formId);
        }
        List<AcceptanceTest> tests = command.tests().stream()
                .map(test -> new AcceptanceTest(test.item().strip(), test.passed(), orEmpty(test.measured())))
                .toList();
        return new AcceptanceOrganised(formId, date.toString(),
                command.participants().stream().map(String::strip).toList(), tests, command.at());
    }

    /**
     * The customer signs with a CUSTOMER token of the form's customer, the account manager as GCD. Another customer is
     * refused as the kit refuses it an item it may not see (404, as for a form that does not exist), so it learns
     * nothing of the form; checked before anything about the form's state.
     */
    static Signatory signatory(String formId, String formCustomerGroupId, SignAcceptance command) {
        if (command.actingDepartment() != Department.CUSTOMER) {
            return Signatory.ACCOUNT_MANAGER;
        }
        if (!formCustomerGroupId.equals(command.customerGroupId())) {
            throw CommonRejection.NOT_FOUND.reject(formId);
        }
        return Signatory.CUSTOMER;
    }

    /** Each signatory signs an organised form 4 once, naming who signed; the second signature completes it. */
    static AcceptanceSignatureAdded signed(String formId, boolean organised, Set<Signatory> signatures,
                                           Signatory signatory, SignAcceptance command) {
        if (!organised) {
            throw ACCEPTANCE_NOT_ORGANISED.reject(formId);
        }
        if (signatures.contains(signatory)) {
            throw ACCEPTANCE_ALREADY_SIGNED.reject(formId, signatory.name(), signatory.label());
        }
        if (isBlank(command.signedBy())) {
            throw ACCEPTANCE_SIGNER_REQUIRED.reject(formId);
        }
        return new AcceptanceSignatureAdded(formId, signatory, command.signedBy().strip(), signatures.size() == 1,
                command.at());
    }

    /** Organised, signed by both, and the form 2 replied (Art. 21) before the archive. */
    static void requireArchivable(String formId, boolean organised, Set<Signatory> signatures, boolean replied) {
        if (!organised) {
            throw ACCEPTANCE_NOT_ORGANISED.reject(formId);
        }
        List<Signatory> missing = Arrays.stream(Signatory.values())
                .filter(signatory -> !signatures.contains(signatory)).toList();
        if (!missing.isEmpty()) {
            throw ACCEPTANCE_NOT_SIGNED.reject(formId, String.join(", ", missing.stream().map(Enum::name).toList()),
                    String.join("、", missing.stream().map(Signatory::label).toList()));
        }
        if (!replied) {
            throw DEMAND_NOT_REPLIED.reject(formId);
        }
    }
}
