package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.MayBeAbsent;

/**
 * The reporter's callback contact as it travels in events: personal data never leaves fault-service in clear
 * (docs/events.md, "Personal data"). Subscribers see the masked name and phone; fault-service alone can open
 * {@code sealed} (AES-GCM, key {@code gca.fault.contact-key}), and forgetting that key forgets every contact.
 *
 * @param name   the name masked after its first character, e.g. {@code 王**}
 * @param phone  the phone with all but its first 3 and last 4 digits masked, e.g. {@code 139****5678}; absent in a
 *               contact read from revision 1 or 2 of FaultReported, which carried the contact as one text in clear
 * @param sealed name and phone encrypted for fault-service: {@code <key id>:<base64 of IV and ciphertext>}; absent
 *               like {@code phone}
 */
public record MaskedContact(String name, @MayBeAbsent String phone, @MayBeAbsent String sealed) {

    /** The masking of names, stated once: the first character (not a blank one) as it is, every other one as *. */
    public static String maskName(String clear) {
        String text = clear == null ? "" : clear.strip();
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return Character.toString(first) + "*".repeat(text.codePointCount(0, text.length()) - 1);
    }

    /**
     * The masking of phones, stated once: all but the first 3 and the last 4 characters as *; a phone of 8 characters
     * or fewer keeps only its last 2.
     */
    public static String maskPhone(String clear) {
        String text = clear == null ? "" : clear.strip();
        int length = text.length();
        if (length <= 2) {
            return "*".repeat(length);
        }
        if (length <= 8) {
            return "*".repeat(length - 2) + text.substring(length - 2);
        }
        return text.substring(0, 3) + "*".repeat(length - 7) + text.substring(length - 4);
    }
}
