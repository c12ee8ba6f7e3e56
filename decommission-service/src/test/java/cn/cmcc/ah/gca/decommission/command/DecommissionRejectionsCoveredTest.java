package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.support.domain.Step;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason a form 5 step is refused is specified by a test that expects it: each {@link DecommissionRejection}
 * constant is named in a {@code refused(…)} expectation, and each step of {@link DecommissionStep} the aggregate guards
 * in a {@code notAllowed(…)} expectation, of an enabled test of this package. A test marked {@code @Disabled} (a known
 * bug) does not count: its rejection is not shown to hold.
 */
@DisplayName("Art. 32–37 — every form 5 rejection and every step's department rule is specified by a fixture test")
class DecommissionRejectionsCoveredTest {

    /** Surefire runs in the module's directory. */
    private static final Path TESTS = Path.of("src/test/java/cn/cmcc/ah/gca/decommission/command");

    /** A method's annotations (continuation lines indented further) and its {@code void name(} header. */
    private static final Pattern METHOD = Pattern.compile("(?m)^((?: {4}@.*\\R(?: {8,}.*\\R)*)+) {4}void \\w+\\(");

    private static final Pattern TEST_ANNOTATION = Pattern.compile("(?m)^ {4}@(Test|ParameterizedTest)\\b");
    private static final Pattern DISABLED = Pattern.compile("@(?:[\\w.]+\\.)?Disabled\\b");

    @Test
    @DisplayName("Art. 32–37 — each DecommissionRejection constant is expected by an enabled test")
    void everyDecommissionRejectionIsExpectedByAnEnabledTest() throws IOException {
        String tests = enabledTests();

        List<DecommissionRejection> unexpected = Arrays.stream(DecommissionRejection.values())
                .filter(rejection -> !Pattern.compile("refused\\(\\s*(DecommissionRejection\\.)?" + rejection.name()
                        + "\\b").matcher(tests).find())
                .toList();

        assertThat(unexpected).as("rejections that no enabled test expects with refused(…)").isEmpty();
    }

    @Test
    @DisplayName("Art. 33–37 — each step the aggregate guards is refused to a department it is not given to")
    void everyGuardedStepIsRefusedToAnotherDepartment() throws IOException {
        String tests = enabledTests();

        List<DecommissionStep> untried = Arrays.stream(DecommissionStep.values())
                .filter(step -> !step.allowed().equals(Step.EVERYONE))
                .filter(step -> !tests.contains("notAllowed(DecommissionStep." + step.name()))
                .toList();

        assertThat(untried).as("steps no enabled test refuses to a department with notAllowed(…)").isEmpty();
    }

    /** The annotations and bodies of the enabled test methods of this package's test classes, one after the other. */
    private static String enabledTests() throws IOException {
        assertThat(TESTS).as("the decommission command tests' sources, from the module directory").isDirectory();
        StringBuilder enabled = new StringBuilder();
        int tests = 0;
        int annotatedTests = 0;
        try (Stream<Path> files = Files.list(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).sorted().toList()) {
                if (file.getFileName().toString().equals(DecommissionRejectionsCoveredTest.class.getSimpleName()
                        + ".java")) {
                    continue;
                }
                String source = Files.readString(file);
                annotatedTests += (int) TEST_ANNOTATION.matcher(source).results().count();
                Matcher method = METHOD.matcher(source);
                int start = -1;
                String annotations = "";
                while (true) {
                    boolean found = method.find();
                    if (start >= 0 && isTest(annotations)) {
                        tests++;
                        if (!DISABLED.matcher(annotations).find()) {
                            enabled.append(source, start, found ? method.start() : source.length());
                        }
                    }
                    if (!found) {
                        break;
                    }
                    start = method.start();
                    annotations = method.group(1);
                }
            }
        }
        assertThat(tests).as("test methods read, against the @Test and @ParameterizedTest annotations")
                .isEqualTo(annotatedTests).isGreaterThan(100);
        return enabled.toString();
    }

    private static boolean isTest(String annotations) {
        return TEST_ANNOTATION.matcher(annotations).find();
    }
}
