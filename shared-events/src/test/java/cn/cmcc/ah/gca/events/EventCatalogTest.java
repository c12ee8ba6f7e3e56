package cn.cmcc.ah.gca.events;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog is the one list of published events: the converter, the AsyncAPI document and the fixtures follow it. */
class EventCatalogTest {

    private static final String BASE_PACKAGE = "cn.cmcc.ah.gca.events";
    private static final Pattern CLOUD_EVENT_TYPE =
            Pattern.compile("gca\\.([a-z]+)\\.([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)");

    @Test
    void resolvesCurrentAndOlderRevisionsOfATypeButNotFutureOnesOrStrangers() {
        assertThat(EventCatalog.byCloudEventType("gca.fault.FaultReported.v3"))
                .map(EventCatalog.Entry::eventClass).contains(cn.cmcc.ah.gca.events.fault.FaultReported.class);
        assertThat(EventCatalog.byCloudEventType("gca.fault.FaultReported.v2"))
                .map(EventCatalog.Entry::eventClass).contains(cn.cmcc.ah.gca.events.fault.FaultReported.class);
        assertThat(EventCatalog.byCloudEventType("gca.fault.FaultReported.v1"))
                .map(EventCatalog.Entry::eventClass).contains(cn.cmcc.ah.gca.events.fault.FaultReported.class);
        assertThat(EventCatalog.byCloudEventType("gca.fault.FaultReported.v4")).isEmpty();
        assertThat(EventCatalog.byCloudEventType("gca.fault.FaultReportedLater.v1")).isEmpty();
        assertThat(EventCatalog.byCloudEventType("cn.cmcc.ah.gca.events.fault.FaultReported")).isEmpty();
    }

    @Test
    void everyRecordWithARevisionIsInTheCatalog() {
        List<Class<?>> events = contractRecords().stream()
                .filter(type -> type.isAnnotationPresent(Revision.class))
                .toList();

        assertThat(events).as("the scan finds the catalog's events")
                .containsAll(EventCatalog.entries().stream().<Class<?>>map(EventCatalog.Entry::eventClass).toList());
        assertThat(events).allSatisfy(event -> assertThat(EventCatalog.byClassName(event.getName()))
                .as("%s is in EventCatalog", event.getName())
                .isPresent());
    }

    /** An event whose {@code @Revision} was forgotten would otherwise slip past the check above. */
    @Test
    void everyOtherRecordIsAValueCarriedByACatalogEvent() {
        Set<Class<?>> carried = recordsReachableFromCatalogEvents();

        assertThat(contractRecords()).allSatisfy(type -> assertThat(carried)
                .as("%s is neither a catalog event nor carried by one (an event without @Revision?)", type.getName())
                .contains(type));
    }

    /**
     * Department codes and service levels have enums ({@link Department}, {@link ServiceLevel}); a component named
     * like one ({@code …Department}, who did it as {@code …edBy}, {@code …Level}) that is a plain String would let
     * any text onto the wire. ({@code readyBy}, a date, is not a who.)
     */

    @Test
    void noComponentNamedLikeADepartmentOrALevelIsAPlainString() {
        Pattern departmentOrLevel = Pattern.compile(".*Department|.*[a-z]edBy|.*Level|department|level");

        assertThat(contractRecords()).allSatisfy(type -> assertThat(type.getRecordComponents())
                .filteredOn(component -> departmentOrLevel.matcher(component.getName()).matches())
                .as("components of %s named like a department or a level", type.getSimpleName())
                .allSatisfy(component -> assertThat(component.getType()).as(component.getName())
                        .isNotEqualTo(String.class)));
    }

    @Test
    void everyCatalogEventIsARecordWithANumericRevision() {
        assertThat(EventCatalog.entries()).allSatisfy(entry -> {
            assertThat(entry.eventClass().isRecord()).as("%s is a record", entry.name()).isTrue();
            assertThat(entry.eventClass().getAnnotation(Revision.class)).as("%s has @Revision", entry.name())
                    .isNotNull();
            assertThat(entry.revision()).as("%s revision", entry.name()).matches("[1-9][0-9]*");
        });
    }

    @Test
    void cloudEventTypeIsTheDomainTheEventNameAndTheRevision() {
        assertThat(EventCatalog.entries()).allSatisfy(entry -> {
            Matcher type = CLOUD_EVENT_TYPE.matcher(entry.cloudEventType());
            assertThat(type.matches()).as("%s matches gca.<domain>.<Name>.v<n>", entry.cloudEventType()).isTrue();
            assertThat(type.group(1)).isEqualTo(Topics.domainOf(entry.topic()));
            assertThat(type.group(2)).isEqualTo(entry.eventClass().getSimpleName());
            assertThat(type.group(3)).isEqualTo(entry.revision());
        });
    }

    @Test
    void cloudEventTypesAndEventNamesAreUnique() {
        assertThat(EventCatalog.entries()).extracting(EventCatalog.Entry::cloudEventType).doesNotHaveDuplicates();
        // message names in asyncapi.yaml and fixture file names are simple names
        assertThat(EventCatalog.entries()).extracting(EventCatalog.Entry::name).doesNotHaveDuplicates();
    }

    @Test
    void eventsLiveInThePackageOfTheirDomain() {
        assertThat(EventCatalog.entries()).allSatisfy(entry -> assertThat(entry.eventClass().getPackageName())
                .as("package of %s", entry.name())
                .isEqualTo(BASE_PACKAGE + "." + Topics.domainOf(entry.topic())));
    }

    @Test
    void everyEventIsFoundByItsClassNameByItsTypeAndOnItsTopic() {
        assertThat(EventCatalog.entries()).allSatisfy(entry -> {
            assertThat(Topics.ALL).contains(entry.topic());
            assertThat(EventCatalog.byClassName(entry.eventClass().getName())).contains(entry);
            assertThat(EventCatalog.byCloudEventType(entry.cloudEventType())).contains(entry);
            assertThat(EventCatalog.onTopic(entry.topic())).contains(entry);
        });
        assertThat(Topics.ALL.stream().flatMap(topic -> EventCatalog.onTopic(topic).stream()))
                .containsExactlyInAnyOrderElementsOf(EventCatalog.entries());
    }

    /** Top-level records compiled from the contract packages (nested ones, such as the catalog's Entry, excluded). */
    private static List<Class<?>> contractRecords() {
        Path classes = Contract.mainClassesDirectory();
        Path base = classes.resolve(BASE_PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.walk(base)) {
            List<Class<?>> records = files
                    .filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().contains("$"))
                    .map(file -> classes.relativize(file).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .map(name -> name.replace('/', '.').replace('\\', '.'))
                    .map(EventCatalogTest::load)
                    .filter(Class::isRecord)
                    .toList();
            assertThat(records).as("records found under %s", base).isNotEmpty();
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Class<?>> recordsReachableFromCatalogEvents() {
        Set<Class<?>> reached = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        EventCatalog.entries().forEach(entry -> pending.add(entry.eventClass()));
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (type.isRecord() && reached.add(type)) {
                for (RecordComponent component : type.getRecordComponents()) {
                    pending.add(component.getType());
                    if (component.getGenericType() instanceof ParameterizedType parameterized) {
                        for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                            if (argument instanceof Class<?> element) {
                                pending.add(element);
                            }
                        }
                    }
                }
            }
        }
        return reached;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, EventCatalogTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
