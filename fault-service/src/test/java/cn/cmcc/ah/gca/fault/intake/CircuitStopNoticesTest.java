package cn.cmcc.ah.gca.fault.intake;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.fault.command.NoteCircuitStop;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Art. 33–34: a form 5 naming open tickets becomes one command per ticket, sent as GCD. */
class CircuitStopNoticesTest {

    private static final String FORM = "SD-2026-000007";
    private static final Instant DISPATCHED_AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);

    private final CommandGateway commands = mock(CommandGateway.class);
    private final CircuitStopNotices notices = new CircuitStopNotices(commands);

    private static StopFormDispatched form(List<String> tickets) {
        return new StopFormDispatched(FORM, StopRequestType.SUSPENSION, CUSTOMER, List.of("CL-2026-000001"),
                "客户装修，暂停三个月", "2026-12-05", tickets, "客户知悉故障单一并处理", DISPATCHED_AT);
    }

    private static EventMessage<?> record(StopFormDispatched form, Map<String, String> metadata) {
        return new GenericDomainEventMessage<>("StopForm", FORM, 0, form, MetaData.from(metadata));
    }

    @Test
    void art33_eachOpenTicketIsToldWithTheFormsReasonAsGcdsUser_anUnknownOneDoesNotHoldTheOthersUp() {
        StopFormDispatched form = form(List.of("FT-2026-000001", "FT-2026-000002"));
        when(commands.sendAndWait(any(NoteCircuitStop.class), any(MetaData.class)))
                .thenThrow(new AggregateNotFoundException("FT-2026-000001", "no such ticket"))
                .thenReturn(null);

        notices.on(form, record(form, Map.of(MetadataKeys.ACTING_DEPARTMENT, "GCD",
                MetadataKeys.ACTING_USER, "gcd-zhang")));

        ArgumentCaptor<NoteCircuitStop> sent = ArgumentCaptor.forClass(NoteCircuitStop.class);
        ArgumentCaptor<MetaData> metadata = ArgumentCaptor.forClass(MetaData.class);
        verify(commands, times(2)).sendAndWait(sent.capture(), metadata.capture());
        assertThat(sent.getAllValues()).containsExactly(
                new NoteCircuitStop("FT-2026-000001", FORM, StopRequestType.SUSPENSION, List.of("CL-2026-000001"),
                        "客户知悉故障单一并处理", DISPATCHED_AT),
                new NoteCircuitStop("FT-2026-000002", FORM, StopRequestType.SUSPENSION, List.of("CL-2026-000001"),
                        "客户知悉故障单一并处理", DISPATCHED_AT));
        assertThat(metadata.getAllValues().get(1)).containsEntry(MetadataKeys.ACTING_DEPARTMENT, "GCD")
                .containsEntry(MetadataKeys.ACTING_USER, "gcd-zhang")
                .containsEntry(MetadataKeys.CORRELATION_ID, "FT-2026-000002");
    }

    @Test
    void aRecordNamingNoUserIsToldAsDecommissionService() {
        StopFormDispatched form = form(List.of("FT-2026-000003"));

        notices.on(form, record(form, Map.of()));

        verify(commands).sendAndWait(any(NoteCircuitStop.class), eq(MetaData.with(MetadataKeys.ACTING_DEPARTMENT,
                "GCD").and(MetadataKeys.ACTING_USER, "decommission-service")
                .and(MetadataKeys.CORRELATION_ID, "FT-2026-000003")));
    }

    @Test
    void aFormWithoutOpenTicketsSendsNothing() {
        StopFormDispatched form = form(null);

        notices.on(form, record(form, Map.of()));

        verify(commands, times(0)).sendAndWait(any(), any(MetaData.class));
    }
}
