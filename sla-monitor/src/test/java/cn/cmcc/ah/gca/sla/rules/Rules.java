package cn.cmcc.ah.gca.sla.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Rules documents for tests: the shipped file, and documents written in a test. */
final class Rules {

    private Rules() {
    }

    static String shippedText() {
        try (InputStream in = Rules.class.getResourceAsStream("/sla-rules.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleSet shipped() {
        return yaml(shippedText());
    }

    static RuleSet yaml(String text) {
        return RuleCompiler.compile(RuleCompiler.parse(text, true), 1);
    }

    /**
     * {@code text} with {@code from} replaced by {@code to} within one rule's entry only (from its {@code - id:} line to
     * the next entry): several shipped rules share lines such as {@code escalateTo: PND}.
     */
    static String inRule(String text, String ruleId, String from, String to) {
        int start = text.indexOf("  - id: " + ruleId + "\n");
        if (start < 0) {
            throw new IllegalArgumentException("No rule " + ruleId);
        }
        int end = text.indexOf("\n  - id: ", start + 1);
        end = end < 0 ? text.length() : end;
        String rule = text.substring(start, end);
        if (!rule.contains(from)) {
            throw new IllegalArgumentException("Rule " + ruleId + " has no " + from);
        }
        return text.substring(0, start) + rule.replace(from, to) + text.substring(end);
    }

    /** The shipped file with more rules appended (indented as its list entries). */
    static String shippedWith(String rulesYaml) {
        return shippedText() + "\n" + rulesYaml.indent(2);
    }
}
