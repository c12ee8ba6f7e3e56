package cn.cmcc.ah.gca.support.web;

/** A query parameter with a value the endpoint cannot take (→ 400 naming the parameter and what is expected). */
public class BadParameterException extends RuntimeException {

    private final String name;
    private final String value;
    private final String messageCode;
    private final transient Object[] messageArgs;

    public BadParameterException(String name, String value, String messageCode, Object... messageArgs) {
        super("Bad value for parameter " + name);
        this.name = name;
        this.value = value;
        this.messageCode = messageCode;
        this.messageArgs = messageArgs.clone();
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] messageArgs() {
        return messageArgs.clone();
    }
}
