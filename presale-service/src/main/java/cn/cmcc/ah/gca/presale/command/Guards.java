package cn.cmcc.ah.gca.presale.command;

/** Small checks every pre-sale aggregate makes. */
final class Guards {

    private Guards() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Events carry every field: an optional text the caller left out travels as the empty string. */
    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
