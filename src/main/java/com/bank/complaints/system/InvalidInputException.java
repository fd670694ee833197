package com.bank.complaints.system;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be accepted; carries every bad field so the caller can fix them all at once. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
