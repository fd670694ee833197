package com.bank.complaints.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of the staff pages rendered from messages*.properties (the dashboard): {@code ?lang=en|zh}
 * when asked for, else the browser's Accept-Language (any zh* is Chinese), else English. The page carries
 * {@code lang} in its links and filter form, so the choice sticks without a session or cookie (the staff
 * log in with stateless HTTP Basic). English is the fallback on purpose: without it a request with no
 * Accept-Language would take the JVM's default locale.
 * <p>
 * Only web requests are resolved here. Customer mails and SMS choose their language from the complaint
 * ({@code Language}), whichever request happens to send them.
 */
@Configuration(proxyBeanMethods = false)
public class WebLanguage {

    /** The request parameter that asks for a language: en or zh. */
    public static final String PARAMETER = "lang";

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        AskedOrAccepted resolver = new AskedOrAccepted();
        resolver.setSupportedLocales(List.of(Locale.ENGLISH, Locale.CHINESE));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    /** The language the request asks for with {@value #PARAMETER}, if we have it; else Accept-Language. */
    static class AskedOrAccepted extends AcceptHeaderLocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            String asked = request.getParameter(PARAMETER);
            return getSupportedLocales().stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(asked))
                    .findFirst().orElseGet(() -> super.resolveLocale(request));
        }
    }
}
