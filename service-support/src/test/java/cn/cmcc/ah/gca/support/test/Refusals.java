package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.DepartmentNotAllowedException;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.domain.Rejection;
import cn.cmcc.ah.gca.support.domain.Step;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Arrays;

/** Matchers for the exceptions aggregates refuse steps with, by rejection constant (for AggregateTestFixture). */
public final class Refusals {

    private Refusals() {
    }

    /**
     * The step was refused for exactly this rule, and the message names each of {@code namedInMessage} (the form, the
     * point, the segment … the rejection's arguments).
     */
    public static Matcher<DomainException> refusedWith(Rejection rejection, Object... namedInMessage) {
        return new TypeSafeMatcher<>(DomainException.class) {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.rejection() == rejection && Arrays.asList(e.args()).containsAll(Arrays.asList(namedInMessage));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused with ").appendValue(rejection);
                if (namedInMessage.length > 0) {
                    description.appendText(" naming ").appendValueList("", ", ", "", namedInMessage);
                }
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description description) {
                description.appendText("was ").appendText(e.toString());
            }
        };
    }

    /** The step was refused because the acting department may not take it. */
    public static Matcher<DomainException> forbidden(Step step, Department actual) {
        return new TypeSafeMatcher<>(DomainException.class) {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e instanceof DepartmentNotAllowedException refused && refused.step() == step
                        && refused.actual() == actual;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("step ").appendValue(step).appendText(" refused to ").appendValue(actual);
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description description) {
                description.appendText("was ").appendText(e.toString());
            }
        };
    }
}
