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

    /** The shipped file with more rules appended (indented as its list entries). */
    static String shippedWith(String rulesYaml) {
        return shippedText() + "\n" + rulesYaml.indent(2);
    }
}
