package com.bank.complaints.caselibrary;

import java.util.List;
import java.util.Locale;

import com.bank.complaints.system.FieldError;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** JSON or CSV, the reports' rule: format=csv or json wins; else CSV when Accept prefers text/csv to JSON. */
final class ResponseFormat {

    static final MediaType TEXT_CSV = new MediaType("text", "csv");

    private ResponseFormat() {
    }

    static boolean csv(String format, String accept, List<FieldError> errors) {
        if (!LibraryParameters.blank(format)) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("json")) {
                errors.add(new FieldError("format", "must be json or csv"));
            }
            return f.equals("csv");
        }
        if (LibraryParameters.blank(accept)) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            double csv = types.stream().filter(TEXT_CSV::equalsTypeAndSubtype).mapToDouble(MediaType::getQualityValue)
                    .max().orElse(0);
            double json = types.stream().filter(MediaType.APPLICATION_JSON::equalsTypeAndSubtype)
                    .mapToDouble(MediaType::getQualityValue).max().orElse(0);
            return csv > 0 && csv >= json;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
