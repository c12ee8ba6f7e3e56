package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.presale.ProductMaturityChanged;
import cn.cmcc.ah.gca.events.presale.ProductRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static cn.cmcc.ah.gca.presale.command.Guards.isBlank;
import static cn.cmcc.ah.gca.presale.command.Guards.orEmpty;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 产品: one product of the catalogue of group-customer access products, mature or not (Art. 6–7). */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class Product {

    @AggregateIdentifier
    private String productCode;
    private String name;
    private boolean mature;

    protected Product() {
        // for Axon
    }

    @CommandHandler
    Product(RegisterProduct command) {
        PresaleStep.REGISTER_PRODUCT.require(command.actingDepartment());
        if (isBlank(command.name())) {
            throw PresaleRejection.PRODUCT_NAME_REQUIRED.reject(command.productCode());
        }
        apply(new ProductRegistered(command.productCode(), command.name().strip(), command.mature(),
                command.registeredAt()));
    }

    @CommandHandler
    void handle(ChangeProductMaturity command) {
        PresaleStep.CHANGE_PRODUCT_MATURITY.require(command.actingDepartment());
        if (command.mature() == mature) {
            return;
        }
        apply(new ProductMaturityChanged(productCode, name, command.mature(), orEmpty(command.reason()),
                command.changedAt()));
    }

    @EventSourcingHandler
    void on(ProductRegistered event) {
        productCode = event.productCode();
        name = event.name();
        mature = event.mature();
    }

    @EventSourcingHandler
    void on(ProductMaturityChanged event) {
        mature = event.mature();
    }
}
