package cn.cmcc.ah.gca.support.security;

/** The claims this system reads from a bearer token. */
public final class TokenClaims {

    /** One department code of {@link cn.cmcc.ah.gca.events.Department}: the caller acts as that department. */
    public static final String DEPARTMENT = "department";
    /** For a {@code CUSTOMER} token: the group customer (集团编号) it speaks for. */
    public static final String CUSTOMER_ID = "customer_id";
    /**
     * For an {@code RMU} token, optional: the resource management unit (资源管理单位, a code such as {@code RMU-CORE}) the
     * caller works for; it then acts for that unit only (Art. 19–21). Without it the token acts for every unit (a
     * central resource desk).
     */
    public static final String UNIT = "unit";

    private TokenClaims() {
    }
}
