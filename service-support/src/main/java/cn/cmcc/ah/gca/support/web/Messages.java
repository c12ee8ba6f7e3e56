package cn.cmcc.ah.gca.support.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.List;
import java.util.Locale;

/**
 * User-facing text: Chinese by default, English when the caller's {@code Accept-Language} prefers it.
 * Works inside and outside the dispatcher (filters use it too).
 */
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messageSource;
    private final AcceptHeaderLocaleResolver localeResolver = new AcceptHeaderLocaleResolver();

    public Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
        localeResolver.setDefaultLocale(CHINESE);
        localeResolver.setSupportedLocales(List.of(CHINESE, Locale.ENGLISH));
    }

    public Locale locale(HttpServletRequest request) {
        Locale resolved = localeResolver.resolveLocale(request);
        return Locale.ENGLISH.getLanguage().equals(resolved.getLanguage()) ? Locale.ENGLISH : CHINESE;
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
