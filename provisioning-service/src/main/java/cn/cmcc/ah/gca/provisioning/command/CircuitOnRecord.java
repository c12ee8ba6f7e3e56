package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;

/**
 * A circuit in service as provisioning's own event store holds it (Art. 21): the first event of its {@link Circuit},
 * and the dispatch of the form 2 that activated it. What a configuration change of the circuit starts from (Art. 37).
 *
 * @param activation  the circuit's {@code CircuitActivated}
 * @param activatedBy the {@code DemandDispatched} of {@code activation.demandFormId()}; null if the store lacks it
 */
public record CircuitOnRecord(CircuitActivated activation, DemandDispatched activatedBy) {
}
