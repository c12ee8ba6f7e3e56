package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.support.domain.DomainException.Kind;
import cn.cmcc.ah.gca.support.domain.Rejection;

/**
 * Every reason a fault step is refused, with its kind (→ HTTP status) and article. Texts: {@code error.<code>} in
 * {@code fault-messages.properties} (Chinese) and {@code fault-messages_en.properties}.
 */
public enum FaultRejection implements Rejection {

    /** {0}: the group id named in the report */
    FAULT_OTHER_CUSTOMER(Kind.RULE_VIOLATION, "Art. 24"),
    /** {0}: the ticket; {1}: the department that accepts it */
    FAULT_ACCEPTED_BY_OTHER_DEPARTMENT(Kind.FORBIDDEN, "Art. 24"),
    FAULT_ALREADY_ACCEPTED(Kind.CONFLICT, "Art. 24");

    private final Kind kind;
    private final String article;

    FaultRejection(Kind kind, String article) {
        this.kind = kind;
        this.article = article;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String article() {
        return article;
    }
}
