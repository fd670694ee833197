package com.bank.complaints.identity;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * GET /login: the desk's login page, in the visitor's language (?lang=en|zh, else the browser's). The form
 * posts to /login with the page's CSRF token; {@link StaffLogin} takes it from there.
 */
@Controller
class StaffLoginPage {

    @GetMapping(StaffLogin.PAGE)
    String page(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            Locale locale, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("language", locale.getLanguage());
        return "identity/login";
    }
}
