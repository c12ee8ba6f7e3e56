package cn.cmcc.ah.gca.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the contract's artefacts are, and the JSON mapping the services use on the wire. */
final class Contract {

    /**
     * As the services' event serializer is configured (Spring Boot's mapper with {@code gca-defaults.yml}):
     * Instants as ISO-8601 strings, enums by name, nulls left out, and unknown properties rejected, so that a
     * renamed or removed field breaks its fixture instead of being skipped.
     */
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    static final String FIXTURES = "fixtures";

    private Contract() {
    }

    /** {@code fixtures/<domain>/<EventName>.v<revision>.json} of the current revision. */
    static Path fixtureOf(EventCatalog.Entry entry) {
        return fixtureOf(entry, Integer.parseInt(entry.revision()));
    }

    /** {@code fixtures/<domain>/<EventName>.v<revision>.json} of any revision, current or older. */
    static Path fixtureOf(EventCatalog.Entry entry, int revision) {
        return fixturesRoot().resolve(Topics.domainOf(entry.topic()))
                .resolve(entry.name() + ".v" + revision + ".json");
    }

    static Path fixturesRoot() {
        return classpathDirectory(FIXTURES);
    }

    static List<Path> fixtureFiles() {
        try (Stream<Path> files = Files.walk(fixturesRoot())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode asyncApi() {
        return readYaml("/asyncapi.yaml");
    }

    /** The AsyncAPI 3.0.0 JSON Schema, kept offline (see {@code asyncapi/README.md} under test resources). */
    static JsonNode asyncApiSpecSchema() {
        try (InputStream in = resource("/asyncapi/asyncapi-3.0.0.schema.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory of the compiled contract classes (the event records, not the tests). */
    static Path mainClassesDirectory() {
        try {
            return Path.of(EventCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readYaml(String name) {
        try (InputStream in = resource(name)) {
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Contract.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath");
        }
        return in;
    }

    private static Path classpathDirectory(String name) {
        URL url = Contract.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
