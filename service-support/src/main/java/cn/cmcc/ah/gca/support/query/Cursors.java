package cn.cmcc.ah.gca.support.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque page cursors: where the previous page of one particular list stopped. A cursor names its list, so one
 * taken from another list (or typed by hand) is refused rather than silently misread.
 */
final class Cursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursors() {
    }

    static String encode(String list, String position) {
        return ENCODER.encodeToString((list + "\n" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position the cursor holds for {@code list}; empty without a cursor; {@link InvalidCursorException} else. */
    static Optional<String> decode(Optional<String> cursor, String list) {
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        String text;
        try {
            text = new String(DECODER.decode(cursor.get()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        int newline = text.indexOf('\n');
        if (newline < 0 || !text.substring(0, newline).equals(list)) {
            throw new InvalidCursorException();
        }
        return Optional.of(text.substring(newline + 1));
    }
}
