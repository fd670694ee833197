package com.bank.complaints.identity;

import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.ADMINISTRATORS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.COMPLAINT_HANDLERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.COMPLIANCE_OFFICERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.INTAKE_AGENTS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.OPERATIONS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SENIOR_MANAGERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SUPERVISORS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.SessionCookieFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Our API takes HTTP Basic against Camunda's users, for integrations; the customers'
 * status query needs no login. People log in once, on the desk's login page (/login) or on the webapps'
 * (Tasklist, Cockpit, Admin): one session, Camunda's, serves the webapps and our staff pages (the
 * dashboard, the demo's mailbox), which take HTTP Basic too ({@link WebappSessionAuthentication},
 * {@link StaffLogin}). A browser that is not logged in is sent to the login page, never asked by the
 * browser's Basic pop-up; any other client gets 401 with the Basic challenge, as before. Reports and the
 * dashboard are for compliance and management only (R-AN-3). The engine REST API gets Camunda's own Basic
 * authentication filter, so anonymous calls are refused there too, and no session counts there.
 * Operations: load balancers ask /actuator/health without a login and get the status only; metrics
 * and health details are for the groups that already see the whole engine, administrators and
 * compliance officers (management.endpoint.health.roles names the same two).
 * Every page and answer we serve carries the same security headers; Camunda's webapps under
 * /camunda keep Camunda's own (camunda.bpm.webapp.header-security). Logins are throttled by
 * {@link LoginThrottle}, cross-site requests to the engine REST API refused by {@link CrossSiteGuard}.
 * <p>
 * Forged requests: the staff pages' session is a cookie, so every form they post (login, logout) carries
 * a CSRF token; on the API the session counts only for reading (GET, HEAD), and anything that changes
 * something needs the Basic credentials a page of another site cannot send for the user.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Our pages load only our own scripts and styles, none inline (an injected script or style does
     * not run), post forms only to us, and are framed by nobody.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Where staff log in with HTTP Basic here: each path and everything below it. */
    static final List<String> BASIC_LOGIN_ROOTS = List.of("/api", "/mail", "/actuator", "/dashboard");
    /** The staff pages a browser opens: the shared login (session) or HTTP Basic. */
    static final List<String> STAFF_PAGE_ROOTS = List.of("/dashboard", "/mail");
    private static final String LOGOUT = "/logout";
    /** Spring Boot's realm name, as before: "Basic realm=\"Realm\"". */
    private static final String REALM = "Realm";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProcessEngine engine) throws Exception {
        http.securityMatcher(BASIC_LOGIN_ROOTS.stream().filter(root -> !STAFF_PAGE_ROOTS.contains(root))
                        .map(root -> root + "/**").toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/complaints/*/status").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAnyAuthority(ADMINISTRATORS, COMPLIANCE_OFFICERS)
                        .requestMatchers(HttpMethod.POST, "/api/complaints", "/api/complaints/*/evidence")
                        .hasAnyAuthority(INTAKE_AGENTS, ADMINISTRATORS)
                        .requestMatchers(HttpMethod.POST, "/api/improvement-actions")
                        .hasAnyAuthority(SUPERVISORS, SENIOR_MANAGERS, ADMINISTRATORS)
                        .requestMatchers("/api/reports/**")
                        .hasAnyAuthority(COMPLIANCE_OFFICERS, SUPERVISORS, SENIOR_MANAGERS, ADMINISTRATORS)
                        // R-AN-4: masked cases for those who handle cases or learn from them, not intake or other groups
                        .requestMatchers("/api/case-library", "/api/case-library/**")
                        .hasAnyAuthority(COMPLAINT_HANDLERS, SUPERVISORS, COMPLIANCE_OFFICERS, SENIOR_MANAGERS, ADMINISTRATORS)
                        // R-AN-5: supervisors judge suspicious patterns; compliance and management may watch them
                        .requestMatchers(HttpMethod.POST, "/api/pattern-flags/*/review").hasAuthority(SUPERVISORS)
                        .requestMatchers(HttpMethod.POST, "/api/complaints/*/breaches/*/resolution").hasAuthority(SUPERVISORS)
                        .requestMatchers("/api/pattern-flags", "/api/pattern-flags/**")
                        .hasAnyAuthority(SUPERVISORS, COMPLIANCE_OFFICERS, SENIOR_MANAGERS, ADMINISTRATORS)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(basicChallenge()))
                // the dashboard's CSV links, opened by a logged-in person: the session, for reading only
                .addFilterAfter(new WebappSessionAuthentication(engine, true), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(loginOrChallenge()))
                .requestCache(cache -> cache.requestCache(pagesAsked()))
                // Basic calls carry no cookie, and a session counts for GET and HEAD only: no request to forge
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /** The desk's staff pages and its login: the shared session of the desk and the webapps, or HTTP Basic. */
    @Bean
    @Order(2)
    SecurityFilterChain staffPageSecurity(HttpSecurity http, ProcessEngine engine) throws Exception {
        StaffLogin login = new StaffLogin(engine, pagesAsked());
        http.securityMatcher(Stream.concat(STAFF_PAGE_ROOTS.stream().map(root -> root + "/**"),
                        Stream.of(StaffLogin.PAGE, LOGOUT)).toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(StaffLogin.PAGE).permitAll()
                        // the demo's mailbox shows every customer's mail and signed links: not for case workers
                        .requestMatchers("/mail", "/mail/**").hasAnyAuthority(ADMINISTRATORS, OPERATIONS)
                        .requestMatchers("/dashboard", "/dashboard/**")
                        .hasAnyAuthority(COMPLIANCE_OFFICERS, SUPERVISORS, SENIOR_MANAGERS, ADMINISTRATORS)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(basicChallenge()))
                .formLogin(form -> form.loginPage(StaffLogin.PAGE).successHandler(login).failureHandler(login))
                // ends the session: the desk's pages and the webapps alike
                .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessHandler(loggedOut()))
                .addFilterAfter(new WebappSessionAuthentication(engine, false), BasicAuthenticationFilter.class)
                // the webapps' session is the one record of who is logged in: Spring keeps none of its own
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(loginOrChallenge()))
                .requestCache(cache -> cache.requestCache(pagesAsked()))
                // CSRF protection stays on (Spring's default): the login and logout forms carry the session's token
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /**
     * Everything else we serve (the customers' status page and answer pages, static files, the engine
     * REST API) needs no login here; the chain adds the security headers.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
        http.securityMatcher(new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(webappPath + "/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // no login and no session here: a forged request carries nothing its sender lacks (a customer's
                // signed link is in the form, not in a cookie)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /** A page a person's browser asked for (GET, text/html named): sent to the login page, and kept to go back to. */
    private static RequestMatcher personOpeningAPage() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        html.setUseEquals(true);
        return new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"), html);
    }

    /** People go to the login page (no pop-up); tools and integrations get 401 with the Basic challenge. */
    private static AuthenticationEntryPoint loginOrChallenge() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(personOpeningAPage(), new LoginUrlAuthenticationEntryPoint(StaffLogin.PAGE));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(basicChallenge());
        return entryPoint;
    }

    private static BasicAuthenticationEntryPoint basicChallenge() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName(REALM);
        return challenge;
    }

    /** Back to the login page, which says so, whoever asks (not Basic's 204 for tools). */
    private static LogoutSuccessHandler loggedOut() {
        SimpleUrlLogoutSuccessHandler loggedOut = new SimpleUrlLogoutSuccessHandler();
        loggedOut.setDefaultTargetUrl(StaffLogin.PAGE + "?logout");
        return loggedOut;
    }

    /** The page a person asked for before logging in; other requests are not kept (and make no session). */
    private static RequestCache pagesAsked() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(personOpeningAPage());
        // back to the page as it was asked for, without Spring's "continue" marker in its address
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    /**
     * Besides the policy: no Referer to other sites (links carry tokens); Spring Security's defaults add
     * X-Content-Type-Options nosniff, X-Frame-Options DENY and, on a TLS request (behind the proxy:
     * X-Forwarded-Proto https), Strict-Transport-Security.
     */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    /**
     * The session the desk's login starts is the webapps' session: its cookie gets the same attributes as
     * when the webapps' own login starts it (SameSite, Secure; camunda.bpm.webapp.session-cookie), from
     * Camunda's own filter.
     */
    @Bean
    FilterRegistrationBean<SessionCookieFilter> staffLoginSessionCookie(CamundaBpmProperties camunda) {
        FilterRegistrationBean<SessionCookieFilter> registration = new FilterRegistrationBean<>(new SessionCookieFilter());
        registration.setName("staff-login-session-cookie");
        registration.setInitParameters(camunda.getWebapp().getSessionCookie().getInitParams());
        registration.addUrlPatterns(StaffLogin.PAGE);
        registration.setOrder(LoginThrottle.ORDER - 20);
        return registration;
    }

    /** Runs before the engine's authentication and the login throttle: a refused request is no login attempt. */
    @Bean
    FilterRegistrationBean<CrossSiteGuard> engineRestCrossSiteGuard() {
        FilterRegistrationBean<CrossSiteGuard> registration = new FilterRegistrationBean<>(new CrossSiteGuard());
        registration.setName("engine-rest-cross-site-guard");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(LoginThrottle.ORDER - 10);
        return registration;
    }
}
