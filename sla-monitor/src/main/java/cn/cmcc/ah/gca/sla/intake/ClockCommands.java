package cn.cmcc.ah.gca.sla.intake;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends clock commands so that a re-delivered or replayed event changes nothing: a clock that already exists is
 * not started again, and a stop for a clock that never started is noted and dropped.
 */
@Component
public class ClockCommands {

    private static final Logger log = LoggerFactory.getLogger(ClockCommands.class);

    private final CommandGateway commands;

    ClockCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * @param inStore whether the clock's first event is in the store already (the caller asks the store for a whole
     *                batch at once)
     * @return true if this call started the clock
     */
    public boolean start(Object startCommand, String clockId, boolean inStore) {
        // In the intake a clock's first events are appended when the processor's batch commits, so a start for a clock
        // of an earlier batch would not fail here but fail that commit (duplicate aggregate key), and the processor
        // would retry the whole batch, again and again. A clock already in the store is not started again.
        if (inStore) {
            log.debug("Clock {} already in the store; start ignored", clockId);
            return false;
        }
        try {
            commands.sendAndWait(startCommand);
            return true;
        } catch (AggregateStreamCreationException | ConcurrencyException | ConflictingModificationException e) {
            log.debug("Clock {} already started; start ignored", clockId);
            return false;
        } catch (IllegalArgumentException e) {
            // the same start twice in one batch of the intake (a re-delivered event): Axon refuses to create an
            // aggregate its unit of work already holds
            if (String.valueOf(e.getMessage()).contains("same identifier")) {
                log.debug("Clock {} started earlier in this batch; start ignored", clockId);
                return false;
            }
            throw e;
        }
    }

    public void send(Object command, String clockId) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            log.warn("No clock {}; {} ignored", clockId, command.getClass().getSimpleName());
        }
    }
}
