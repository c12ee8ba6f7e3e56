package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.support.query.PageRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ?limit=&cursor=} of every list endpoint: {@code limit} a whole number from 1 to
 * {@value PageRequest#MAX_LIMIT} (default {@value PageRequest#DEFAULT_LIMIT}), {@code cursor} as a previous page
 * returned it. Anything else is a 400 naming the parameter.
 */
public class PageRequestArgumentResolver implements HandlerMethodArgumentResolver {

    static final String LIMIT = "limit";
    static final String CURSOR = "cursor";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    private static final Pattern CURSOR_CHARS = Pattern.compile("[A-Za-z0-9_-]{1,2000}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                       NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String limit = single(request, LIMIT);
        String cursor = single(request, CURSOR);
        int value = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            if (!DIGITS.matcher(limit).matches() || Integer.parseInt(limit) < 1
                    || Integer.parseInt(limit) > PageRequest.MAX_LIMIT) {
                throw new BadParameterException(LIMIT, limit, "error.field-limit", PageRequest.MAX_LIMIT);
            }
            value = Integer.parseInt(limit);
        }
        if (cursor != null && !CURSOR_CHARS.matcher(cursor).matches()) {
            throw new BadParameterException(CURSOR, cursor, "error.field-cursor");
        }
        return new PageRequest(value, Optional.ofNullable(cursor));
    }

    private static String single(NativeWebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            throw new BadParameterException(name, String.join(",", values), "error.field-single");
        }
        return values[0];
    }
}
