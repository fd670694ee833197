package com.bank.complaints.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.bank.complaints.customer.SignedLinks.Link;
import com.bank.complaints.customer.SignedLinks.Purpose;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.resolution.RemedyDecisions;
import com.bank.complaints.resolution.RemedyDecisions.Offer;
import com.bank.complaints.resolution.RemedyDecisions.RemedyDecision;
import com.bank.complaints.resolution.RemedyDecisions.RemedyOption;
import com.bank.complaints.system.FieldError;
import com.bank.complaints.system.TextInput;
import com.bank.complaints.system.WebLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * /customer/respond: the page behind a signed link in a customer's e-mail, to accept or reject an
 * offer, confirm a supplementary agreement, or rate the service. No login: the link is the key.
 * <p>
 * The page is in the customer's language (the complaint's, which their mails are in; the switch at the
 * top, ?lang=en|zh, changes it). It restates what the customer decides on: the remedy approved last
 * ({@link RemedyDecisions}: what the mail offered and what execution pays), its amount and details. A
 * customer who rejects the offer may say why (at most {@value #MAX_REASON} characters): the reason is
 * stored with the decision and shown to the handler. An offer of several options (R-RES-1) lists them, and
 * an acceptance names one ({@code option}); an option that was not offered gets the page back (400) and
 * nothing is decided. Errors are the desk's error page in the same language.
 */
@Controller
class CustomerLinkController {

    /** As long as the handler's own record of the customer's reasons (forms/record-customer-decision.form). */
    static final int MAX_REASON = 2000;

    private final SignedLinks links;
    private final CustomerResponses responses;
    private final ComplaintRepository complaints;
    private final RemedyDecisions remedies;
    private final String hotline;

    CustomerLinkController(SignedLinks links, CustomerResponses responses, ComplaintRepository complaints,
            RemedyDecisions remedies, @Value("${complaints.customer.hotline}") String hotline) {
        this.links = links;
        this.responses = responses;
        this.complaints = complaints;
        this.remedies = remedies;
        this.hotline = hotline;
    }

    @GetMapping("/customer/respond")
    String page(@RequestParam(required = false) String token, Model model, HttpServletRequest request) {
        Link link = verified(token);
        return answerPage(link, token, null, null, false, model, request);
    }

    @PostMapping("/customer/respond")
    String answer(@RequestParam(required = false) String token, @RequestParam(required = false) String answer,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String option, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Link link = verified(token);
        boolean taken;
        switch (link.purpose()) {
            case OFFER -> {
                boolean accepted = accepted(answer);
                String note = null;
                Integer chosen = null;
                if (accepted) {
                    Optional<Offer> open = remedies.offer(link.reference()).filter(offer -> offer.chosen() == null);
                    if (open.isPresent() && (option != null || open.get().choiceNeeded())) {
                        chosen = open.get().option(option).map(RemedyOption::number).orElse(null);
                        if (chosen == null) {
                            // nothing is decided: the page again, asking for one of the options it lists
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return answerPage(link, token, null, null, true, model, request);
                        }
                    }
                } else {
                    List<FieldError> errors = new ArrayList<>();
                    note = TextInput.text("reason", reason, false, MAX_REASON, true, errors);
                    if (!errors.isEmpty()) {
                        // nothing is decided: the customer gets the page back, their text kept, and what to change
                        response.setStatus(HttpStatus.BAD_REQUEST.value());
                        return answerPage(link, token, reason, reasonError(reason), false, model, request);
                    }
                }
                taken = responses.decideOnOffer(link.reference(), accepted, link.round(), note, chosen);
            }
            case AGREEMENT -> taken = responses.confirmAgreement(link.reference());
            case SURVEY -> taken = responses.rate(link.reference(), score(answer));
            default -> throw new IllegalStateException("Unknown purpose " + link.purpose());
        }
        inCustomersLanguage(link.reference(), request);
        model.addAttribute("reference", link.reference());
        model.addAttribute("taken", taken);
        model.addAttribute("hotline", hotline);
        return "customer/thanks";
    }

    /** A refused link or answer: the desk's error page, in the customer's language where the link names the complaint. */
    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView refused(ResponseStatusException e) {
        boolean link = e.getStatusCode().value() == HttpStatus.NOT_FOUND.value();
        return new ModelAndView("error", Map.of("status", e.getStatusCode().value(),
                "messageKey", link ? "respond.link.invalid" : "respond.answer.missing",
                "messageArgs", new Object[] {hotline}), e.getStatusCode());
    }

    private String answerPage(Link link, String token, String reason, String reasonError, boolean optionError,
            Model model, HttpServletRequest request) {
        Locale language = inCustomersLanguage(link.reference(), request);
        model.addAttribute("token", token);
        model.addAttribute("reference", link.reference());
        model.addAttribute("purpose", link.purpose().name());
        model.addAttribute("language", language.getLanguage());
        model.addAttribute("maxReason", MAX_REASON);
        model.addAttribute("reason", reason);
        model.addAttribute("reasonError", reasonError);
        model.addAttribute("reasonArgs", new Object[] {MAX_REASON, reason == null ? 0 : reason.strip().length()});
        Optional<RemedyDecision> offer = link.purpose() == Purpose.SURVEY ? Optional.empty()
                : remedies.approved(link.reference());
        model.addAttribute("offer", offer.orElse(null));
        model.addAttribute("amount", offer.map(RemedyDecision::amount).map(amount -> amount.toPlainString()).orElse(null));
        // several options of an offer the customer has still to choose from: listed to pick one
        List<OptionShown> options = link.purpose() != Purpose.OFFER ? List.of()
                : remedies.offer(link.reference()).filter(Offer::choiceNeeded).filter(open -> open.chosen() == null)
                        .map(open -> open.options().stream().map(OptionShown::of).toList()).orElse(List.of());
        model.addAttribute("options", options);
        model.addAttribute("optionError", optionError);
        return "customer/respond";
    }

    /** An option as the page lists it. */
    record OptionShown(int number, String remedyType, String amount, String details) {

        static OptionShown of(RemedyOption option) {
            return new OptionShown(option.number(), option.remedyType(),
                    option.amount() == null ? null : option.amount().toPlainString(), option.details());
        }
    }

    /** What is wrong with the reason: the key of the page's message (its arguments: the limit, the length). */
    private static String reasonError(String reason) {
        return reason.strip().length() > MAX_REASON ? "respond.reason.tooLong" : "respond.reason.invalid";
    }

    /** The complaint's language for the page, unless the page's switch asks for the other. */
    private Locale inCustomersLanguage(String reference, HttpServletRequest request) {
        Locale complaint = complaints.find(reference)
                .map(c -> "zh".equals(c.details().language().locale().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH)
                .orElse(Locale.ENGLISH);
        WebLanguage.choose(request, complaint);
        return WebLanguage.asked(request).orElse(complaint);
    }

    private Link verified(String token) {
        return links.verify(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "This link is not valid or has expired."));
    }

    private static String required(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Please choose an answer.");
        }
        return answer;
    }

    /** Only the page's two buttons count: anything else must not be taken for a rejection. */
    private static boolean accepted(String answer) {
        return switch (required(answer)) {
            case "accept" -> true;
            case "reject" -> false;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Please accept or reject the offer.");
        };
    }

    private static int score(String answer) {
        try {
            int score = Integer.parseInt(required(answer));
            if (score >= 1 && score <= 5) {
                return score;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range score
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Please choose a score from 1 to 5.");
    }
}
