package com.bank.complaints.reporting;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The dashboard's codes by name, in the page's language: channels, products, categories, special kinds,
 * customer segments and age bands, findings, remedies, "not recorded", flag kinds, action states
 * (dashboard.code.* in messages*.properties) and root causes ({@link CauseNames}, from the analysts' form).
 * A code nobody has named yet (a category a new triage rule gives) shows as itself. The CSV exports and the
 * JSON API keep the codes.
 */
public final class DashboardLabels {

    private final MessageSourceAccessor text;
    private final CauseNames causes;
    private final Locale locale;

    DashboardLabels(MessageSource messages, CauseNames causes, Locale locale) {
        this.text = new MessageSourceAccessor(messages, locale);
        this.causes = causes;
        this.locale = locale;
    }

    /** A value of one of the dimension tables ({@link Dimensions.Table#key()}), or of the filters and flags. */
    public String value(String table, String code) {
        if (code == null) {
            return "";
        }
        if (Dimensions.NOT_RECORDED.equals(code)) {
            return text.getMessage("dashboard.code." + Dimensions.NOT_RECORDED);
        }
        return text.getMessage("dashboard.code." + table + "." + code, code);
    }

    public String channel(String code) {
        return value("channel", code);
    }

    public String category(String code) {
        return value("category", code);
    }

    /** A root cause on its axis, e.g. "Fee rules unclear" for PROCESS FEE_RULES_UNCLEAR. */
    public String cause(String axis, String code) {
        if (Dimensions.NOT_RECORDED.equals(code)) {
            return value("cause", code);
        }
        return causes.name(axis, code, locale).orElse(code);
    }

    /** The axis and the cause, as the charts and the improvement actions name them: "Process: Fee rules unclear". */
    public String axisAndCause(String axis, String code) {
        return text.getMessage("dashboard.axis." + axis) + ": " + cause(axis, code);
    }

    public String flagKind(String kind) {
        return value("flagKind", kind);
    }

    public String actionStatus(String status) {
        return value("actionStatus", status);
    }
}
