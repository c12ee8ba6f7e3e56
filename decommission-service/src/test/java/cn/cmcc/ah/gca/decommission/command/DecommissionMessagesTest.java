package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.decommission.ResourceReleased;
import cn.cmcc.ah.gca.events.decommission.StopFormAccepted;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.test.RejectionMessages;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every reason a form 5 step is refused reaches the caller in Chinese and in English, names what its arguments carry
 * (the form, the circuit, the unit …) so that a person sees which one and what to do, and cites nothing technical.
 */
@DisplayName("Art. 32–37 — every refusal of a form 5 step reads in Chinese and in English")
class DecommissionMessagesTest {

    private static final Path REJECTIONS =
            Path.of("src/main/java/cn/cmcc/ah/gca/decommission/command/DecommissionRejection.java");
    /** A constant's javadoc and its name: {@code /** {0}: the form *\/ FORM_COMPLETED(}. */
    private static final Pattern DOCUMENTED = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*([A-Z_]+)\\(",
            Pattern.DOTALL);
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    /**
     * Arguments given twice, once for each language (the javadoc says which): the Chinese text names the request type
     * or the segment by its Chinese label, the English text by its English name.
     */
    private static final Map<DecommissionRejection, Map<String, Set<String>>> ONE_LANGUAGE_ONLY = Map.of(
            DecommissionRejection.STEP_NOT_FOR_REQUEST_TYPE, Map.of("zh", Set.of("{2}"), "en", Set.of("{1}")),
            DecommissionRejection.SEGMENT_ALREADY_RELEASED, Map.of("zh", Set.of("{2}"), "en", Set.of("{3}")));

    /** Words of the code, the protocol or the storage that a person reading a refusal should not meet. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "\\b[A-Z]+_[A-Z_]+\\b|\\b[a-z]+[A-Z]\\w*\\b|HTTP|\\b[45]\\d\\d\\b|null|[Ee]xception|aggregate|saga"
                    + "|Kafka|Mongo|token");

    @Test
    @DisplayName("Art. 32–37 — each rejection has a Chinese and an English text, and nothing is left over")
    void everyDecommissionRejectionHasAChineseAndAnEnglishMessageAndNothingIsLeftOver() {
        RejectionMessages.assertComplete(DecommissionRejection.class, "decommission-messages");
    }

    @Test
    @DisplayName("Art. 32–37 — each text names every argument its rejection documents")
    void eachTextNamesEveryDocumentedArgument() throws IOException {
        Map<DecommissionRejection, Set<String>> documented = documentedArguments();
        Map<String, Properties> bundles = Map.of("zh", bundle("/decommission-messages.properties"),
                "en", bundle("/decommission-messages_en.properties"));

        assertThat(documented.keySet()).as("rejections with arguments").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (DecommissionRejection rejection : DecommissionRejection.values()) {
            Set<String> arguments = documented.getOrDefault(rejection, Set.of());
            bundles.forEach((language, messages) -> {
                String text = messages.getProperty("error." + rejection.code(), "");
                Set<String> expected = new TreeSet<>(arguments);
                expected.removeAll(ONE_LANGUAGE_ONLY.getOrDefault(rejection, Map.of()).getOrDefault(language,
                        Set.of()));
                Set<String> used = new TreeSet<>();
                ARGUMENT.matcher(text).results().forEach(match -> used.add(match.group()));

                softly.assertThat(used).as("%s (%s) uses the arguments its javadoc lists", rejection, language)
                        .isEqualTo(expected);
            });
        }
        softly.assertAll();
    }

    @Test
    @DisplayName("Art. 32–37 — no text cites code, protocol or storage words")
    void noTextCitesAnythingTechnical() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String resource : List.of("/decommission-messages.properties", "/decommission-messages_en.properties")) {
            Properties messages = bundle(resource);
            for (String key : messages.stringPropertyNames()) {
                Matcher technical = TECHNICAL.matcher(messages.getProperty(key));
                softly.assertThat(technical.find()).as("%s %s cites %s", resource, key,
                        technical.hitEnd() ? "" : technical.group()).isFalse();
            }
        }
        softly.assertAll();
    }

    @Test
    @DisplayName("Art. 32–37 — the Chinese texts are written in Chinese")
    void theChineseTextsAreInChinese() throws IOException {
        Properties chinese = bundle("/decommission-messages.properties");

        assertThat(chinese.stringPropertyNames()).allSatisfy(key ->
                assertThat(chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}{4,}")
                        .doesNotContainPattern("[A-Za-z]{4,}"));
    }

    @Test
    @DisplayName("Art. 34 — a refusal naming a request type or a segment names it in Chinese in the Chinese text")
    void aRefusalNamingATypeOrASegmentNamesItInChinese() throws IOException {
        StopForm suspension = accepted(StopRequestType.SUSPENSION);
        StopForm permanentStop = accepted(StopRequestType.PERMANENT_STOP);
        permanentStop.on(new ResourceReleased(FORM, CIRCUIT, Segment.LAST_MILE, RELEASE_NOTE, AT));

        Properties chinese = bundle("/decommission-messages.properties");
        Properties english = bundle("/decommission-messages_en.properties");
        Map<DomainException, List<String>> refusals = Map.of(
                catchThrowableOfType(() -> suspension.handle(release(CIRCUIT, Segment.CORE), null),
                        DomainException.class), List.of("暂停", "SUSPENSION"),
                catchThrowableOfType(() -> permanentStop.handle(release(CIRCUIT, Segment.LAST_MILE), null),
                        DomainException.class), List.of("接入末端", "LAST_MILE"));

        SoftAssertions softly = new SoftAssertions();
        refusals.forEach((refused, names) -> {
            softly.assertThat(format(chinese, refused, Locale.SIMPLIFIED_CHINESE)).as(refused.code())
                    .contains(FORM, names.get(0))
                    .doesNotContain(names.get(1));
            softly.assertThat(format(english, refused, Locale.ENGLISH)).as(refused.code())
                    .contains(FORM, names.get(1));
        });
        softly.assertAll();
    }

    private static StopForm accepted(StopRequestType type) {
        StopForm form = new StopForm();
        form.on(new StopFormDispatched(FORM, type, CUSTOMER, List.of(CIRCUIT), REASON, REQUESTED_DATE, List.of(),
                null, DISPATCHED_AT));
        form.on(new StopFormAccepted(FORM, type, CUSTOMER, List.of(CIRCUIT), NOTE, ACCEPTED_AT));
        return form;
    }

    private static String format(Properties messages, DomainException refused, Locale locale) {
        return new MessageFormat(messages.getProperty("error." + refused.code()), locale).format(refused.args());
    }

    /** The {@code {n}} each constant's javadoc lists, from the enum's source (surefire runs in the module). */
    private static Map<DecommissionRejection, Set<String>> documentedArguments() throws IOException {
        Map<DecommissionRejection, Set<String>> documented = new EnumMap<>(DecommissionRejection.class);
        Matcher constant = DOCUMENTED.matcher(Files.readString(REJECTIONS));
        while (constant.find()) {
            Set<String> arguments = new TreeSet<>();
            ARGUMENT.matcher(constant.group(1)).results().forEach(match -> arguments.add(match.group()));
            documented.put(DecommissionRejection.valueOf(constant.group(2)), arguments);
        }
        return documented;
    }

    private static Properties bundle(String resource) throws IOException {
        try (InputStream in = DecommissionMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
