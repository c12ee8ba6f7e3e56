package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.support.axon.SnapshotSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SlaClockSnapshotTest {

    private final Serializer serializer = SnapshotSerializer.create(new ObjectMapper().findAndRegisterModules());

    @Test
    void aSnapshotKeepsTheWholeStateOfAClock() {
        Instant start = Instant.parse("2026-11-26T02:00:00Z");
        SlaClock clock = new SlaClock();
        clock.on(new SlaClockStarted("fault.acceptance:FT-1", "fault.acceptance", "decision", "FT-1", "5510001234",
                ServiceLevel.AA, Department.MON, start, start.plusSeconds(720), start.plusSeconds(900), false, 3L,
                Department.PND, "PT15M", 0L));
        clock.on(new SlaClockPaused("fault.acceptance:FT-1", "fault.acceptance", "FT-1", Department.MON,
                start.plusSeconds(60)));
        clock.on(new SlaClockWarned("fault.acceptance:FT-1", "fault.acceptance", "FT-1", Department.MON,
                start.plusSeconds(720), start.plusSeconds(900), Department.PND));

        SerializedObject<String> snapshot = serializer.serialize(clock, String.class);
        SlaClock restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getData()).contains("fault.acceptance:FT-1", "\"warned\":true");
        assertThat(restored).usingRecursiveComparison().isEqualTo(clock);
    }
}
