package com.bank.complaints.customer;

import com.bank.complaints.customer.SignedLinks.Link;
import com.bank.complaints.customer.SignedLinks.Purpose;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * /customer/respond: the page behind a signed link in a customer's e-mail, to accept or reject an
 * offer, confirm a supplementary agreement, or rate the service. No login: the link is the key.
 */
@Controller
class CustomerLinkController {

    private final SignedLinks links;
    private final CustomerResponses responses;

    CustomerLinkController(SignedLinks links, CustomerResponses responses) {
        this.links = links;
        this.responses = responses;
    }

    @GetMapping("/customer/respond")
    String page(@RequestParam(required = false) String token, Model model) {
        Link link = verified(token);
        model.addAttribute("token", token);
        model.addAttribute("reference", link.reference());
        model.addAttribute("purpose", link.purpose().name());
        return "customer/respond";
    }

    @PostMapping("/customer/respond")
    String answer(@RequestParam(required = false) String token, @RequestParam(required = false) String answer,
            Model model) {
        Link link = verified(token);
        boolean taken = switch (link.purpose()) {
            case OFFER -> responses.decideOnOffer(link.reference(), accepted(answer), link.round());
            case AGREEMENT -> responses.confirmAgreement(link.reference());
            case SURVEY -> responses.rate(link.reference(), score(answer));
        };
        model.addAttribute("reference", link.reference());
        model.addAttribute("taken", taken);
        return "customer/thanks";
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
