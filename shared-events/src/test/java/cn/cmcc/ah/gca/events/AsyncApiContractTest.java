package cn.cmcc.ah.gca.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static cn.cmcc.ah.gca.events.Contract.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code asyncapi.yaml} is what subscribers generate code from; it must say exactly what the records and the
 * Kafka converter put on the wire.
 */
class AsyncApiContractTest {

    private static final JsonNode DOC = Contract.asyncApi();
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String HEADERS = SCHEMAS + "CloudEventsKafkaHeaders";

    /** Set by the CloudEvents Kafka binding and Axon's converter on every event record. */
    private static final List<String> ENVELOPE_HEADERS = List.of(
            "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type",
            "ce_axonmessageaggregateid", "ce_axonmessageaggregateseq", "ce_axonmessageaggregatetype",
            "ce_axonmessagerevision");

    static Stream<Named<EventCatalog.Entry>> entries() {
        return EventCatalog.entries().stream().map(entry -> Named.of(entry.name(), entry));
    }

    @Test
    void isAValidAsyncApi300Document() {
        ObjectNode specSchema = (ObjectNode) Contract.asyncApiSpecSchema();
        specSchema.remove("$schema"); // the factory is draft 7 already; the id must not send it to the network

        Set<ValidationMessage> errors = draft7(specSchema).validate(DOC);

        assertThat(DOC.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(DOC.path("info").path("version").asText()).isEqualTo("0.7.0");
        assertThat(errors).as("asyncapi.yaml against the AsyncAPI 3.0.0 schema").isEmpty();
    }

    @Test
    void hasOneChannelPerTopicAddressedByTheTopicName() {
        List<String> addresses = stream(DOC.path("channels")).map(channel -> channel.path("address").asText()).toList();

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void subscribersReceiveEveryMessageOfEveryChannel() {
        List<JsonNode> operations = stream(DOC.path("operations")).toList();

        assertThat(operations).hasSameSizeAs(Topics.ALL).allSatisfy(operation -> {
            assertThat(operation.path("action").asText()).isEqualTo("receive");
            String channelRef = operation.path("channel").path("$ref").asText();
            JsonNode channel = resolve(channelRef);
            List<String> expected = names(channel.path("messages")).stream()
                    .map(name -> channelRef + "/messages/" + name).toList();
            List<String> listed = stream(operation.path("messages")).map(ref -> ref.path("$ref").asText()).toList();
            assertThat(listed).as("messages of %s", channelRef).containsExactlyInAnyOrderElementsOf(expected);
        });
        assertThat(operations).extracting(operation -> operation.path("channel").path("$ref").asText())
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyCatalogEventIsAMessageOnTheChannelOfItsTopicWithItsCloudEventType(EventCatalog.Entry entry) {
        JsonNode message = messageOf(entry);

        assertThat(message.path("name").asText()).isEqualTo(entry.name());
        assertThat(message.path("contentType").asText()).isEqualTo("application/json");
        assertThat(message.path("title").asText()).isNotBlank();
        assertThat(ceTypeConst(message)).as("ce_type const of %s", entry.name()).isEqualTo(entry.cloudEventType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void summaryCitesWhereTheEventComesFrom(EventCatalog.Entry entry) {
        assertThat(messageOf(entry).path("summary").asText()).containsPattern("Art\\. \\d+|sla-rules\\.md");
    }

    @Test
    void everyMessageInTheDocumentIsInTheCatalog() {
        List<String> catalog = EventCatalog.entries().stream().map(EventCatalog.Entry::name).toList();
        List<String> onChannels = stream(DOC.path("channels"))
                .flatMap(channel -> names(channel.path("messages")).stream()).toList();

        assertThat(names(DOC.path("components").path("messages"))).containsExactlyInAnyOrderElementsOf(catalog);
        assertThat(onChannels).containsExactlyInAnyOrderElementsOf(catalog);
    }

    @Test
    void everyMessageCarriesTheCloudEventsEnvelopeAndTheMetadataExtensions() {
        JsonNode headers = resolve(HEADERS);
        List<String> expected = new ArrayList<>(ENVELOPE_HEADERS);
        MetadataKeys.CLOUD_EVENT_EXTENSIONS.values().forEach(extension -> expected.add("ce_" + extension));

        assertThat(names(headers.path("properties"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(texts(headers.path("required"))).containsExactlyInAnyOrderElementsOf(ENVELOPE_HEADERS);
        assertThat(stream(DOC.path("components").path("messages"))).allSatisfy(message ->
                assertThat(stream(message.path("headers").path("allOf")).map(part -> part.path("$ref").asText()))
                        .contains(HEADERS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void payloadSchemaHasExactlyTheRecordComponentsWithTheirTypes(EventCatalog.Entry entry) {
        assertRecordSchema(entry.name(), messageOf(entry).path("payload"), entry.eventClass());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void approvedFixtureIsValidAgainstThePayloadSchema(EventCatalog.Entry entry) throws Exception {
        JsonNode fixture = JSON.readTree(Contract.fixtureOf(entry).toFile());

        assertThat(payloadSchema(entry).validate(fixture))
                .as("%s against the payload of %s", Contract.fixtureOf(entry).getFileName(), entry.name())
                .isEmpty();
    }

    /** Guards the check above: a validator that accepts anything would make it pass too. */
    @Test
    void payloadSchemaRejectsARenamedFieldAndABadEnumValue() throws Exception {
        EventCatalog.Entry faultReported = EventCatalog.byClassName(
                cn.cmcc.ah.gca.events.fault.FaultReported.class.getName()).orElseThrow();
        ObjectNode renamed = (ObjectNode) JSON.readTree(Contract.fixtureOf(faultReported).toFile());
        renamed.set("faultSymptom", renamed.remove("symptom"));
        ObjectNode badLevel = (ObjectNode) JSON.readTree(Contract.fixtureOf(faultReported).toFile());
        ((ObjectNode) badLevel.path("customer")).put("serviceLevel", "GOLD");

        assertThat(payloadSchema(faultReported).validate(renamed)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("faultSymptom"))
                .anyMatch(m -> m.contains("required") && m.contains("'symptom'"));
        assertThat(payloadSchema(faultReported).validate(badLevel)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("serviceLevel"));
    }

    /** A department field typed in revision 2 accepts only the department codes, which the validator enforces. */
    @Test
    void payloadSchemaRejectsADepartmentThatNamesNoConstant() throws Exception {
        EventCatalog.Entry faultAccepted = EventCatalog.byClassName(
                cn.cmcc.ah.gca.events.fault.FaultAccepted.class.getName()).orElseThrow();
        ObjectNode lowerCase = (ObjectNode) JSON.readTree(Contract.fixtureOf(faultAccepted).toFile());
        lowerCase.put("acceptedBy", "mon");

        assertThat(payloadSchema(faultAccepted).validate(lowerCase)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("acceptedBy") && m.contains("enum"));
    }

    static Stream<Arguments> componentsThatMayBeAbsent() {
        return EventCatalog.entries().stream().flatMap(entry -> Arrays.stream(entry.eventClass().getRecordComponents())
                .filter(component -> component.isAnnotationPresent(MayBeAbsent.class))
                .map(component -> Arguments.of(Named.of(entry.name(), entry), Named.of(component.getName(),
                        component.getName()))));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("componentsThatMayBeAbsent")
    void approvedFixtureWithoutAComponentThatMayBeAbsentIsValidToo(EventCatalog.Entry entry, String component)
            throws Exception {
        ObjectNode without = (ObjectNode) JSON.readTree(Contract.fixtureOf(entry).toFile());
        without.remove(component);

        assertThat(payloadSchema(entry).validate(without)).as("%s without %s", entry.name(), component).isEmpty();
    }

    // --- the Java → JSON Schema mapping of the wire format (Jackson, JavaTimeModule, dates as ISO strings) ---

    private static void assertRecordSchema(String path, JsonNode schema, Class<?> recordClass) {
        List<String> components = Arrays.stream(recordClass.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();

        assertThat(schema.path("type").asText()).as("%s type", path).isEqualTo("object");
        assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                .as("%s additionalProperties: false", path).isTrue();
        assertThat(names(schema.path("properties"))).as("%s properties", path)
                .containsExactlyInAnyOrderElementsOf(components);
        assertThat(texts(schema.path("required"))).as("%s required: all but what may be absent", path)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(recordClass.getRecordComponents())
                        .filter(component -> !component.isAnnotationPresent(MayBeAbsent.class))
                        .map(RecordComponent::getName)
                        .toList());
        for (RecordComponent component : recordClass.getRecordComponents()) {
            JsonNode property = schema.path("properties").path(component.getName());
            assertPropertySchema(path + "." + component.getName(), property, component.getGenericType());
            if (component.isAnnotationPresent(MayBeAbsent.class)) {
                assertThat(property.path("description").asText()).as("%s.%s says when it is absent", path,
                        component.getName()).contains("Absent");
            }
        }
    }

    private static void assertPropertySchema(String path, JsonNode schema, Type genericType) {
        if (genericType instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertThat(schema.path("type").asText()).as("%s type", path).isEqualTo("array");
            assertPropertySchema(path + "[]", schema.path("items"), list.getActualTypeArguments()[0]);
            return;
        }
        if (!(genericType instanceof Class<?> type)) {
            fail("%s: no JSON Schema mapping for %s yet; extend this test and asyncapi.yaml together", path, genericType);
            return;
        }
        if (type.isRecord()) {
            assertThat(schema.path("$ref").asText()).as("%s: a record is a $ref to components/schemas", path)
                    .isEqualTo(SCHEMAS + type.getSimpleName());
            assertRecordSchema(path, resolve(schema.path("$ref").asText()), type);
            return;
        }
        String jsonType = schema.path("type").asText();
        if (type == String.class) {
            assertThat(jsonType).as("%s type", path).isEqualTo("string");
            assertThat(schema.has("format") || schema.has("enum"))
                    .as("%s: a String promises no format or enum", path).isFalse();
        } else if (type == Instant.class) {
            assertThat(jsonType).as("%s type", path).isEqualTo("string");
            assertThat(schema.path("format").asText()).as("%s format", path).isEqualTo("date-time");
        } else if (type == boolean.class || type == Boolean.class) {
            assertThat(jsonType).as("%s type", path).isEqualTo("boolean");
        } else if (List.of(int.class, long.class, short.class, Integer.class, Long.class, Short.class).contains(type)) {
            assertThat(jsonType).as("%s type", path).isEqualTo("integer");
        } else if (type.isEnum()) {
            assertThat(jsonType).as("%s type", path).isEqualTo("string");
            assertThat(texts(schema.path("enum"))).as("%s enum", path).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList());
        } else {
            fail("%s: no JSON Schema mapping for %s yet; extend this test and asyncapi.yaml together", path, type);
        }
    }

    // --- document navigation ---

    private static JsonNode messageOf(EventCatalog.Entry entry) {
        JsonNode channel = stream(DOC.path("channels"))
                .filter(c -> c.path("address").asText().equals(entry.topic()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no channel for topic " + entry.topic()));
        JsonNode message = channel.path("messages").path(entry.name());
        assertThat(message.isMissingNode()).as("%s on the channel of %s", entry.name(), entry.topic()).isFalse();
        return message.has("$ref") ? resolve(message.path("$ref").asText()) : message;
    }

    private static String ceTypeConst(JsonNode message) {
        return stream(message.path("headers").path("allOf"))
                .map(part -> part.path("properties").path("ce_type").path("const"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .findFirst()
                .orElse(null);
    }

    /** The payload with the document's component schemas beside it, so that its local $refs resolve. */
    private static JsonSchema payloadSchema(EventCatalog.Entry entry) {
        ObjectNode standalone = messageOf(entry).path("payload").deepCopy();
        standalone.putObject("components").set("schemas", DOC.path("components").path("schemas").deepCopy());
        return draft7(standalone);
    }

    private static JsonSchema draft7(JsonNode schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    }

    private static JsonNode resolve(String ref) {
        assertThat(ref).as("a local reference").startsWith("#/");
        JsonNode target = DOC.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
        return target;
    }

    private static Stream<JsonNode> stream(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }
}
