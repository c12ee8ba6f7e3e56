package cn.cmcc.ah.gca.provisioning.intake;

import com.mongodb.MongoTimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An event that keeps failing goes back to the processor a bounded number of times, then is skipped. */
class BoundedRetriesTest {

    private static final EventMessageHandler HANDLER = new EventMessageHandler() {
        @Override
        public Object handle(EventMessage<?> event) {
            return null;
        }

        @Override
        public Class<?> getTargetType() {
            return AdjustmentIntake.class;
        }
    };

    private final BoundedRetries retries = new BoundedRetries(3);
    private final IllegalStateException failure = new IllegalStateException("store unavailable");

    @Test
    void aFailingEventIsRetriedByTheProcessorThenSkipped_andAnotherEventHasItsOwnCount() {
        EventMessage<?> failing = GenericEventMessage.asEventMessage("classified");
        EventMessage<?> other = GenericEventMessage.asEventMessage("classified too");

        assertThatThrownBy(() -> retries.onError(failure, failing, HANDLER)).isSameAs(failure);
        assertThatThrownBy(() -> retries.onError(failure, other, HANDLER)).isSameAs(failure);
        assertThatThrownBy(() -> retries.onError(failure, failing, HANDLER)).isSameAs(failure);
        assertThatCode(() -> retries.onError(failure, failing, HANDLER)).as("the third failure: skipped")
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> retries.onError(failure, other, HANDLER)).isSameAs(failure);
        assertThatThrownBy(() -> retries.onError(failure, failing, HANDLER)).as("counted afresh once skipped")
                .isSameAs(failure);
    }

    @Test
    void aFailureOfTheStoreIsRetriedWithoutEnd_theWorkItAsksForIsNotLost() {
        EventMessage<?> failing = GenericEventMessage.asEventMessage("classified");
        RuntimeException storeDown = new CommandExecutionException("store unavailable",
                new MongoTimeoutException("Timed out after 30000 ms while waiting for a server"));

        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThatThrownBy(() -> retries.onError(storeDown, failing, HANDLER)).as("attempt %d", attempt)
                    .isSameAs(storeDown);
        }
    }
}
