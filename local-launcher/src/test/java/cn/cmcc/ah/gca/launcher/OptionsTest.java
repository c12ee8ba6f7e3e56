package cn.cmcc.ah.gca.launcher;

import cn.cmcc.ah.gca.launcher.LocalLauncher.Options;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void withoutOptionsEverythingRunsOnTheDefaultPortsWithDataUnderDotData() {
        Options options = Options.parse();

        assertThat(options.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.controllerPort()).isEqualTo(9093);
        assertThat(options.mongoPort()).isEqualTo(27017);
        assertThat(options.services()).isTrue();
        assertThat(options.readyTimeout()).hasSeconds(180);
        assertThat(options.mongoFile()).isEqualTo(options.dataDir().resolve("mongo/gca.mv"));
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
        Options options = Options.parse("--data-dir", "/tmp/gca", "--kafka-port=19092", "--mongo-port", "27018", "--no-services",
                "--ready-timeout", "300");

        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/gca"));
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.controllerPort()).as("next to the Kafka port").isEqualTo(19093);
        assertThat(options.mongoPort()).isEqualTo(27018);
        assertThat(options.services()).isFalse();
        assertThat(options.readyTimeout()).hasSeconds(300);
        assertThat(options.kafkaDir()).isEqualTo(Path.of("/tmp/gca/kafka"));
        assertThat(options.logDir()).isEqualTo(Path.of("/tmp/gca/logs"));
    }

    @Test
    void anUnknownOptionOrABadPortIsRejectedWithAMessage() {
        assertThatThrownBy(() -> Options.parse("--kafka")).hasMessageContaining("Unknown option --kafka");
        assertThatThrownBy(() -> Options.parse("--mongo-port", "x")).hasMessageContaining("--mongo-port needs a number from 1 to 65535");
        assertThatThrownBy(() -> Options.parse("--data-dir")).hasMessageContaining("--data-dir needs a value");
        assertThat(Options.parse("--help").help()).isTrue();
    }
}
