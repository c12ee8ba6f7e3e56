package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.provisioning.command.DispatchDemand;
import cn.cmcc.ah.gca.provisioning.command.FormNumbers;
import cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection;
import cn.cmcc.ah.gca.provisioning.query.PresaleFormQueries;
import cn.cmcc.ah.gca.provisioning.web.DemandCommandController.DemandStep;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.DispatchRequest;
import cn.cmcc.ah.gca.support.eventstore.MongoKeyedEventStorageEngine;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Set;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.DISPATCH_DEMAND;

/**
 * GCD dispatches a form 2 (Art. 17) for a form 1 that presale replied and the customer accepted (Art. 16), as
 * provisioning's own projection of {@code gca.presale.events} knows it: nothing is asked of presale. The form 2 number
 * is the form 1's with {@code RD}, so the event store holds at most one form 2 per form 1.
 */
@RestController
@RequestMapping("/api")
class DemandDispatchController {

    private final CommandGateway commands;
    private final PresaleFormQueries presaleForms;
    private final MongoKeyedEventStorageEngine store;
    private final Clock clock;

    DemandDispatchController(CommandGateway commands, PresaleFormQueries presaleForms,
                             MongoKeyedEventStorageEngine store, Clock clock) {
        this.commands = commands;
        this.presaleForms = presaleForms;
        this.store = store;
        this.clock = clock;
    }

    @PostMapping("/demands")
    @Endpoint(DISPATCH_DEMAND)
    @Operation(summary = "GCD dispatches the form 2 of an accepted form 1 (Art. 17)",
            description = "The form 1 must be known from presale's events, replied (Art. 15) and accepted by the "
                    + "customer (Art. 16), and not yet the basis of a form 2: else 422 citing the article. Answers "
                    + "RD-yyyy-nnnnnn, the form 1's number with RD. Each provisionable point takes the Art. 18, 19 or "
                    + "20 path from its confirmed outcomes.")
    ResponseEntity<DemandStep> dispatch(@Valid @RequestBody DispatchRequest request, Actor actor) {
        String formId = FormNumbers.demandFormIdFor(request.confirmationFormId());
        if (!store.existingAggregates(Set.of(formId)).isEmpty()) {
            throw ProvisioningRejection.FORM1_ALREADY_USED.reject(request.confirmationFormId(), formId);
        }
        commands.sendAndWait(new DispatchDemand(formId, request.confirmationFormId(),
                        presaleForms.confirmedForm(request.confirmationFormId()).orElse(null), request.remarks(),
                        actor.department(), clock.instant()),
                CommandMetadata.of(actor, formId));
        return DemandStep.created(formId, null);
    }
}
