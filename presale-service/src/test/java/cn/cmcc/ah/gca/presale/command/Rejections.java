package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.DepartmentNotAllowedException;
import cn.cmcc.ah.gca.support.domain.DomainException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Set;

/** The 403 of a step taken by the wrong department: names the article and who may (as the step table says). */
final class Rejections {

    private Rejections() {
    }

    static Matcher<DomainException> forbidden(String article, Department... allowed) {
        return new TypeSafeMatcher<>(DomainException.class) {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e instanceof DepartmentNotAllowedException refused
                        && refused.kind() == DomainException.Kind.FORBIDDEN
                        && refused.article().equals(article)
                        && refused.allowed().equals(Set.of(allowed));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DepartmentNotAllowedException for ").appendText(article)
                        .appendText(" allowing ").appendValue(Set.of(allowed));
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description description) {
                description.appendText("was ").appendText(e.toString());
            }
        };
    }
}
