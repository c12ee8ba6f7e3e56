package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.sla.SlaRulesSource;
import cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands;
import cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands.ChangeSlaRules;
import cn.cmcc.ah.gca.sla.command.SlaRuleBookCommands.LoadShippedSlaRules;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * The SLA rules in effect on this instance ({@link #current()}), kept as data (Art. 5: PND changes them).
 * <ul>
 * <li>At start the rules file ({@code gca.sla.rules-file}, default the shipped {@code sla-rules.yml}) is validated; a
 * file that fails stops the service with every problem named. The first instance to start stores it as version 1
 * (a second starting at the same time finds it stored and goes on).</li>
 * <li>Each new version ({@code PUT /api/sla/rules}, {@code POST /api/sla/rules/reload}) is validated, stored as an
 * event of the rule book and adopted by the instance that took it at once, by every other instance at its next check
 * of the version view (every {@code gca.sla.rules.refresh}, default 1 s: one lookup by {@code _id}).</li>
 * <li>{@link #current()} is a volatile read: the clock engine may call it for every event it consumes.</li>
 * </ul>
 */
@Component
public class SlaRuleBook {

    private static final Logger log = LoggerFactory.getLogger(SlaRuleBook.class);

    private final SlaRulesViews views;
    private final CommandGateway commands;
    private final ResourceLoader resources;
    private final Clock clock;
    private final String rulesFile;

    private volatile RuleSet current;
    /** Whether {@link #current} is a version read from the store (not the file, before it was stored). */
    private volatile boolean stored;
    /** A stored version that failed validation here, so that it is reported once, not at every check. */
    private volatile long refusedVersion = -1;

    SlaRuleBook(SlaRulesViews views, CommandGateway commands, ResourceLoader resources, Clock clock,
                @Value("${gca.sla.rules-file:classpath:sla-rules.yml}") String rulesFile) {
        this.views = views;
        this.commands = commands;
        this.resources = resources;
        this.clock = clock;
        this.rulesFile = rulesFile;
        RuleSet file;
        try {
            file = readFile().withVersion(1);
        } catch (InvalidRulesException e) {
            throw new IllegalStateException("The SLA rules file " + rulesFile + " is refused: " + e.getMessage(), e);
        }
        file.warnings().forEach(warning -> log.warn("SLA rules file {}: {}", rulesFile, warning));
        this.current = file;
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("SLA rules version view not readable yet; the rules file is in effect until it is", e);
        }
    }

    /** The rules in effect. Never null: before the store answers, the rules file as version 1. */
    public RuleSet current() {
        return current;
    }

    /** The rules file, read and validated now (version 0: not in effect). */
    public RuleSet readFile() {
        return RuleCompiler.compile(RuleCompiler.parse(fileText(), isYaml(rulesFile)), 0);
    }

    /** Stores the rules file as version 1, unless some instance did already. */
    @EventListener(ApplicationReadyEvent.class)
    public void storeShippedRules() {
        if (views.latest().isPresent()) {
            return;
        }
        RuleSet file = readFile();
        try {
            commands.sendAndWait(new LoadShippedSlaRules(SlaRuleBookCommands.BOOK_ID,
                    RuleCompiler.json(file.document()), ids(file), clock.instant()));
            log.info("SLA rules file {} stored as version 1: {}", rulesFile, ids(file));
        } catch (AggregateStreamCreationException | ConcurrencyException | ConflictingModificationException e) {
            log.info("SLA rules already stored (by another instance); version 1 not stored again");
        }
    }

    /**
     * Validates a whole rules document and makes it the next version.
     *
     * @return the version in effect afterwards (the current one, unchanged, when the document is the same)
     * @throws InvalidRulesException with every problem found; nothing changes
     */
    public RuleSet change(String text, boolean yaml, SlaRulesSource source, Actor actor) {
        JsonNode tree = RuleCompiler.parse(text, yaml);
        RuleSet candidate = RuleCompiler.compile(tree, 0);
        storeShippedRules();
        Long version = commands.sendAndWait(new ChangeSlaRules(SlaRuleBookCommands.BOOK_ID,
                RuleCompiler.json(tree), ids(candidate), source, actor.userId(), actor.department(),
                clock.instant()), CommandMetadata.of(actor, SlaRuleBookCommands.BOOK_ID));
        RuleSet adopted = candidate.withVersion(version);
        adopt(adopted);
        log.info("SLA rules version {} in effect ({} by {} {}): {}", version, source, actor.department(),
                actor.userId(), ids(adopted));
        return adopted;
    }

    /** Re-reads the rules file and makes it the next version (when it differs from the one in effect). */
    public RuleSet reload(Actor actor) {
        return change(fileText(), isYaml(rulesFile), SlaRulesSource.SHIPPED, actor);
    }

    /** Adopts the version the view holds, if it is newer than this instance's. */
    @Scheduled(fixedDelayString = "${gca.sla.rules.refresh:PT1S}", initialDelayString = "${gca.sla.rules.refresh:PT1S}")
    public void refresh() {
        views.latest().ifPresent(view -> adopt(view.version, view.rules));
    }

    /** A stored version (from the view or the projection), compiled unless this instance has it already. */
    void adopt(long version, String json) {
        RuleSet now = current;
        if ((stored && version <= now.version()) || version == refusedVersion) {
            return;
        }
        try {
            adopt(RuleCompiler.compile(RuleCompiler.parse(json, false), version));
        } catch (InvalidRulesException e) {
            refusedVersion = version;
            log.error("Stored SLA rules version {} does not validate against this instance's event catalog; keeping "
                    + "version {}: {}", version, now.version(), e.getMessage());
        }
    }

    private synchronized void adopt(RuleSet rules) {
        if (!stored || rules.version() > current.version()) {
            boolean changed = current.version() != rules.version();
            current = rules;
            stored = true;
            if (changed) {
                log.info("SLA rules version {} adopted: {}", rules.version(), ids(rules));
            }
        }
    }

    private String fileText() {
        Resource resource = resources.getResource(rulesFile);
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SLA rules file " + rulesFile, e);
        }
    }

    private static boolean isYaml(String location) {
        return !location.toLowerCase().endsWith(".json");
    }

    private static List<String> ids(RuleSet rules) {
        return rules.rules().stream().map(SlaRule::id).toList();
    }
}
