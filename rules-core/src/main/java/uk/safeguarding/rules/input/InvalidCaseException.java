package uk.safeguarding.rules.input;

import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be assessed as it stands; every problem found is listed, each with its field. */
public class InvalidCaseException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidCaseException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.path() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
