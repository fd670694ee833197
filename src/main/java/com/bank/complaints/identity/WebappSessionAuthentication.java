package com.bank.complaints.identity;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for the people of the desk: whoever is logged in to Camunda's webapps (Tasklist, Cockpit,
 * Admin), in this browser's session, is logged in on our staff pages too, and the desk's own login page
 * ({@link StaffLogin}) logs in to the webapps. The webapps' session is the one record of who is logged in:
 * logging out of either logs out of both, and our chains keep no login of their own in the session.
 * <p>
 * Only the identity is taken from the session; the groups are read afresh from the identity service on
 * each request, so a membership removed in Admin counts at once, and a user deleted there is no longer
 * logged in. A request that brings HTTP Basic credentials is authenticated by those instead.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

    /** The request attribute that holds the user logged in through the session (not through HTTP Basic). */
    static final String SIGNED_IN_BY_SESSION = WebappSessionAuthentication.class.getName() + ".user";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

    private final ProcessEngine engine;
    private final boolean safeMethodsOnly;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    /**
     * @param safeMethodsOnly true where no CSRF token is checked (the API): there the session counts for
     *                        reading only, so a page of another site cannot make a logged-in browser change anything
     */
    WebappSessionAuthentication(ProcessEngine engine, boolean safeMethodsOnly) {
        this.engine = engine;
        this.safeMethodsOnly = safeMethodsOnly;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        org.springframework.security.core.Authentication current = contexts.getContext().getAuthentication();
        boolean unauthenticated = current == null || current instanceof AnonymousAuthenticationToken;
        if (session != null && unauthenticated && (!safeMethodsOnly || SAFE_METHODS.contains(request.getMethod()))) {
            Authentication webapp = AuthenticationUtil.getAuthsFromSession(session)
                    .getAuthenticationForProcessEngine(engine.getName());
            if (webapp != null && webapp.getIdentityId() != null && userExists(webapp.getIdentityId())) {
                String user = webapp.getIdentityId();
                List<SimpleGrantedAuthority> groups = engine.getIdentityService().createGroupQuery().groupMember(user)
                        .list().stream().map(Group::getId).map(SimpleGrantedAuthority::new).toList();
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, groups));
                contexts.setContext(context);
                request.setAttribute(SIGNED_IN_BY_SESSION, user);
            }
        }
        chain.doFilter(request, response);
    }

    private boolean userExists(String user) {
        return engine.getIdentityService().createUserQuery().userId(user).count() == 1;
    }
}
