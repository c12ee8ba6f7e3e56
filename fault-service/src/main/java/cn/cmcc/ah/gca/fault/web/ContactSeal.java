package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.fault.config.FaultProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reporter's callback contact as it leaves the request: masked for everyone ({@code 王**}, {@code 139****5678}, as
 * the contract masks them: {@link MaskedContact#maskName}, {@link MaskedContact#maskPhone}) and sealed for
 * fault-service alone, {@code <key id>:base64(12-byte IV ‖ AES-256-GCM ciphertext of {"name","phone"})}
 * with the key id as associated data. Events, views, lists and inboxes carry only this; a staff read of one ticket, and
 * the read of its own customer, open the seal.
 * <p>
 * The key is {@code gca.fault.contact-key} (base64 of 32 bytes), named {@code gca.fault.contact-key-id}. The local run
 * and the tests use a development key shipped in {@code fault-service.yml}; the {@code docker} profile refuses to start
 * with it, or without a key ({@code GCA_FAULT_CONTACT_KEY}), as the kit refuses to verify tokens there without an
 * issuer. A seal this key cannot open (another key id, a changed value) reads as its masked form, never as an error.
 */
@Component
public class ContactSeal {

    /** The id of the development key in {@code fault-service.yml}. */
    static final String LOCAL_KEY_ID = "local";
    /** The development key's text (its 32 bytes); recognised so that no real deployment runs with it. */
    private static final byte[] LOCAL_KEY_PREFIX = "local-development-only".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final Logger log = LoggerFactory.getLogger(ContactSeal.class);

    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();
    private final String keyId;
    private final SecretKeySpec key;

    /** A contact in clear. */
    public record Contact(String name, String phone) {
    }

    @Autowired
    ContactSeal(FaultProperties properties, Environment environment) {
        this(properties.contactKeyId(), properties.contactKey(), environment.acceptsProfiles(Profiles.of("docker")));
    }

    ContactSeal(String keyId, String base64Key, boolean production) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("No key to seal reporters' contacts: set gca.fault.contact-key "
                    + "(GCA_FAULT_CONTACT_KEY in the docker profile) to base64 of 32 random bytes, e.g. the output of "
                    + "`openssl rand -base64 32`");
        }
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalStateException("gca.fault.contact-key-id (GCA_FAULT_CONTACT_KEY_ID) must be 1-32 of "
                    + "A-Z a-z 0-9 . _ -");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gca.fault.contact-key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("gca.fault.contact-key must be 32 bytes (AES-256), not " + bytes.length);
        }
        if (production && (LOCAL_KEY_ID.equals(keyId) || startsWith(bytes, LOCAL_KEY_PREFIX))) {
            throw new IllegalStateException("The docker profile refuses the development key that seals reporters' "
                    + "contacts: set GCA_FAULT_CONTACT_KEY (and GCA_FAULT_CONTACT_KEY_ID) to a key of your own");
        }
        this.keyId = keyId;
        this.key = new SecretKeySpec(bytes, "AES");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The contact masked, and sealed with the current key. */
    public MaskedContact seal(String name, String phone) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(new Contact(name, phone)));
            byte[] all = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return new MaskedContact(MaskedContact.maskName(name), MaskedContact.maskPhone(phone),
                    keyId + ":" + Base64.getEncoder().encodeToString(all));
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot seal a contact", e);
        }
    }

    /** The contact in clear, if {@code contact} was sealed with the current key and is intact; else empty. */
    public Optional<Contact> open(MaskedContact contact) {
        if (contact == null || contact.sealed() == null) {
            return Optional.empty();
        }
        String sealed = contact.sealed();
        int colon = sealed.indexOf(':');
        if (colon < 0 || !keyId.equals(sealed.substring(0, colon))) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(colon + 1));
            if (all.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return Optional.of(json.readValue(plain, Contact.class));
        } catch (GeneralSecurityException | IllegalArgumentException | java.io.IOException e) {
            log.warn("A sealed contact of key {} could not be opened ({}); shown masked", keyId,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
