package com.bank.complaints.reporting;

import java.util.Locale;

import com.bank.complaints.identity.StaffSession;
import com.bank.complaints.system.InvalidInputException;
import com.bank.complaints.system.WebLanguage;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * /dashboard: the compliance officer's page. Figures and tables are rendered here; the charts are
 * drawn in the browser by Chart.js (served from its WebJar) out of the same figures, handed over in
 * a data attribute. Each table links to its CSV export with the page's filters.
 * <p>
 * The page is in English or Chinese (texts under dashboard.* in messages*.properties; the language is
 * chosen as {@link WebLanguage} says). The charts' texts are handed to the script with the figures,
 * so the script holds none. Everything is shown by name, codes included ({@link DashboardLabels}); the CSV
 * exports keep the codes.
 * <p>
 * Staff open it logged in through the desk's shared login (the webapps' session; the page names the user and
 * offers "Log out") or with HTTP Basic; it links back to the start page, Tasklist and Cockpit.
 */
@Controller
class DashboardController {

    private final DashboardAssembler assembler;

    DashboardController(DashboardAssembler assembler) {
        this.assembler = assembler;
    }

    @GetMapping("/dashboard")
    String dashboard(@ModelAttribute("filters") ReportParameters filters, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws JsonProcessingException {
        model.addAllAttributes(assembler.form(request.getQueryString()));
        model.addAttribute("labels", assembler.labels(locale));
        model.addAttribute("signedIn", StaffSession.user(request).orElse(null));
        try {
            model.addAllAttributes(assembler.figures(filters, locale).attributes());
        } catch (InvalidInputException e) {
            // a person reads this page: the bad filters are shown above the form, not as problem JSON
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", e.errors());
        }
        return "reporting/dashboard";
    }
}
