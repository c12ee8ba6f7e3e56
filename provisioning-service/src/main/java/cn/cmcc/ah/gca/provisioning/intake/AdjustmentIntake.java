package cn.cmcc.ah.gca.provisioning.intake;

import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassified;
import cn.cmcc.ah.gca.provisioning.command.FormNumbers;
import cn.cmcc.ah.gca.provisioning.command.OpenConfigurationChange;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.eventstore.MongoKeyedEventStorageEngine;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * decommission-service's classification of an adjustment → provisioning's configuration-change form 2 (Art. 37): a
 * {@link AdjustmentClassification#CONFIGURATION_ONLY} adjustment opens the form 2 {@code RD-} + its form 5, of the
 * circuit as provisioning's own store holds it; a {@link AdjustmentClassification#RE_ALLOCATION} runs pre-sale and
 * in-sale on a new form 1 (Art. 36) and opens nothing here.
 * <p>
 * Fed from {@code gca.decommission.events} by a tracking processor whose position is in the token store, so a
 * restart, a reset or a redelivered record hands it the same classification again: its form 2 number is then taken,
 * and only that duplicate is dropped. A classification the form refuses (a circuit provisioning never activated, a
 * customer that is not the circuit's) is logged and skipped, since retrying cannot help; any other failure goes back to
 * the processor, which retries it a few times ({@link BoundedRetries}) and then logs and skips it.
 */
@Component
@ProcessingGroup(AdjustmentIntake.GROUP)
class AdjustmentIntake {

    /** The processing group, fed by {@code streamableKafkaMessageSource}. */
    static final String GROUP = "provisioning-adjustments";

    private static final Logger log = LoggerFactory.getLogger(AdjustmentIntake.class);

    private final CommandGateway commands;
    private final CircuitRecords circuits;
    private final MongoKeyedEventStorageEngine store;

    AdjustmentIntake(CommandGateway commands, CircuitRecords circuits, MongoKeyedEventStorageEngine store) {
        this.commands = commands;
        this.circuits = circuits;
        this.store = store;
    }

    @EventHandler
    void on(AdjustmentClassified event) {
        if (event.classification() != AdjustmentClassification.CONFIGURATION_ONLY) {
            return;
        }
        String formId = FormNumbers.changeFormIdFor(event.formId());
        // The form's first events are appended when the processor's batch commits: a form 2 opened by an earlier batch
        // would not be refused here but fail that commit, and the batch would be retried again and again.
        if (!store.existingAggregates(Set.of(formId)).isEmpty()) {
            log.debug("Configuration change {} of adjustment {} already open; classification ignored", formId,
                    event.formId());
            return;
        }
        try {
            commands.sendAndWait(new OpenConfigurationChange(formId, event.formId(), event.circuitId(),
                    event.customer() == null ? null : event.customer().groupId(),
                    circuits.find(event.circuitId()).orElse(null), event.note(), event.classifiedAt()));
            log.info("Adjustment {} of circuit {}: configuration change {} opened (Art. 37)", event.formId(),
                    event.circuitId(), formId);
        } catch (DomainException refused) {
            log.warn("Adjustment {} of circuit {}: no configuration change opened, {}; skipped", event.formId(),
                    event.circuitId(), refused.getMessage());
        } catch (AggregateStreamCreationException | ConcurrencyException e) {
            log.debug("Configuration change {} already open; classification ignored", formId);
        } catch (IllegalArgumentException e) {
            // the same classification twice in one batch: Axon refuses to create an aggregate its unit of work holds
            if (!String.valueOf(e.getMessage()).contains("same identifier")) {
                throw e;
            }
            log.debug("Configuration change {} opened earlier in this batch; classification ignored", formId);
        }
    }
}
