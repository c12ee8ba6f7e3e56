package cn.cmcc.ah.gca.support.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources of a package's enabled tests, for the checks that every rejection and every guarded step of a service is
 * specified by a test that expects it ({@code refused(…)}, {@code notAllowed(…)}): a test marked {@code @Disabled} (a
 * known bug) does not count, its rejection is not shown to hold.
 */
public final class EnabledTests {

    /** A method's annotations (continuation lines indented further) and its {@code void name(} header. */
    private static final Pattern METHOD = Pattern.compile("(?m)^((?: {4}@.*\\R(?: {8,}.*\\R)*)+) {4}void \\w+\\(");
    private static final Pattern TEST_ANNOTATION = Pattern.compile("(?m)^ {4}@(Test|ParameterizedTest)\\b");
    private static final Pattern DISABLED = Pattern.compile("@(?:[\\w.]+\\.)?Disabled\\b");

    private EnabledTests() {
    }

    /**
     * The annotations and bodies of the enabled test methods of the {@code *Test.java} files in {@code directory}
     * (relative to the module: surefire runs there), {@code reading}'s own file left out, one after the other. Fails
     * unless every {@code @Test} / {@code @ParameterizedTest} was read and there are more than {@code atLeast}.
     */
    public static String in(Path directory, Class<?> reading, int atLeast) throws IOException {
        assertThat(directory).as("the tests' sources, from the module directory").isDirectory();
        StringBuilder enabled = new StringBuilder();
        int tests = 0;
        int annotatedTests = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).sorted().toList()) {
                if (file.getFileName().toString().equals(reading.getSimpleName() + ".java")) {
                    continue;
                }
                String source = Files.readString(file);
                annotatedTests += (int) TEST_ANNOTATION.matcher(source).results().count();
                Matcher method = METHOD.matcher(source);
                int start = -1;
                String annotations = "";
                while (true) {
                    boolean found = method.find();
                    if (start >= 0 && TEST_ANNOTATION.matcher(annotations).find()) {
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
                .isEqualTo(annotatedTests).isGreaterThan(atLeast);
        return enabled.toString();
    }
}
