package cn.cmcc.ah.gca.support.security;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.CommonRejection;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local run only (profile {@code local}): mints a token for any department and user, so a developer can try
 * the API with curl. Registered by {@link SecurityAutoConfiguration} in that profile and in no other.
 */
@RestController
@RequestMapping("/local/tokens")
public class LocalTokenController {

    private final HmacTokenMinter minter;

    public LocalTokenController(HmacTokenMinter minter) {
        this.minter = minter;
    }

    @PostMapping
    @Operation(summary = "Mint a token (local profile only)",
            description = "department: GCD, CSSC, ENG, RMU, MON, OMT, PND, CALL_CENTER, CUSTOMER, ADMIN; "
                    + "customerId is required for CUSTOMER; unit (e.g. RMU-CORE) is optional for RMU: the token "
                    + "then acts for that resource management unit only")
    public HmacTokenMinter.MintedToken mint(@RequestParam String department,
                                           @RequestParam(defaultValue = "dev-user") String user,
                                           @RequestParam(required = false) String customerId,
                                           @RequestParam(required = false) String unit) {
        Department dept;
        try {
            dept = Department.valueOf(department);
        } catch (IllegalArgumentException e) {
            throw CommonRejection.UNKNOWN_DEPARTMENT.reject(department);
        }
        if (dept == Department.CUSTOMER && (customerId == null || customerId.isBlank())) {
            throw CommonRejection.CUSTOMER_ID_REQUIRED.reject();
        }
        if (unit != null && dept != Department.RMU) {
            throw CommonRejection.UNIT_ONLY_FOR_RMU.reject(unit);
        }
        return minter.mint(dept, user, customerId, unit);
    }
}
