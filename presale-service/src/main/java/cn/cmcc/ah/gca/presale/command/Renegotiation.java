package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.support.domain.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Art. 16 renegotiation: closes the replied form with {@code RENEGOTIATE} and opens the new form 1 linked to it in the
 * same unit of work, so the event store holds both or neither (the engine appends a unit of work's events together).
 */
@Component
public class Renegotiation {

    private final Repository<ConfirmationForm> forms;

    public Renegotiation(@Qualifier("confirmationFormRepository") Repository<ConfirmationForm> forms) {
        this.forms = forms;
    }

    @CommandHandler
    void handle(RenegotiateConfirmationForm command) throws Exception {
        DispatchConfirmationForm requested = command.newForm();
        if (requested == null) {
            throw DomainException.ruleViolated("form-new-form-required",
                    "A renegotiation needs the number of the new form 1", command.formId());
        }
        DispatchConfirmationForm newForm = new DispatchConfirmationForm(requested.formId(), requested.customer(),
                requested.productCode(), requested.productName(), requested.productMature(), requested.templateId(),
                requested.bandwidthMbps(), requested.requestedDate(), requested.accountManager(), requested.contact(),
                requested.remarks(), requested.accessPoints(), requested.adjustedCircuitId(),
                requested.adjustmentId(), command.formId(), requested.actingDepartment(), requested.today(),
                requested.dispatchedAt());
        forms.load(command.formId()).execute(form -> {
            form.requireSameCustomer(newForm.customer());
            form.handle(new RecordNegotiationOutcome(command.formId(), NegotiationOutcome.RENEGOTIATE,
                    newForm.formId(), command.note(), command.actingDepartment(), command.recordedAt()));
        });
        forms.newInstance(() -> new ConfirmationForm(newForm));
    }
}
