package cn.cmcc.ah.gca.support.query;

/** A {@code cursor} that no page of this list handed out (→ 400). */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException() {
        super("The cursor does not belong to this list");
    }
}
