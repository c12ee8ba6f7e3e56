package cn.cmcc.ah.gca.support.axon;

import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.support.web.CorrelationIdFilter;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

/** Puts the business correlation id and trace id of the message being handled into the logging context. */
public class LoggingContextInterceptor<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        String previousCorrelation = MDC.get(CorrelationIdFilter.MDC_CORRELATION_ID);
        String previousTrace = MDC.get(CorrelationIdFilter.MDC_TRACE_ID);
        put(CorrelationIdFilter.MDC_CORRELATION_ID, message.getMetaData().get(MetadataKeys.CORRELATION_ID));
        put(CorrelationIdFilter.MDC_TRACE_ID, message.getMetaData().get(MetadataKeys.TRACE_ID));
        try {
            return chain.proceed();
        } finally {
            restore(CorrelationIdFilter.MDC_CORRELATION_ID, previousCorrelation);
            restore(CorrelationIdFilter.MDC_TRACE_ID, previousTrace);
        }
    }

    private static void put(String key, Object value) {
        if (value != null) {
            MDC.put(key, value.toString());
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
