package cn.cmcc.ah.gca.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.web.servlet.LocaleResolver;

import java.util.List;
import java.util.Locale;

/**
 * User-facing text: Chinese by default, English when the caller's {@code Accept-Language} prefers it. The header's
 * q-values decide ({@code zh;q=0.9, en;q=0.1} is Chinese); Spring's own resolver would pick English there because
 * a bare {@code zh} does not match {@code zh_CN}. Works inside and outside the dispatcher (filters use it too).
 */
public class Messages implements LocaleResolver {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final List<Locale> SUPPORTED = List.of(Locale.CHINESE, Locale.ENGLISH);

    private final MessageSource messageSource;

    public Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public Locale locale(HttpServletRequest request) {
        return localeOf(request.getHeader("Accept-Language"));
    }

    /** The first supported language by descending q-value; Chinese when none is acceptable or the header is bad. */
    static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return CHINESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match != null && match.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.ENGLISH : CHINESE;
        } catch (IllegalArgumentException e) {
            return CHINESE;
        }
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return locale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language follows the Accept-Language header");
    }

    public boolean english(HttpServletRequest request) {
        return locale(request) == Locale.ENGLISH;
    }

    public String get(String code, Object[] args, HttpServletRequest request) {
        return get(code, args, locale(request));
    }

    public String get(String code, Object[] args, Locale locale) {
        try {
            return messageSource.getMessage(code, args, locale);
        } catch (NoSuchMessageException e) {
            return messageSource.getMessage("error.unknown-code", new Object[]{code}, code, locale);
        }
    }
}
