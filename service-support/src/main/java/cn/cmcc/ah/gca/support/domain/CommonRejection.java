package cn.cmcc.ah.gca.support.domain;

/** Rejections every service shares; messages in {@code gca-messages}. */
public enum CommonRejection implements Rejection {
    /** {0}: the number or id asked for */
    NOT_FOUND(DomainException.Kind.NOT_FOUND),
    /** {0}: the department code given */
    UNKNOWN_DEPARTMENT(DomainException.Kind.INVALID, "department"),
    CUSTOMER_ID_REQUIRED(DomainException.Kind.INVALID, "customerId"),
    UNIT_ONLY_FOR_RMU(DomainException.Kind.INVALID, "unit");

    private final DomainException.Kind kind;
    private final String field;

    CommonRejection(DomainException.Kind kind) {
        this(kind, "");
    }

    CommonRejection(DomainException.Kind kind, String field) {
        this.kind = kind;
        this.field = field;
    }

    @Override
    public DomainException.Kind kind() {
        return kind;
    }

    @Override
    public String article() {
        return "";
    }

    @Override
    public String field() {
        return field;
    }
}
