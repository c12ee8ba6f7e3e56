package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.ServiceLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A fault report (Art. 24).
 *
 * @param circuitId 业务编号 of the affected circuit
 * @param customer  the group customer
 * @param symptom   故障现象
 * @param contact   callback contact, name and phone
 */
public record ReportFaultRequest(
        @NotBlank @Size(max = 64) String circuitId,
        @NotNull @Valid Customer customer,
        @NotBlank @Size(max = 2000) String symptom,
        @NotBlank @Size(max = 200) String contact) {

    /** 集团客户: group id, name, service level. */
    public record Customer(
            @NotBlank @Size(max = 32) String groupId,
            @NotBlank @Size(max = 200) String name,
            @NotNull ServiceLevel serviceLevel) {
    }
}
