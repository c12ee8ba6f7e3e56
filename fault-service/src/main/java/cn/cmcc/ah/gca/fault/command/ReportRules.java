package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.ReportChannel;

import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_CIRCUIT_STOPPED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_CIRCUIT_SUSPENDED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_CIRCUIT_UNKNOWN;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_CONTACT_REQUIRED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_DIRECT_REPORT_NOT_IMPORTANT;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_SYMPTOM_REQUIRED;

/**
 * What a fault report must satisfy (Art. 24): a circuit in service as provisioning activated it (not suspended or
 * stopped by a form 5, Art. 33–34), and a direct report to CSSC only from an important group customer, whose
 * service levels are configured ({@code gca.fault.direct-report-levels}).
 */
final class ReportRules {

    private ReportRules() {
    }

    static void check(ReportFault command) {
        CircuitOnRecord circuit = command.circuit();
        if (circuit == null) {
            throw FAULT_CIRCUIT_UNKNOWN.reject(command.circuitId());
        }
        if (circuit.status() == CircuitStatus.STOPPED) {
            throw FAULT_CIRCUIT_STOPPED.reject(circuit.circuitId());
        }
        if (circuit.status() == CircuitStatus.SUSPENDED) {
            throw FAULT_CIRCUIT_SUSPENDED.reject(circuit.circuitId());
        }
        ServiceLevel level = circuit.customer().serviceLevel();
        if (command.reportingDepartment() == Department.CUSTOMER
                && (command.directReportLevels() == null || !command.directReportLevels().contains(level))) {
            throw FAULT_DIRECT_REPORT_NOT_IMPORTANT.reject(circuit.circuitId(), level.label());
        }
        Text.required(command.symptom(), FAULT_SYMPTOM_REQUIRED);
        if (command.contact() == null) {
            throw FAULT_CONTACT_REQUIRED.reject();
        }
    }

    /** 10086 reports through the call centre, an account manager of GCD as such, a customer directly to CSSC. */
    static ReportChannel channelOf(Department reporting) {
        return switch (reporting) {
            case CALL_CENTER -> ReportChannel.CALL_CENTER;
            case GCD -> ReportChannel.ACCOUNT_MANAGER;
            default -> ReportChannel.CUSTOMER_DIRECT;
        };
    }
}
