package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.support.axon.SnapshotSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FaultTicketSnapshotTest {

    private final Serializer serializer = SnapshotSerializer.create(new ObjectMapper().findAndRegisterModules());

    @Test
    void aSnapshotKeepsTheWholeStateOfATicket() {
        FaultTicket ticket = new FaultTicket();
        ticket.on(new FaultReported("FT-2026-000001", "AH-HF-ZX-000881",
                new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA), ReportChannel.CUSTOMER_DIRECT,
                "专线中断", "张三", Department.CSSC, Instant.parse("2026-11-26T02:00:00Z")));
        ticket.on(new FaultAccepted("FT-2026-000001", Department.CSSC, Instant.parse("2026-11-26T02:05:00Z")));

        SerializedObject<String> snapshot = serializer.serialize(ticket, String.class);
        FaultTicket restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getData()).contains("FT-2026-000001", "ACCEPTED", "CSSC");
        assertThat(restored).usingRecursiveComparison().isEqualTo(ticket);
    }
}
