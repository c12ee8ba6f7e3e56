package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.support.domain.Rejection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rejection of a service reaches the caller in Chinese and in English: each constant of its rejection enum has
 * {@code error.<code>} in the service's bundle and its {@code _en} twin, each a valid message pattern, and the
 * bundles hold nothing else (no text left over from a rule that no longer exists).
 */
public final class RejectionMessages {

    private RejectionMessages() {
    }

    public static <R extends Enum<R> & Rejection> void assertComplete(Class<R> rejections, String bundle) {
        Properties chinese = load("/" + bundle + ".properties");
        Properties english = load("/" + bundle + "_en.properties");
        Set<String> expected = Arrays.stream(rejections.getEnumConstants()).map(r -> "error." + r.code())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(chinese.stringPropertyNames())).as(bundle + ".properties").isEqualTo(expected);
        assertThat(new TreeSet<>(english.stringPropertyNames())).as(bundle + "_en.properties").isEqualTo(expected);
        for (Properties messages : new Properties[]{chinese, english}) {
            assertThat(messages.stringPropertyNames()).allSatisfy(key -> {
                String formatted = new MessageFormat(messages.getProperty(key))
                        .format(new Object[]{"RC-2026-000123", "P1", "LAST_MILE", "接入末端", "x", "y", "z"});
                assertThat(formatted).as(key).doesNotContain("{").isNotBlank();
            });
        }
        assertThat(rejections.getEnumConstants()).allSatisfy(rejection -> {
            assertThat(rejection.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            if (rejection.kind() == cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID) {
                assertThat(rejection.field()).as("%s names the field it is about", rejection).isNotBlank();
            }
        });
    }

    private static Properties load(String resource) {
        try (InputStream in = RejectionMessages.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
