package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.support.query.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the endpoint does not know is refused (400) rather than ignored: {@code ?stauts=REPLIED} would
 * otherwise list every form as if no filter had been asked for.
 */
public class QueryParameters implements HandlerInterceptor {

    /** Accepted everywhere: the consistency position (see {@link ConsistencyFilter}). */
    private static final Set<String> GLOBAL = Set.of(ConsistencyFilter.MIN_POSITION_PARAMETER);

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || request.getQueryString() == null) {
            return true;
        }
        Set<String> accepted = known.computeIfAbsent(method, QueryParameters::namesOf);
        for (String name : request.getParameterMap().keySet()) {
            if (!accepted.contains(name) && !GLOBAL.contains(name)) {
                throw new UnknownParameterException(name, accepted);
            }
        }
        return true;
    }

    private static Set<String> namesOf(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (name != null) {
                    names.add(name);
                }
            } else if (parameter.getParameterType() == PageRequest.class) {
                names.add(PageRequestArgumentResolver.LIMIT);
                names.add(PageRequestArgumentResolver.CURSOR);
            }
        }
        return names;
    }

    /** A query parameter the endpoint does not take (→ 400). */
    public static class UnknownParameterException extends RuntimeException {

        private final String name;
        private final Set<String> accepted;

        UnknownParameterException(String name, Set<String> accepted) {
            super("Unknown query parameter " + name);
            this.name = name;
            this.accepted = accepted;
        }

        public String name() {
            return name;
        }

        public Set<String> accepted() {
            return accepted;
        }
    }
}
