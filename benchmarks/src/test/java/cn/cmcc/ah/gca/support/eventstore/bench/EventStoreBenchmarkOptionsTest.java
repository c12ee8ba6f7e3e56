package cn.cmcc.ah.gca.support.eventstore.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The benchmark's command line, checked without running the benchmark (that is done by hand). */
class EventStoreBenchmarkOptionsTest {

    @Test
    void helpListsEveryOptionWithItsDefaultAndRunsNothing() throws Exception {
        EventStoreBenchmark.main(new String[] {"--help"});

        assertThat(EventStoreBenchmark.usage()).contains("--engines=keyed,stock", "--sizes=10000,100000,1000000",
                                                         "--server=child", "--catch-up-seconds=180");
    }

    @Test
    void optionsOverrideTheirDefaults() {
        var options = EventStoreBenchmark.options(new String[] {"--engines=keyed", "--sizes=100000"});

        assertThat(options).containsEntry("engines", "keyed").containsEntry("sizes", "100000")
                           .containsEntry("backend", "memory");
    }

    @Test
    void anUnknownOrMalformedOptionIsRejectedBeforeAnythingStarts() {
        assertThatThrownBy(() -> EventStoreBenchmark.main(new String[] {"--engine=keyed"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option --engine");
        assertThatThrownBy(() -> EventStoreBenchmark.main(new String[] {"--engines keyed"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
