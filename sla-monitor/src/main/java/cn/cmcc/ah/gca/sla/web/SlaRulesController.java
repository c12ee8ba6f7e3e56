package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.SlaRulesSource;
import cn.cmcc.ah.gca.sla.rules.InvalidRulesException;
import cn.cmcc.ah.gca.sla.rules.RuleCompiler;
import cn.cmcc.ah.gca.sla.rules.RuleSet;
import cn.cmcc.ah.gca.sla.rules.SlaRuleBook;
import cn.cmcc.ah.gca.sla.rules.SlaRulesView;
import cn.cmcc.ah.gca.sla.rules.SlaRulesViews;
import cn.cmcc.ah.gca.support.domain.CommonRejection;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.ProblemWriter;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static cn.cmcc.ah.gca.sla.command.SlaStep.CHANGE_RULES;
import static cn.cmcc.ah.gca.sla.command.SlaStep.READ_RULES;

/** The SLA rules as data (sla-rules.md; Art. 5: PND interprets and changes them, everyone reads them). */
@RestController
@RequestMapping("/api/sla/rules")
class SlaRulesController {

    static final String YAML = "application/yaml";

    private final SlaRuleBook book;
    private final SlaRulesViews views;
    private final ProblemWriter problems;

    SlaRulesController(SlaRuleBook book, SlaRulesViews views, ProblemWriter problems) {
        this.book = book;
        this.views = views;
        this.problems = problems;
    }

    @GetMapping
    @Endpoint(READ_RULES)
    @Operation(summary = "The SLA rules in effect: their version, who changed them and when, and the whole document",
            description = "The document is in the format of docs/sla-rules.md, as JSON.")
    Rules get() {
        return Rules.of(views.current().orElseThrow(() -> CommonRejection.NOT_FOUND.reject("sla-rules")), List.of());
    }

    @PutMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, "application/x-yaml", "text/yaml"})
    @Endpoint(CHANGE_RULES)
    @Operation(summary = "Replace the SLA rules with a whole new document (YAML or JSON by Content-Type)",
            description = "Validated against the event catalog; refused as a whole (422, every problem listed) or "
                    + "in effect on every instance within about a second, as a new version audited by the event "
                    + "SlaRulesChanged. The same document as the one in effect changes nothing.")
    Rules put(@RequestBody byte[] body, @RequestHeader("Content-Type") MediaType contentType, Actor actor) {
        boolean yaml = !MediaType.APPLICATION_JSON.isCompatibleWith(contentType);
        RuleSet rules = book.change(new String(body, StandardCharsets.UTF_8), yaml, SlaRulesSource.API, actor);
        return inEffect(rules);
    }

    @PostMapping("/reload")
    @Endpoint(CHANGE_RULES)
    @Operation(summary = "Re-read the rules file (gca.sla.rules-file) and make it the next version",
            description = "Validated as a PUT is; when the file holds the rules in effect, nothing changes.")
    Rules reload(Actor actor) {
        return inEffect(book.reload(actor));
    }

    private Rules inEffect(RuleSet rules) {
        SlaRulesView view = views.current()
                .filter(v -> v.version >= rules.version())
                .orElseThrow(() -> CommonRejection.NOT_FOUND.reject("sla-rules"));
        return Rules.of(view, rules.warnings());
    }

    /** Every problem of a refused document, each with its code and text, beside the kit's usual fields. */
    @ExceptionHandler(InvalidRulesException.class)
    ResponseEntity<ProblemDetail> refused(InvalidRulesException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(problem -> Map.of("code", problem.rejection().code(), "message",
                        problems.messages().get("error." + problem.rejection().code(), problem.args(), request)))
                .toList();
        ProblemDetail problem = e.problems().size() == 1
                ? problems.problemWithDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.code(), errors.get(0).get("message"),
                request)
                : problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, e.code(),
                new Object[]{errors.size(), errors.get(0).get("message")}, request);
        problem.setProperty("article", e.rejection().article());
        problem.setProperty("errors", errors);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(ProblemWriter.PROBLEM_JSON)
                .body(problem);
    }

    /** A version of the rules as callers see it. */
    record Rules(long version, SlaRulesSource source, String changedByUser, Department changedByDepartment,
                 Instant changedAt, List<String> ruleIds, List<String> warnings, JsonNode rules) {

        static Rules of(SlaRulesView view, List<String> warnings) {
            return new Rules(view.version, view.source, view.changedByUser, view.changedByDepartment,
                    view.changedAt, view.ruleIds, warnings, RuleCompiler.parse(view.rules, false));
        }
    }
}
