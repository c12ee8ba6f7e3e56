package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.support.domain.Step;
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
 * Every reason a form 5 step is refused is specified by a test that expects it: each {@link DecommissionRejection}
 * constant is named in a {@code refused(…)} expectation, and each step of {@link DecommissionStep} the aggregate guards
 * in a {@code notAllowed(…)} expectation, of an enabled test of this package. A test marked {@code @Disabled} (a known
 * bug) does not count: its rejection is not shown to hold.
 */
@DisplayName("Art. 32–37 — every form 5 rejection and every step's department rule is specified by a fixture test")
class DecommissionRejectionsCoveredTest {

    /** Surefire runs in the module's directory. */
    private static final Path TESTS = Path.of("src/test/java/cn/cmcc/ah/gca/decommission/command");

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

    private static String enabledTests() throws IOException {
        return EnabledTests.in(TESTS, DecommissionRejectionsCoveredTest.class, 100);
    }
}
