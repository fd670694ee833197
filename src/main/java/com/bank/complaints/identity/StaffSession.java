package com.bank.complaints.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is logged in on a staff page through the shared login of the desk and Camunda's webapps (not through
 * HTTP Basic): the pages show that user and a "Log out" button, which ends the session of both.
 */
public final class StaffSession {

    private StaffSession() {
    }

    /** The user logged in through the session, empty for HTTP Basic or anonymous requests. */
    public static Optional<String> user(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(WebappSessionAuthentication.SIGNED_IN_BY_SESSION));
    }
}
