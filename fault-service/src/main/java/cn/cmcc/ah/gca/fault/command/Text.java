package cn.cmcc.ah.gca.fault.command;

/** Texts on a ticket: required ones must say something, optional ones travel as the empty string. */
final class Text {

    private Text() {
    }

    static String required(String text, FaultRejection missing) {
        if (text == null || text.isBlank()) {
            throw missing.reject();
        }
        return text.strip();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
