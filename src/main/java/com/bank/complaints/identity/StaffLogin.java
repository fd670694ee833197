package com.bank.complaints.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * The desk's login form (/login, {@link StaffLoginPage}) for people: the password is checked like every
 * other login here (Camunda's identity service, {@link LoginThrottle}), and a success logs the browser in
 * to Camunda's webapps exactly as their own login page does, in a new session (the old one, and any
 * session id an attacker planted, is dropped). From then on the staff pages, Tasklist, Cockpit and Admin
 * all know the user ({@link WebappSessionAuthentication}). The person goes on to the page that asked for
 * the login, or to the start page.
 */
class StaffLogin implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String PAGE = "/login";
    private static final Set<String> LANGUAGES = Set.of("en", "zh");

    private final ProcessEngine engine;
    private final RequestCache requests;

    StaffLogin(ProcessEngine engine, RequestCache requests) {
        this.engine = engine;
        this.requests = requests;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        // read before the session is renewed: the page that asked for the login is kept in the old one
        SavedRequest asked = requests.getRequest(request, response);
        String target = asked == null ? "/" : asked.getRedirectUrl();
        // the groups, tenants and apps as the webapps' own login reads them
        UserAuthentication webapp = AuthenticationUtil.createAuthentication(engine, authentication.getName(), null, null);
        AuthenticationUtil.revalidateSession(request, webapp);
        response.sendRedirect(target);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        request.setAttribute(LoginThrottle.FAILED_LOGIN, Boolean.TRUE);
        String language = request.getParameter("lang");
        response.sendRedirect(PAGE + "?error" + (language != null && LANGUAGES.contains(language) ? "&lang=" + language : ""));
    }
}
