package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.support.domain.Step;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Map;

/**
 * The controller-side guard of the step table: a caller of a department the step is not given to gets 403 before
 * the controller runs (the aggregate checks the same constant again). At start-up every {@code /api} endpoint must
 * name its step, so no endpoint can be added without saying who may use it.
 */
public class StepGuard implements HandlerInterceptor, ApplicationListener<ContextRefreshedEvent> {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Steps.of(method.getMethod()).ifPresent(step -> step.require(ActorArgumentResolver.current().department()));
        }
        return true;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        Map<String, RequestMappingHandlerMapping> mappings =
                event.getApplicationContext().getBeansOfType(RequestMappingHandlerMapping.class);
        for (RequestMappingHandlerMapping mapping : mappings.values()) {
            List<String> unguarded = mapping.getHandlerMethods().entrySet().stream()
                    .filter(entry -> isApi(entry.getKey()))
                    .filter(entry -> Steps.of(entry.getValue().getMethod()).isEmpty())
                    .map(entry -> entry.getValue().toString())
                    .toList();
            if (!unguarded.isEmpty()) {
                throw new IllegalStateException("Every /api endpoint names its step (an annotation meta-annotated "
                        + "with @StepEndpoint whose value is a " + Step.class.getSimpleName() + "); missing on "
                        + unguarded);
            }
        }
    }

    private static boolean isApi(RequestMappingInfo info) {
        return info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
    }
}
