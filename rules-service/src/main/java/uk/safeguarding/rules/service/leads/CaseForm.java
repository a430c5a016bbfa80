package uk.safeguarding.rules.service.leads;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.input.IdentifyingDetails;
import uk.safeguarding.rules.model.Answer;

/**
 * The answers a lead posted, exactly as typed, and the case request they make. Nothing here is kept: the form itself
 * carries every answer from one post to the next, so no case facts are stored on the server.
 */
final class CaseForm {

    static final String DAY = ".day";
    static final String MONTH = ".month";
    static final String YEAR = ".year";

    private final Map<String, List<String>> fields;

    CaseForm(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    static CaseForm empty() {
        return new CaseForm(Map.of());
    }

    /** The single value posted for a field, trimmed; empty when none. */
    String value(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).trim();
    }

    List<String> values(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /**
     * The case request the answers make, in the API's JSON shape. "Not known" and blank answers are left out, since a
     * left-out fact is unknown. Problems the page can see by itself (a date that is not a date, text that looks like
     * a name or an address) are added to {@code errors}; the rest are the case reader's to find.
     */
    ObjectNode toRequest(List<FieldError> errors) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        for (Questions.Section section : Questions.SECTIONS) {
            for (Questions.Question question : section.questions()) {
                switch (question.kind()) {
                    case YES_NO, CHOICE -> {
                        String answer = value(question.path());
                        if (!answer.isEmpty() && !answer.equals(Answer.UNKNOWN.name())) {
                            parent(request, question.path()).put(leaf(question.path()), answer);
                        }
                    }
                    case CHOICES -> {
                        if (!values(question.path()).isEmpty()) {
                            ArrayNode chosen = parent(request, question.path()).putArray(leaf(question.path()));
                            values(question.path()).forEach(chosen::add);
                        }
                    }
                    case DATE -> date(question, errors).ifPresent(day -> parent(request, question.path()).put(leaf(question.path()), day));
                    case NUMBER, TEXT -> {
                        String text = value(question.path());
                        if (!text.isEmpty()) {
                            IdentifyingDetails.in(text).ifPresent(shape -> errors.add(new FieldError(question.path(),
                                    "looks like it contains " + shape + ": give an anonymised reference or an area's name only, "
                                            + "never a name, address or other identifying detail")));
                            parent(request, question.path()).put(leaf(question.path()), text);
                        }
                    }
                }
            }
        }
        if (!request.has("incident") || !request.get("incident").has("outcome")) {
            parent(request, "incident.outcome").put("outcome", "UNKNOWN");
        }
        return request;
    }

    /** A date from its three boxes, as YYYY-MM-DD; empty when all three are blank or the date is wrong (then an error). */
    private java.util.Optional<String> date(Questions.Question question, List<FieldError> errors) {
        String day = value(question.path() + DAY);
        String month = value(question.path() + MONTH);
        String year = value(question.path() + YEAR);
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (day.isEmpty()) {
            missing.add("a day");
        }
        if (month.isEmpty()) {
            missing.add("a month");
        }
        if (year.isEmpty()) {
            missing.add("a year");
        }
        if (!missing.isEmpty()) {
            errors.add(new FieldError(question.path(), "must include " + String.join(" and ", missing)));
            return java.util.Optional.empty();
        }
        try {
            if (year.length() != 4) {
                throw new DateTimeException("year");
            }
            return java.util.Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (NumberFormatException | DateTimeException notADate) {
            errors.add(new FieldError(question.path(), "must be a real date, with the year in four figures, for example 27 3 2026"));
            return java.util.Optional.empty();
        }
    }

    private static ObjectNode parent(ObjectNode root, String path) {
        String[] names = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < names.length - 1; i++) {
            node = node.get(names[i]) instanceof ObjectNode child ? child : node.putObject(names[i]);
        }
        return node;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
