package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.Step;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of a service, read from its step table: each step is tried once by every department (on a fresh item
 * in the right state, so that the department is the only reason for a refusal); the departments the step names
 * succeed, every other one gets 403 citing the step's article. {@link #assertEveryStepChecked()} (in an
 * {@code @AfterAll}) makes sure no step of the table was left out.
 */
public final class RoleMatrix<S extends Enum<S> & Step> {

    private final Class<S> steps;
    private final Set<S> checked;

    private RoleMatrix(Class<S> steps) {
        this.steps = steps;
        this.checked = EnumSet.noneOf(steps);
    }

    public static <S extends Enum<S> & Step> RoleMatrix<S> of(Class<S> steps) {
        return new RoleMatrix<>(steps);
    }

    /**
     * Tries {@code step} as every department through {@code attempt} and checks the answers: {@code success} for the
     * departments allowed, 403 problem+json naming the step's article for the others.
     */
    public void check(S step, int success, Function<Department, Http.Response> attempt) {
        Map<Department, Http.Response> responses = new LinkedHashMap<>();
        for (Department department : Department.values()) {
            responses.put(department, attempt.apply(department));
        }
        responses.forEach((department, response) -> {
            if (step.allowed().contains(department)) {
                assertThat(response.status()).as("%s by %s: %s", step, department, response.body())
                        .isEqualTo(success);
            } else {
                assertThat(response.status()).as("%s by %s: %s", step, department, response.body()).isEqualTo(403);
                assertThat(response.json().get("code").asText()).isEqualTo("department-not-allowed");
                assertThat(response.json().get("article").asText()).isEqualTo(step.article());
            }
        });
        checked.add(step);
    }

    /**
     * For a step table whose steps are tried by several test classes (each with the context its steps need): these
     * steps were checked. A test over the whole table then makes sure the classes' sets cover it.
     */
    @SafeVarargs
    public final void assertChecked(S... these) {
        assertThat(checked).as("steps of %s checked by the role matrix", steps.getSimpleName())
                .containsExactlyInAnyOrder(these);
    }

    public void assertEveryStepChecked() {
        assertThat(checked).as("steps of %s checked by the role matrix", steps.getSimpleName())
                .containsExactlyInAnyOrder(steps.getEnumConstants());
    }
}
