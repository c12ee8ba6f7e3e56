package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.DepartmentNotAllowedException;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.domain.DomainException.Kind;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Set;

/** Matchers for the exceptions aggregates refuse steps with: by type, kind (→ HTTP status) and code. */
final class Rejections {

    private Rejections() {
    }

    /** → 409: the step is out of order. */
    static Matcher<DomainException> outOfOrder(String code) {
        return rejection(Kind.CONFLICT, code);
    }

    /** → 422: the data breaks a rule. */
    static Matcher<DomainException> ruleViolated(String code) {
        return rejection(Kind.RULE_VIOLATION, code);
    }

    /** → 403: the department may not take the step; names the article and who may. */
    static Matcher<DomainException> forbidden(String article, Department... allowed) {
        return new TypeSafeMatcher<>(DomainException.class) {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e instanceof DepartmentNotAllowedException refused
                        && refused.kind() == Kind.FORBIDDEN
                        && refused.article().equals(article)
                        && refused.allowed().equals(Set.of(allowed));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DepartmentNotAllowedException for ").appendText(article)
                        .appendText(" allowing ").appendValue(Set.of(allowed));
            }
        };
    }

    private static Matcher<DomainException> rejection(Kind kind, String code) {
        return new TypeSafeMatcher<>(DomainException.class) {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.getClass() == DomainException.class && e.kind() == kind && e.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainException ").appendValue(kind).appendText(" ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description description) {
                description.appendText("was ").appendText(e.toString());
            }
        };
    }
}
