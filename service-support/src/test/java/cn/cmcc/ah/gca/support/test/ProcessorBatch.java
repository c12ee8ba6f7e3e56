package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.support.query.ViewBatches;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Handles events as one batch of a tracking processor whose group writes per batch: a {@link BatchingUnitOfWork}
 * over the events, each handled through the {@link ViewBatches} interceptor. For testing stores that stage their
 * writes without starting a processor.
 */
public final class ProcessorBatch {

    private ProcessorBatch() {
    }

    /** Handles {@code events} in order with {@code handler}; rethrows what the batch failed with (rolled back). */
    public static void handle(List<? extends EventMessage<?>> events, Consumer<EventMessage<?>> handler)
            throws Exception {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(events));
        var result = unitOfWork.executeWithResult(() -> {
            MessageHandler<EventMessage<?>> invoke = message -> {
                handler.accept(message);
                return null;
            };
            return new DefaultInterceptorChain<>(unitOfWork, List.of(ViewBatches.writeAtBatchEnd()), invoke)
                    .proceed();
        });
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
    }
}
