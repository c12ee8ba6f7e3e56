package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged;
import cn.cmcc.ah.gca.events.sla.SlaClockHandedOver;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
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

    @Test
    void aSnapshotOfAHandedOverClockKeepsItsNewDepartmentAndWhenItCame() {
        Instant start = Instant.parse("2026-11-26T02:00:00Z");
        String id = "fault.restoration:FT-2";
        SlaClock clock = new SlaClock();
        clock.on(new SlaClockStarted(id, "fault.restoration", "decision", "FT-2", "5510001234", ServiceLevel.AAA,
                Department.MON, start, start.plusSeconds(11_520), start.plusSeconds(14_400), false, 3L,
                Department.PND, "PT4H", 0L));
        clock.on(new SlaClockHandedOver(id, "fault.restoration", "FT-2", Department.MON, Department.CSSC,
                "gca.fault.FaultDispatched.v1", start.plusSeconds(600)));

        SerializedObject<String> snapshot = serializer.serialize(clock, String.class);
        SlaClock restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getData()).contains("\"responsibleDepartment\":\"CSSC\"", "\"handedOverAt\"");
        assertThat(restored).usingRecursiveComparison().isEqualTo(clock);
    }

    @Test
    void aSnapshotOfAReopenedClockKeepsItsStopAsAPauseAndTheReopening() {
        Instant start = Instant.parse("2026-11-26T02:00:00Z");
        String id = "fault.restoration:FT-1";
        SlaClock clock = new SlaClock();
        clock.on(new SlaClockStarted(id, "fault.restoration", "decision", "FT-1", "5510001234", ServiceLevel.AAA,
                Department.CSSC, start, start.plusSeconds(11_520), start.plusSeconds(14_400), false, 3L,
                Department.PND, "PT4H", 0L));
        clock.on(new SlaClockStopped(id, "fault.restoration", "FT-1", Department.CSSC, start.plusSeconds(3_600),
                start.plusSeconds(14_400), true, 0));
        // a stopped clock's snapshot keeps when it stopped, so that it can still be reopened
        assertThat(serializer.serialize(clock, String.class).getData()).contains("\"stoppedAt\":");
        clock.on(new SlaClockDeadlineChanged(id, "fault.restoration", "FT-1", Department.CSSC,
                SlaClockDeadlineChanged.Reason.RESUMED, "PT4H", start.plusSeconds(11_520), start.plusSeconds(14_400),
                start.plusSeconds(22_320), start.plusSeconds(25_200), false, 3L, 0L, start.plusSeconds(14_400)));

        SerializedObject<String> snapshot = serializer.serialize(clock, String.class);
        SlaClock restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getData()).contains("\"reopenedAt\"", "\"state\":\"RUNNING\"");
        assertThat(restored).usingRecursiveComparison().isEqualTo(clock);
    }
}
