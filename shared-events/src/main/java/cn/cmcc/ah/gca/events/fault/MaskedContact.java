package cn.cmcc.ah.gca.events.fault;

/**
 * The reporter's callback contact as it travels in events: personal data never leaves fault-service in clear
 * (docs/events.md, "Personal data"). Subscribers see the masked name and phone; fault-service alone can open
 * {@code sealed} (AES-GCM, key {@code gca.fault.contact-key}), and forgetting that key forgets every contact.
 *
 * @param name   the name masked after its first character, e.g. {@code 王**}
 * @param phone  the phone with all but its first 3 and last 4 digits masked, e.g. {@code 139****5678}
 * @param sealed name and phone encrypted for fault-service: {@code <key id>:<base64 of IV and ciphertext>}
 */
public record MaskedContact(String name, String phone, String sealed) {
}
