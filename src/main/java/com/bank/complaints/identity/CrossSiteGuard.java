package com.bank.complaints.identity;

import java.io.IOException;
import java.util.Locale;

import com.bank.complaints.system.ProblemResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST API takes HTTP Basic credentials, which a browser keeps and sends along with any
 * request, also one that a page of another site makes it send: a logged-in administrator's browser
 * could be made to post a deployment, and a deployed model runs any expression. So a browser
 * request that comes from elsewhere is refused before authentication: Sec-Fetch-Site cross-site or
 * same-site (a sibling host is another site to us), or an Origin that is not this server's own.
 * Tools such as curl and other servers send neither header and are not affected.
 */
class CrossSiteGuard extends OncePerRequestFilter {

    private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader(SEC_FETCH_SITE);
        if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
            refuse(response, "Sec-Fetch-Site is " + site);
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !origin.toLowerCase(Locale.ROOT).equals(ownOrigin(request))) {
            refuse(response, "Origin " + origin + " is not this server");
            return;
        }
        chain.doFilter(request, response);
    }

    /** scheme://host[:port] as the browser writes it: the default port left out. */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static void refuse(HttpServletResponse response, String why) throws IOException {
        ProblemResponse.send(response, HttpStatus.FORBIDDEN,
                "The engine REST API takes no requests from other sites' pages (" + why + ").");
    }
}
