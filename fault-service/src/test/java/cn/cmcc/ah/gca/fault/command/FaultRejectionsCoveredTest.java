package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.support.test.EnabledTests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason a fault step is refused is specified by a test that expects it: each {@link FaultRejection} constant is
 * named in a {@code refused(…)} expectation, and each step of {@link FaultStep} the aggregate guards in a
 * {@code notAllowed(…)} expectation, of an enabled test of this package. A test marked {@code @Disabled} (a known
 * bug) does not count: its rejection is not shown to hold.
 */
@DisplayName("Art. 24–31 — every fault rejection and every step's department rule is specified by a fixture test")
class FaultRejectionsCoveredTest {

    /** Surefire runs in the module's directory. */
    private static final Path TESTS = Path.of("src/test/java/cn/cmcc/ah/gca/fault/command");

    @Test
    @DisplayName("Art. 24–31 — each FaultRejection constant is expected by an enabled test")
    void everyFaultRejectionIsExpectedByAnEnabledTest() throws IOException {
        String tests = enabledTests();

        List<FaultRejection> unexpected = Arrays.stream(FaultRejection.values())
                .filter(rejection -> !Pattern.compile("refused\\(\\s*(FaultRejection\\.)?" + rejection.name() + "\\b")
                        .matcher(tests).find())
                .toList();

        assertThat(unexpected).as("rejections that no enabled test expects with refused(…)").isEmpty();
    }

    @Test
    @DisplayName("Art. 24–31 — each step the aggregate guards is refused to a department it is not given to")
    void everyGuardedStepIsRefusedToAnotherDepartment() throws IOException {
        String tests = enabledTests();

        List<FaultStep> untried = Arrays.stream(FaultStep.values())
                .filter(step -> step != FaultStep.READ_FAULTS)
                .filter(step -> !tests.contains("notAllowed(FaultStep." + step.name()))
                .toList();

        assertThat(untried).as("steps no enabled test refuses to a department with notAllowed(…)").isEmpty();
    }

    private static String enabledTests() throws IOException {
        return EnabledTests.in(TESTS, FaultRejectionsCoveredTest.class, 100);
    }
}
