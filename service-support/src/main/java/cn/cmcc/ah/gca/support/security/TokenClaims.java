package cn.cmcc.ah.gca.support.security;

/** The claims this system reads from a bearer token. */
public final class TokenClaims {

    /** One department code of {@link cn.cmcc.ah.gca.events.Department}: the caller acts as that department. */
    public static final String DEPARTMENT = "department";
    /** For a {@code CUSTOMER} token: the group customer (集团编号) it speaks for. */
    public static final String CUSTOMER_ID = "customer_id";

    private TokenClaims() {
    }
}
