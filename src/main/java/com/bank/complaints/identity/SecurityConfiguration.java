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
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Our API and pages use HTTP Basic against Camunda's users; the customers'
 * status query needs no login. Reports and the dashboard are for compliance and management only
 * (R-AN-3). Camunda's webapps keep their own login; the engine REST API gets Camunda's own Basic
 * authentication filter, so anonymous calls are refused there too.
 * Operations: load balancers ask /actuator/health without a login and get the status only; metrics
 * and health details are for the groups that already see the whole engine, administrators and
 * compliance officers (management.endpoint.health.roles names the same two).
 * Logins are throttled by {@link LoginThrottle}, cross-site requests to the engine REST API refused
 * by {@link CrossSiteGuard}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Where staff log in with HTTP Basic here: each path and everything below it. */
    static final List<String> BASIC_LOGIN_ROOTS = List.of("/api", "/mail", "/actuator", "/dashboard");

    @Bean
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
                        .requestMatchers("/api/pattern-flags", "/api/pattern-flags/**")
                        .hasAnyAuthority(SUPERVISORS, COMPLIANCE_OFFICERS, SENIOR_MANAGERS, ADMINISTRATORS)
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // stateless Basic-auth calls carry no cookie, so there is no session to forge requests with
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
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
