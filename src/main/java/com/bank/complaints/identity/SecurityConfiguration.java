package com.bank.complaints.identity;

import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.ADMINISTRATORS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.COMPLAINT_HANDLERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.COMPLIANCE_OFFICERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.INTAKE_AGENTS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.OPERATIONS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SENIOR_MANAGERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SUPERVISORS;

import java.util.List;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Who may call what. Our API and pages use HTTP Basic against Camunda's users; the customers'
 * status query needs no login. Reports and the dashboard are for compliance and management only
 * (R-AN-3). Camunda's webapps keep their own login; the engine REST API gets Camunda's own Basic
 * authentication filter, so anonymous calls are refused there too.
 * Operations: load balancers ask /actuator/health without a login and get the status only; metrics
 * and health details are for the groups that already see the whole engine, administrators and
 * compliance officers (management.endpoint.health.roles names the same two).
 * Every page and answer we serve carries the same security headers; Camunda's webapps under
 * /camunda keep Camunda's own (camunda.bpm.webapp.header-security). Logins are throttled by
 * {@link LoginThrottle}, cross-site requests to the engine REST API refused by {@link CrossSiteGuard}.
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

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(BASIC_LOGIN_ROOTS.stream().map(root -> root + "/**").toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/complaints/*/status").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAnyAuthority(ADMINISTRATORS, COMPLIANCE_OFFICERS)
                        // the demo's mailbox shows every customer's mail and signed links: not for case workers
                        .requestMatchers("/mail", "/mail/**").hasAnyAuthority(ADMINISTRATORS, OPERATIONS)
                        .requestMatchers(HttpMethod.POST, "/api/complaints", "/api/complaints/*/evidence")
                        .hasAnyAuthority(INTAKE_AGENTS, ADMINISTRATORS)
                        .requestMatchers(HttpMethod.POST, "/api/improvement-actions")
                        .hasAnyAuthority(SUPERVISORS, SENIOR_MANAGERS, ADMINISTRATORS)
                        .requestMatchers("/api/reports/**", "/dashboard", "/dashboard/**")
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
                .httpBasic(Customizer.withDefaults())
                // stateless Basic-auth calls carry no cookie, so there is no session to forge requests with
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /**
     * Everything else we serve (the customers' status page and answer pages, static files, the engine
     * REST API) needs no login here; the chain adds the security headers.
     */
    @Bean
    @Order(2)
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
