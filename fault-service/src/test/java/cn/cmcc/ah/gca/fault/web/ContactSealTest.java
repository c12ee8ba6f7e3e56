package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.fault.MaskedContact;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reporter's contact masked for everyone and sealed for fault-service alone. */
class ContactSealTest {

    private static final String KEY = "q8Jb2nH0mX5vY1tR7wE3uI9oP4aS6dF2gK8lZ0cV5bN=";
    private static final String OTHER_KEY = "bG9jYWwtZGV2ZWxvcG1lbnQtb25seS1zZWFsLWtleSE=";

    private final ContactSeal seal = new ContactSeal("k1", KEY, true);

    @Test
    void masksAsTheContractDoes_theNameAfterItsFirstCharacter_thePhoneBetweenItsFirst3AndLast4() {
        MaskedContact contact = seal.seal("王小明", "13912345678");

        assertThat(contact.name()).isEqualTo("王**");
        assertThat(contact.phone()).isEqualTo("139****5678");
        assertThat(seal.seal("欧阳娜娜", "0551-65123456").name()).isEqualTo("欧***");
        assertThat(seal.seal("欧阳娜娜", "0551-65123456").phone())
                .isEqualTo(MaskedContact.maskPhone("0551-65123456")).startsWith("055").endsWith("3456")
                .doesNotContain("6512");
        assertThat(seal.seal("李", "10086").phone()).isEqualTo("***86");
    }

    @Test
    void sealsWithTheKeyIdAndAFreshIv_andOpensItsOwnSeal() {
        MaskedContact first = seal.seal("王小明", "13912345678");
        MaskedContact second = seal.seal("王小明", "13912345678");

        assertThat(first.sealed()).startsWith("k1:").doesNotContain("王小明", "13912345678");
        assertThat(first.sealed()).as("a fresh IV each time").isNotEqualTo(second.sealed());
        byte[] sealed = Base64.getDecoder().decode(first.sealed().substring(3));
        assertThat(sealed.length).as("12-byte IV, ciphertext, 16-byte tag").isGreaterThan(12 + 16);
        assertThat(seal.open(first)).contains(new ContactSeal.Contact("王小明", "13912345678"));
    }

    @Test
    void aSealItCannotOpenReadsAsNothing_neverAnError() {
        MaskedContact own = seal.seal("王小明", "13912345678");
        String body = own.sealed().substring(3);
        char flipped = body.charAt(20) == 'A' ? 'B' : 'A';
        String tampered = "k1:" + body.substring(0, 20) + flipped + body.substring(21);

        assertThat(new ContactSeal("k2", OTHER_KEY, false).open(own)).as("another key id").isEmpty();
        assertThat(new ContactSeal("k1", OTHER_KEY, false).open(own)).as("another key, same id").isEmpty();
        assertThat(seal.open(new MaskedContact("王**", "139****5678", tampered))).isEmpty();
        assertThat(seal.open(new MaskedContact("王**", "139****5678", "k2:" + body))).as("id is bound").isEmpty();
        for (String broken : new String[]{"k1:", "k1:%%%", "k1:AAAA", "nothing", ""}) {
            assertThat(seal.open(new MaskedContact("王**", "139****5678", broken))).as(broken).isEmpty();
        }
        assertThat(seal.open(new MaskedContact("张三", null, null))).as("a contact of revision 2").isEmpty();
        assertThat(seal.open(null)).isEmpty();
    }

    @Test
    void refusesAMissingOrMalformedKey_andTheDevelopmentKeyInProduction() {
        assertThatThrownBy(() -> new ContactSeal("k1", "", false)).hasMessageContaining("GCA_FAULT_CONTACT_KEY");
        assertThatThrownBy(() -> new ContactSeal("k1", "not base64!", false)).hasMessageContaining("base64");
        assertThatThrownBy(() -> new ContactSeal("k1", "AAAA", false)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new ContactSeal("k:1", KEY, false)).hasMessageContaining("contact-key-id");
        assertThatThrownBy(() -> new ContactSeal("k1", OTHER_KEY, true)).hasMessageContaining("development key");
        assertThatThrownBy(() -> new ContactSeal("local", KEY, true)).hasMessageContaining("development key");
        assertThat(new ContactSeal("local", OTHER_KEY, false).seal("王小明", "13912345678").sealed())
                .as("the local run").startsWith("local:");
    }
}
