package cn.cmcc.ah.gca.events;

import cn.cmcc.ah.gca.events.fault.FaultReported;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.events.Contract.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approved serialized form of every event: what the network-ops subscribers parse. A fixture is changed only
 * together with a new revision of its event (docs/events.md, "Versioning"). The fixtures of all revisions of an
 * event show the same example, each in the form of its revision: so what the upcasters make of an older fixture
 * must be exactly the current one, but for the properties a later revision added (which may be absent, and are).
 */
class EventFixturesTest {

    private static final Pattern FIXTURE_NAME = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)\\.json");

    static Stream<Named<EventCatalog.Entry>> entries() {
        return EventCatalog.entries().stream().map(entry -> Named.of(entry.name(), entry));
    }

    /** Every revision older than the current one of every catalog event. */
    static Stream<Arguments> olderRevisions() {
        return EventCatalog.entries().stream().flatMap(entry -> IntStream.range(1, Integer.parseInt(entry.revision()))
                .mapToObj(revision -> Arguments.of(Named.of(entry.name(), entry),
                        Named.of("v" + revision, revision))));
    }

    @Test
    void everyCatalogEventHasAnApprovedFixtureForItsCurrentRevision() {
        assertThat(EventCatalog.entries()).allSatisfy(entry -> assertThat(Contract.fixtureOf(entry))
                .as("fixture of %s revision %s", entry.name(), entry.revision())
                .isRegularFile());
    }

    /** History is kept: subscribers replaying a topic meet every revision, and its fixture says what it looked like. */
    @Test
    void everyRevisionOfEveryCatalogEventHasAnApprovedFixture() {
        assertThat(EventCatalog.entries()).allSatisfy(entry -> {
            for (int revision = 1; revision <= Integer.parseInt(entry.revision()); revision++) {
                assertThat(Contract.fixtureOf(entry, revision))
                        .as("fixture of %s revision %s", entry.name(), revision)
                        .isRegularFile();
            }
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("olderRevisions")
    void olderFixtureIsUpcastToTheCurrentRevision(EventCatalog.Entry entry, int revision) {
        assertThat(Upcasting.upcastFixture(entry, revision).revision())
                .as("revision the upcasters bring %s v%s to", entry.name(), revision)
                .isEqualTo(entry.revision());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("olderRevisions")
    void olderFixtureUpcastReadsAsTheCurrentFixtureSays(EventCatalog.Entry entry, int revision) throws Exception {
        Object upcast = Upcasting.upcastFixture(entry, revision).read(entry.eventClass());
        JsonNode expected = withoutPropertiesAddedSince(entry, revision);
        Object current = JSON.treeToValue(expected, entry.eventClass());

        assertThat(upcast).isInstanceOf(entry.eventClass()).isEqualTo(current);
        // and on the wire too, so that no component is equal only by a lenient equals
        assertThat(JSON.readTree(JSON.writeValueAsString(upcast))).isEqualTo(expected);
    }

    /**
     * A component whose older form said less than the current one, so that the upcaster can give only part of the
     * current fixture's value: what it reads as from every revision before {@code untilRevision}, approved here.
     */
    private record SaidLessBefore(Class<?> event, int untilRevision, String component, String readsAs) {
    }

    private static final List<SaidLessBefore> SAID_LESS = List.of(
            // One text in clear ("张先生 13800138000") up to revision 2: which part is the phone is not guessed, so the
            // whole text reads as the masked name, with no phone and nothing sealed (MaskedContact).
            new SaidLessBefore(FaultReported.class, 3, "contact", "{\"name\": \"张**************\"}"));

    /**
     * The current fixture as an event of {@code revision} can say it: without the properties a later revision added,
     * which the older fixture does not have, and with what the older form of a {@linkplain SaidLessBefore component
     * that said less} reads as. Only a property that {@linkplain MayBeAbsent may be absent} can be added that way; any
     * other must be supplied by the upcaster, so it stays expected.
     */
    private static JsonNode withoutPropertiesAddedSince(EventCatalog.Entry entry, int revision) throws Exception {
        ObjectNode current = (ObjectNode) JSON.readTree(Contract.fixtureOf(entry).toFile());
        JsonNode older = JSON.readTree(Contract.fixtureOf(entry, revision).toFile());
        Arrays.stream(entry.eventClass().getRecordComponents())
                .filter(component -> component.isAnnotationPresent(MayBeAbsent.class))
                .filter(component -> !older.has(component.getName()))
                .forEach(component -> current.remove(component.getName()));
        for (SaidLessBefore saidLess : SAID_LESS) {
            if (saidLess.event() == entry.eventClass() && revision < saidLess.untilRevision()) {
                current.set(saidLess.component(), JSON.readTree(saidLess.readsAs()));
            }
        }
        return current;
    }

    /** A component that older events cannot supply is absent when read from them, so it must be allowed to be. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void aComponentAddedByALaterRevisionMayBeAbsentAndNamesARevisionOfItsEvent(EventCatalog.Entry entry) {
        assertThat(entry.eventClass().getRecordComponents())
                .filteredOn(component -> component.isAnnotationPresent(AddedInRevision.class))
                .allSatisfy(component -> {
                    assertThat(component.isAnnotationPresent(MayBeAbsent.class))
                            .as("%s.%s is @MayBeAbsent", entry.name(), component.getName()).isTrue();
                    assertThat(Integer.parseInt(component.getAnnotation(AddedInRevision.class).value()))
                            .as("%s.%s added in revision", entry.name(), component.getName())
                            .isBetween(2, Integer.parseInt(entry.revision()));
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void currentFixtureIsLeftAsItIsByTheUpcasters(EventCatalog.Entry entry) throws Exception {
        Upcasting.Upcast upcast = Upcasting.upcastFixture(entry, Integer.parseInt(entry.revision()));

        assertThat(upcast.revision()).isEqualTo(entry.revision());
        assertThat(upcast.payload()).isEqualTo(JSON.readTree(Contract.fixtureOf(entry).toFile()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void fixtureDeserializesIntoItsEventWithEveryComponentSet(EventCatalog.Entry entry) throws Exception {
        Object event = JSON.readValue(Contract.fixtureOf(entry).toFile(), entry.eventClass());

        assertThat(event).isInstanceOf(entry.eventClass());
        assertThat(nullComponents(event, entry.name())).as("components left null by the fixture").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void eventSerializesBackToExactlyItsFixture(EventCatalog.Entry entry) throws Exception {
        JsonNode approved = JSON.readTree(Contract.fixtureOf(entry).toFile());
        Object event = JSON.treeToValue(approved, entry.eventClass());

        // Through text, so that numbers compare by value as a subscriber sees them, not by Java type.
        JsonNode reserialized = JSON.readTree(JSON.writeValueAsString(event));

        assertThat(reserialized).isEqualTo(approved);
    }

    static Stream<Arguments> componentsThatMayBeAbsent() {
        return EventCatalog.entries().stream().flatMap(entry -> Arrays.stream(entry.eventClass().getRecordComponents())
                .filter(component -> component.isAnnotationPresent(MayBeAbsent.class))
                .map(component -> Arguments.of(Named.of(entry.name(), entry), Named.of(component.getName(), component))));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("componentsThatMayBeAbsent")
    void aComponentThatMayBeAbsentReadsAsNullWhenAbsentAndIsLeftOutAgain(EventCatalog.Entry entry,
                                                                         RecordComponent component) throws Exception {
        ObjectNode without = (ObjectNode) JSON.readTree(Contract.fixtureOf(entry).toFile());
        without.remove(component.getName());

        Object event = JSON.treeToValue(without, entry.eventClass());

        assertThat(component.getAccessor().invoke(event)).isNull();
        assertThat(JSON.readTree(JSON.writeValueAsString(event))).isEqualTo(without);
    }

    /**
     * Older revisions stay as approved history (their upcaster must still read them); anything else under
     * {@code fixtures/} is a leftover of a renamed or removed event.
     */
    @Test
    void everyFixtureFileBelongsToACatalogEventAndOneOfItsRevisions() {
        Path root = Contract.fixturesRoot();

        assertThat(Contract.fixtureFiles()).isNotEmpty().allSatisfy(file -> {
            Path relative = root.relativize(file);
            assertThat(relative.getNameCount()).as("%s: expected <domain>/<Event>.v<n>.json", relative).isEqualTo(2);
            String domain = relative.getName(0).toString();
            Matcher name = FIXTURE_NAME.matcher(relative.getFileName().toString());
            assertThat(name.matches()).as("%s: expected <Event>.v<n>.json", relative).isTrue();

            EventCatalog.Entry entry = EventCatalog.entries().stream()
                    .filter(e -> e.name().equals(name.group(1)) && Topics.domainOf(e.topic()).equals(domain))
                    .findFirst()
                    .orElse(null);
            assertThat(entry).as("%s: no catalog event %s on the %s topic", relative, name.group(1), domain)
                    .isNotNull();
            assertThat(Integer.parseInt(name.group(2))).as("%s: revision", relative)
                    .isLessThanOrEqualTo(Integer.parseInt(entry.revision()));
        });
    }

    /** Paths of the components (and components of nested records) that are null. */
    private static List<String> nullComponents(Object record, String path) throws ReflectiveOperationException {
        List<String> nulls = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(record);
            String here = path + "." + component.getName();
            if (value == null) {
                nulls.add(here);
            } else if (value.getClass().isRecord()) {
                nulls.addAll(nullComponents(value, here));
            }
        }
        return nulls;
    }
}
