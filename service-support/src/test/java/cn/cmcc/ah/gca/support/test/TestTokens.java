package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.security.HmacTokenMinter;

import java.time.Clock;
import java.time.Duration;

/** Real signed bearer tokens for integration tests, with the key {@link TestInfrastructure} configures. */
public final class TestTokens {

    private static final HmacTokenMinter MINTER =
            new HmacTokenMinter(TestInfrastructure.TEST_HMAC_SECRET, Duration.ofHours(1), Clock.systemUTC());

    private TestTokens() {
    }

    public static String bearer(Department department) {
        return bearer(department, department.name().toLowerCase() + "-user", null);
    }

    public static String customer(String groupId) {
        return bearer(Department.CUSTOMER, "customer-" + groupId, groupId);
    }

    /** An RMU token that acts for {@code unit} only (the {@code unit} claim). */
    public static String rmu(String unit) {
        return "Bearer " + MINTER.mint(Department.RMU, "rmu-" + unit.toLowerCase(java.util.Locale.ROOT), null, unit)
                .token();
    }

    public static String bearer(Department department, String user, String customerId) {
        return "Bearer " + MINTER.mint(department, user, customerId).token();
    }
}
