package com.bank.complaints.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of the pages rendered from messages*.properties (the dashboard, the login and error pages,
 * the customers' answer page): {@code ?lang=en|zh} when asked for, else the browser's Accept-Language (any
 * zh* is Chinese), else English. The page carries {@code lang} in its links and forms, so the choice sticks
 * without keeping anything in a session or cookie (an HTTP Basic client has neither). English is the
 * fallback on purpose: without it a request with no Accept-Language would take the JVM's default locale.
 * <p>
 * A page that knows its reader's language better than the browser does (the customer's answer page: the
 * language of the complaint, which the customer's mails are in) {@link #choose chooses} it for the request;
 * {@code ?lang} still overrides that (the page's language switch).
 * <p>
 * Only web requests are resolved here. Customer mails and SMS choose their language from the complaint
 * ({@code Language}), whichever request happens to send them.
 */
@Configuration(proxyBeanMethods = false)
public class WebLanguage {

    /** The request parameter that asks for a language: en or zh. */
    public static final String PARAMETER = "lang";
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CHINESE);
    private static final String CHOSEN = WebLanguage.class.getName() + ".chosen";

    /** The page's own choice of language for this request, taken unless the request asks with {@value #PARAMETER}. */
    public static void choose(HttpServletRequest request, Locale language) {
        request.setAttribute(CHOSEN, language);
    }

    /** The language the request asks for with {@value #PARAMETER}, if it is one of ours (en, zh). */
    public static Optional<Locale> asked(HttpServletRequest request) {
        String asked = request.getParameter(PARAMETER);
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(asked)).findFirst();
    }

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        AskedOrAccepted resolver = new AskedOrAccepted();
        resolver.setSupportedLocales(SUPPORTED);
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    /** The language the request asks for with {@value #PARAMETER}, if we have it; else the page's choice; else Accept-Language. */
    static class AskedOrAccepted extends AcceptHeaderLocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return asked(request).orElseGet(() -> request.getAttribute(CHOSEN) instanceof Locale chosen
                    ? chosen : super.resolveLocale(request));
        }
    }
}
