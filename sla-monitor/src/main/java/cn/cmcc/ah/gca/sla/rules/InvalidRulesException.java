package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.support.domain.DomainException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rules document was refused: every problem found, each a {@link RuleRejection} with its message arguments. As a
 * {@link DomainException} it carries the first (or, for several, {@link RuleRejection#RULES_INVALID}), so the kit's
 * problem+json mapping applies; the rules API lists them all.
 */
public class InvalidRulesException extends DomainException {

    /** One problem of the document. */
    public record Problem(RuleRejection rejection, Object[] args) {

        public Problem {
            args = args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public String toString() {
            return rejection.code() + " " + Arrays.toString(args);
        }
    }

    private final transient List<Problem> problems;

    public InvalidRulesException(List<Problem> problems) {
        super(headline(problems).rejection(), headline(problems).args());
        this.problems = List.copyOf(problems);
    }

    private static Problem headline(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("No problems");
        }
        return problems.size() == 1 ? problems.get(0)
                : new Problem(RuleRejection.RULES_INVALID, new Object[]{problems.size(), problems.get(0).toString()});
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return "SLA rules refused: " + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }
}
