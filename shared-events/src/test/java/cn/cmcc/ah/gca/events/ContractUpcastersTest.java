package cn.cmcc.ah.gca.events;

import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.events.upcasting.UnknownConstantException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.events.Contract.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What the upcasters do with an older value that the newer revision cannot hold as it is: nothing is guessed,
 * nulled or dropped. A value that names no constant stops the read with {@link UnknownConstantException}; only a
 * field that may be absent turns the older revision's "none" (empty or missing) into an absent property.
 */
class ContractUpcastersTest {

    private static final EventCatalog.Entry FAULT_REPORTED = entry(FaultReported.class);
    private static final EventCatalog.Entry FAULT_ACCEPTED = entry(FaultAccepted.class);
    private static final EventCatalog.Entry SLA_CLOCK_STARTED = entry(SlaClockStarted.class);
    private static final EventCatalog.Entry SEGMENT_ASSESSED = entry(SegmentAssessed.class);

    @Test
    void aV1DepartmentThatNamesNoConstantStopsTheReadNamingTheEventTheFieldAndTheValue() {
        ObjectNode v1 = fixture(FAULT_REPORTED, 1);
        v1.put("acceptingDepartment", "监控中心");

        Throwable thrown = catchThrowable(() -> Upcasting.upcast(FAULT_REPORTED, "1", v1));

        assertThat(thrown).isInstanceOf(UnknownConstantException.class)
                .hasMessageContainingAll("FaultReported revision 1", "event fixture-event",
                        "aggregate fixture-aggregate #0", "acceptingDepartment \"监控中心\" names no Department",
                        "GCD, CSSC, ENG");
        UnknownConstantException unknown = (UnknownConstantException) thrown;
        assertThat(unknown.eventType()).isEqualTo(FaultReported.class.getName());
        assertThat(unknown.revision()).isEqualTo("1");
        assertThat(unknown.field()).isEqualTo("acceptingDepartment");
        assertThat(unknown.value()).isEqualTo("监控中心");
    }

    static Stream<Arguments> departmentsThatAreNoConstant() {
        return Stream.of(
                Arguments.of(Named.of("lower case", TextNode.valueOf("mon"))),
                Arguments.of(Named.of("padded", TextNode.valueOf(" MON"))),
                Arguments.of(Named.of("another name", TextNode.valueOf("MONITORING_CENTRE"))),
                Arguments.of(Named.of("empty", TextNode.valueOf(""))),
                Arguments.of(Named.of("a number", IntNode.valueOf(4))),
                Arguments.of(Named.of("null", NullNode.getInstance())),
                Arguments.of(Named.of("missing", (JsonNode) null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departmentsThatAreNoConstant")
    void aV1DepartmentIsNeverGuessedNulledOrDropped(JsonNode value) {
        ObjectNode v1 = fixture(SLA_CLOCK_STARTED, 1);
        if (value == null) {
            v1.remove("responsibleDepartment");
        } else {
            v1.set("responsibleDepartment", value);
        }

        assertThatThrownBy(() -> Upcasting.upcast(SLA_CLOCK_STARTED, "1", v1))
                .isInstanceOfSatisfying(UnknownConstantException.class,
                        unknown -> assertThat(unknown.field()).isEqualTo("responsibleDepartment"));
    }

    static Stream<Arguments> serviceLevelsMeaningNone() {
        return Stream.of(
                Arguments.of(Named.of("empty", TextNode.valueOf(""))),
                Arguments.of(Named.of("null", NullNode.getInstance())),
                Arguments.of(Named.of("missing", (JsonNode) null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceLevelsMeaningNone")
    void aClockWithoutAServiceLevelInV1HasItAbsentInV2AndReadsAsNone(JsonNode none) {
        ObjectNode v1 = fixture(SLA_CLOCK_STARTED, 1);
        if (none == null) {
            v1.remove("serviceLevel");
        } else {
            v1.set("serviceLevel", none);
        }
        ObjectNode expected = fixture(SLA_CLOCK_STARTED, 2);
        expected.remove("serviceLevel");

        Upcasting.Upcast upcast = Upcasting.upcast(SLA_CLOCK_STARTED, "1", v1);
        SlaClockStarted event = upcast.read(SlaClockStarted.class);

        assertThat(upcast.payload()).isEqualTo(expected);
        assertThat(event.serviceLevel()).isNull();
        assertThat(event.responsibleDepartment()).isEqualTo(Department.MON);
    }

    @Test
    void aV1ServiceLevelThatNamesNoConstantStopsTheRead() {
        ObjectNode gold = fixture(SLA_CLOCK_STARTED, 1).put("serviceLevel", "GOLD");
        ObjectNode lowerCase = fixture(SLA_CLOCK_STARTED, 1).put("serviceLevel", "aa");

        assertThat(Stream.of(gold, lowerCase).map(v1 -> catchThrowable(
                () -> Upcasting.upcast(SLA_CLOCK_STARTED, "1", v1))))
                .allSatisfy(thrown -> assertThat(thrown).isInstanceOfSatisfying(UnknownConstantException.class,
                        unknown -> assertThat(unknown.field()).isEqualTo("serviceLevel")));
    }

    static Stream<Arguments> enumFieldsOfOlderFixtures() {
        return EventCatalog.entries().stream().flatMap(entry -> IntStream.range(1, Integer.parseInt(entry.revision()))
                .boxed()
                .flatMap(revision -> Arrays.stream(entry.eventClass().getRecordComponents())
                        .filter(component -> component.getType().isEnum())
                        .filter(component -> fixture(entry, revision).path(component.getName()).isTextual())
                        .map(component -> Arguments.of(Named.of(entry.name(), entry), Named.of("v" + revision, revision),
                                Named.of(component.getName(), component)))));
    }

    /** Whether by an upcaster or by Jackson: an older event with a value that is no constant is never read. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("enumFieldsOfOlderFixtures")
    void aValueThatIsNoConstantInAnOlderFixtureNeverReadsAsTheCurrentEvent(EventCatalog.Entry entry, int revision,
                                                                           RecordComponent component) {
        ObjectNode older = fixture(entry, revision).put(component.getName(), "NOT_A_CONSTANT");

        assertThatThrownBy(() -> Upcasting.upcast(entry, String.valueOf(revision), older).read(entry.eventClass()))
                .isInstanceOfAny(UnknownConstantException.class, UncheckedIOException.class);
    }

    /** What revision 3 of each SLA clock event added; all of it may be absent, and is in older events. */
    private static final Map<Class<?>, List<String>> ADDED_IN_SLA_REVISION_3 = Map.of(
            SlaClockStarted.class, List.of("ruleVersion", "escalationDepartment", "limit", "calendarVersion"),
            SlaClockWarned.class, List.of("escalationDepartment"),
            SlaClockBreached.class, List.of("escalationDepartment"));

    static Stream<Arguments> slaClockEventsBeforeRevision3() {
        return ADDED_IN_SLA_REVISION_3.keySet().stream().map(ContractUpcastersTest::entry)
                .flatMap(entry -> Stream.of(1, 2).map(revision -> Arguments.of(Named.of(entry.name(), entry),
                        Named.of("v" + revision, revision))));
    }

    /** Revision 3 only added properties: nothing is filled in that the older event did not say. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("slaClockEventsBeforeRevision3")
    void anSlaClockEventOfRevision1Or2ReadsAsRevision3WithWhatItSaidAndTheNewPropertiesAbsent(
            EventCatalog.Entry entry, int revision) throws Exception {
        Upcasting.Upcast upcast = Upcasting.upcast(entry, String.valueOf(revision), fixture(entry, revision));
        Object event = upcast.read(entry.eventClass());

        assertThat(entry.revision()).isEqualTo("3");
        assertThat(upcast.revision()).isEqualTo("3");
        assertThat(upcast.payload()).as("the payload of revision 2, unchanged").isEqualTo(fixture(entry, 2));
        for (RecordComponent component : entry.eventClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(event);
            if (ADDED_IN_SLA_REVISION_3.get(entry.eventClass()).contains(component.getName())) {
                assertThat(component.isAnnotationPresent(MayBeAbsent.class)).as(component.getName()).isTrue();
                assertThat(value).as("%s, added in revision 3", component.getName()).isNull();
            } else {
                assertThat(value).as(component.getName()).isNotNull();
            }
        }
    }

    @Test
    void aV1ClockStartedReadsAsRevision3WithItsValuesTypedAndNoVersionsLimitOrEscalation() {
        SlaClockStarted event = Upcasting.upcast(SLA_CLOCK_STARTED, "1", fixture(SLA_CLOCK_STARTED, 1))
                .read(SlaClockStarted.class);

        assertThat(event.clockId()).isEqualTo("fault.acceptance:FT-2026-000123");
        assertThat(event.serviceLevel()).isEqualTo(ServiceLevel.AA);
        assertThat(event.responsibleDepartment()).isEqualTo(Department.MON);
        assertThat(event.ruleVersion()).isNull();
        assertThat(event.escalationDepartment()).isNull();
        assertThat(event.limit()).isNull();
        assertThat(event.calendarVersion()).isNull();
    }

    @Test
    void aV3SlaClockEventIsLeftAsItIs() {
        assertThat(ADDED_IN_SLA_REVISION_3.keySet()).allSatisfy(type -> {
            EventCatalog.Entry entry = entry(type);
            Upcasting.Upcast upcast = Upcasting.upcast(entry, "3", fixture(entry, 3));
            assertThat(upcast.revision()).isEqualTo("3");
            assertThat(upcast.payload()).isEqualTo(fixture(entry, 3));
        });
    }

    /** pointsPerOutcome cannot be derived from a v1 event: it is left absent, and nothing else changes. */
    @Test
    void aV1SegmentAssessedReadsAsV2WithoutPointsPerOutcomeAndWithItsPointCountsAsTheyWere() {
        ObjectNode v1 = fixture(SEGMENT_ASSESSED, 1);

        Upcasting.Upcast upcast = Upcasting.upcast(SEGMENT_ASSESSED, "1", v1.deepCopy());
        SegmentAssessed event = upcast.read(SegmentAssessed.class);

        assertThat(upcast.revision()).isEqualTo("2");
        assertThat(upcast.payload()).isEqualTo(v1);
        assertThat(event.pointsPerOutcome()).isNull();
        assertThat(event.pointCounts()).isEqualTo(new OutcomeCounts(0, 1, 0, 0, 1));
    }

    // --- fault events, revision 3 (AsyncAPI 0.5.0) ---

    /** The contact of the older fault fixtures, in clear. */
    private static final String CLEAR_CONTACT = "张先生 13800138000";

    static Stream<Arguments> faultReportedBeforeRevision3() {
        return Stream.of(1, 2).map(revision -> Arguments.of(Named.of("v" + revision, revision)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultReportedBeforeRevision3")
    void aFaultReportedOfRevision1Or2ReadsAsRevision3WithTheContactMaskedAndHeldByItsAcceptingDepartment(
            int revision) {
        assertThat(fixture(FAULT_REPORTED, revision).path("contact").asText()).isEqualTo(CLEAR_CONTACT);

        Upcasting.Upcast upcast = Upcasting.upcast(FAULT_REPORTED, String.valueOf(revision),
                fixture(FAULT_REPORTED, revision));
        FaultReported event = upcast.read(FaultReported.class);

        assertThat(upcast.revision()).isEqualTo("3");
        assertThat(event.contact()).isEqualTo(new MaskedContact("张**************", null, null));
        assertThat(event.acceptingDepartment()).isEqualTo(Department.MON);
        assertThat(event.holder()).isEqualTo(Department.MON);
        assertThat(event.linkedTicketIds()).as("added in revision 3, not derivable").isNull();
        assertThat(event.customer()).isEqualTo(new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA));
    }

    /** Whatever revision a reader meets on the topic or in a store, the contact never reads in clear. */
    @Test
    void noFaultEventOfAnyRevisionReadsWithTheContactInClear() throws Exception {
        List<EventCatalog.Entry> faultEvents = EventCatalog.onTopic(Topics.FAULT);

        for (EventCatalog.Entry entry : faultEvents) {
            for (int revision = 1; revision <= Integer.parseInt(entry.revision()); revision++) {
                Object event = Upcasting.upcast(entry, String.valueOf(revision), fixture(entry, revision))
                        .read(entry.eventClass());
                String json = JSON.writeValueAsString(event);

                assertThat(json).as("%s v%s as read", entry.name(), revision)
                        .doesNotContain("13800138000", "先生");
            }
        }
        assertThat(faultEvents).hasSize(12);
    }

    @Test
    void aDirectReportOfRevision2IsHeldByCssc() {
        ObjectNode v2 = fixture(FAULT_REPORTED, 2).put("channel", "CUSTOMER_DIRECT").put("acceptingDepartment", "CSSC");

        FaultReported event = Upcasting.upcast(FAULT_REPORTED, "2", v2).read(FaultReported.class);

        assertThat(event.holder()).isEqualTo(Department.CSSC);
    }

    static Stream<Arguments> clearContacts() {
        return Stream.of(
                Arguments.of("张三", "张*"),
                Arguments.of("欧阳娜娜 13912345678", "欧" + "*".repeat(15)),
                Arguments.of("  王女士  ", "王**"),
                Arguments.of("Li Lei / 0551-65123456", "L" + "*".repeat(21)),
                Arguments.of("𠀾先生", "𠀾**"),
                Arguments.of("张", "张"),
                Arguments.of("   ", ""),
                Arguments.of("", ""));
    }

    /** The first character that is not blank stays, every other character is a '*': one per character. */
    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @MethodSource("clearContacts")
    void aClearContactReadsAsItsFirstCharacterAndOneStarPerOtherCharacter(String clear, String masked) {
        ObjectNode v2 = fixture(FAULT_REPORTED, 2).put("contact", clear);

        FaultReported event = Upcasting.upcast(FAULT_REPORTED, "2", v2).read(FaultReported.class);

        assertThat(event.contact()).isEqualTo(new MaskedContact(masked, null, null));
    }

    /** Nothing to mask and nothing to guess: a revision 2 event without a contact reads without one. */
    @Test
    void aRevision2ReportWithoutAContactReadsWithoutOne() {
        ObjectNode missing = fixture(FAULT_REPORTED, 2);
        missing.remove("contact");
        ObjectNode nullContact = fixture(FAULT_REPORTED, 2);
        nullContact.set("contact", NullNode.getInstance());

        assertThat(Stream.of(missing, nullContact)
                .map(v2 -> Upcasting.upcast(FAULT_REPORTED, "2", v2).read(FaultReported.class)))
                .allSatisfy(event -> {
                    assertThat(event.contact()).isNull();
                    assertThat(event.holder()).isEqualTo(Department.MON);
                });
    }

    @Test
    void aV1FaultReportedWhoseDepartmentNamesNoConstantStillStopsTheReadBeforeRevision3() {
        ObjectNode v1 = fixture(FAULT_REPORTED, 1).put("acceptingDepartment", "监控中心");

        assertThatThrownBy(() -> Upcasting.upcast(FAULT_REPORTED, "1", v1))
                .isInstanceOfSatisfying(UnknownConstantException.class,
                        unknown -> assertThat(unknown.field()).isEqualTo("acceptingDepartment"));
    }

    static Stream<Arguments> faultAcceptedBeforeRevision3() {
        return Stream.of(1, 2).map(revision -> Arguments.of(Named.of("v" + revision, revision)));
    }

    /** A revision 2 acceptance names neither the circuit, nor the customer, nor who holds the ticket after it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faultAcceptedBeforeRevision3")
    void aFaultAcceptedOfRevision1Or2ReadsAsRevision3WithoutCircuitCustomerOrHolder(int revision) {
        Upcasting.Upcast upcast = Upcasting.upcast(FAULT_ACCEPTED, String.valueOf(revision),
                fixture(FAULT_ACCEPTED, revision));
        FaultAccepted event = upcast.read(FaultAccepted.class);

        assertThat(upcast.revision()).isEqualTo("3");
        assertThat(upcast.payload()).as("the payload of revision 2, unchanged").isEqualTo(fixture(FAULT_ACCEPTED, 2));
        assertThat(event).isEqualTo(new FaultAccepted("FT-2026-000123", null, null, Department.MON, null,
                Instant.parse("2026-03-02T01:20:05.116Z")));
    }

    @Test
    void aV3FaultEventIsLeftAsItIs() {
        assertThat(List.of(FAULT_REPORTED, FAULT_ACCEPTED)).allSatisfy(entry -> {
            Upcasting.Upcast upcast = Upcasting.upcast(entry, "3", fixture(entry, 3));
            assertThat(upcast.revision()).isEqualTo("3");
            assertThat(upcast.payload()).isEqualTo(fixture(entry, 3));
        });
    }

    private static ObjectNode fixture(EventCatalog.Entry entry, int revision) {
        try {
            return (ObjectNode) JSON.readTree(Contract.fixtureOf(entry, revision).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventCatalog.Entry entry(Class<?> eventClass) {
        return EventCatalog.byClassName(eventClass.getName()).orElseThrow();
    }
}
