package cn.cmcc.ah.gca.presale.command;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rejection the pre-sale aggregates raise reaches the user as a message in Chinese and in English. */
class PresaleMessagesTest {

    private static final Path COMMAND_SOURCES = Path.of("src/main/java/cn/cmcc/ah/gca/presale");
    private static final Pattern CODE = Pattern.compile("(?:outOfOrder|ruleViolated|notFound)\\(\\s*\"([a-z0-9-]+)\"");

    @Test
    void everyRejectionCodeOfTheAggregatesHasAChineseAndAnEnglishMessage() {
        Set<String> codes = rejectionCodes();
        Properties chinese = load("/presale-messages.properties");
        Properties english = load("/presale-messages_en.properties");

        assertThat(codes).as("codes found in %s", COMMAND_SOURCES).hasSizeGreaterThan(40);
        assertThat(codes).allSatisfy(code -> {
            assertThat(chinese).as("presale-messages.properties").containsKey("error." + code);
            assertThat(english).as("presale-messages_en.properties").containsKey("error." + code);
        });
    }

    @Test
    void bothLanguagesHaveTheSameMessagesAndNoneIsLeftOver() {
        Properties chinese = load("/presale-messages.properties");
        Properties english = load("/presale-messages_en.properties");
        Set<String> expected = new TreeSet<>();
        rejectionCodes().forEach(code -> expected.add("error." + code));

        assertThat(new TreeSet<>(chinese.stringPropertyNames())).isEqualTo(expected);
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(expected);
    }

    @Test
    void everyMessageIsAValidMessageFormatPattern() {
        Stream.of("/presale-messages.properties", "/presale-messages_en.properties").forEach(bundle -> {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).allSatisfy(key -> {
                String formatted = new MessageFormat(messages.getProperty(key))
                        .format(new Object[]{"RC-2026-000123", "P1", "LAST_MILE", "接入末端", "x"});
                assertThat(formatted).as("%s in %s", key, bundle).doesNotContain("{").isNotBlank();
            });
        });
    }

    private static Set<String> rejectionCodes() {
        Set<String> codes = new TreeSet<>();
        Properties shared = load("/gca-messages.properties");
        try (Stream<Path> files = Files.walk(COMMAND_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!shared.containsKey("error." + matcher.group(1))) {
                        codes.add(matcher.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static Properties load(String resource) {
        try (InputStream in = PresaleMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
