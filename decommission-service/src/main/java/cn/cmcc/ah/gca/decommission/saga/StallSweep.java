package cn.cmcc.ah.gca.decommission.saga;

import cn.cmcc.ah.gca.decommission.command.FlagAdjustmentStalled;
import cn.cmcc.ah.gca.decommission.config.DecommissionProperties;
import cn.cmcc.ah.gca.decommission.query.StopFormQueries;
import cn.cmcc.ah.gca.decommission.query.StopFormView;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The safety net under {@link AdjustmentSaga}'s stall deadlines, which live in memory on the instance that set them:
 * every few minutes the adjustments under way (the open work only) whose wait for another service went past its
 * configured limit and is not flagged yet are flagged. The form flags a wait once, so a deadline that did fire, or
 * another instance sweeping at the same time, changes nothing.
 */
@Component
class StallSweep {

    private static final Logger log = LoggerFactory.getLogger(StallSweep.class);

    private final StopFormQueries forms;
    private final CommandGateway commands;
    private final DecommissionProperties properties;
    private final Clock clock;

    StallSweep(StopFormQueries forms, CommandGateway commands, DecommissionProperties properties, Clock clock) {
        this.forms = forms;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gca.decommission.adjustment.sweep-every:PT5M}",
            initialDelayString = "${gca.decommission.adjustment.sweep-every:PT5M}")
    void sweep() {
        Instant now = clock.instant();
        Optional<String> cursor = Optional.empty();
        do {
            Page<StopFormView> page = forms.adjustments(false, Optional.empty(),
                    new PageRequest(PageRequest.MAX_LIMIT, cursor));
            page.items().stream().filter(view -> overdue(view, now)).forEach(view -> flag(view, now));
            cursor = Optional.ofNullable(page.next());
        } while (cursor.isPresent());
    }

    private boolean overdue(StopFormView view, Instant now) {
        return view.waitingFor != null && view.waitingSince != null && !view.stalled
                && !view.waitingSince.plus(AdjustmentSaga.limitOf(properties, view.waitingFor)).isAfter(now);
    }

    private void flag(StopFormView view, Instant now) {
        try {
            commands.sendAndWait(new FlagAdjustmentStalled(view.formId, view.waitingFor, view.waitingSince, now),
                    MetaData.with(MetadataKeys.ACTING_USER, AdjustmentSaga.SYSTEM_USER)
                            .and(MetadataKeys.CORRELATION_ID, view.formId));
        } catch (RuntimeException e) {
            // another instance or the saga's deadline flagged it at the same moment; the next sweep looks again
            log.info("Stall of {} not flagged now: {}", view.formId, e.getMessage());
        }
    }
}
