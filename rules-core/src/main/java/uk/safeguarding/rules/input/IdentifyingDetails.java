package uk.safeguarding.rules.input;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds what looks like a detail that could identify a child or family in free text: a person's name, a postal
 * address or postcode, a telephone number, an email address, an NHS number or a date of birth written out. Every place
 * that accepts free text (case references, a case file's story, the leads' page) asks this one detector, so that they
 * refuse the same things. It errs on the side of refusing: an anonymised reference needs none of these shapes.
 */
public final class IdentifyingDetails {

    /** One shape of identifying detail, described so that the refusal tells the person what to take out. */
    private record Shape(String description, Pattern pattern) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("an email address", Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+")),
            new Shape("a UK postcode", Pattern.compile(
                    "\\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})\\b", Pattern.CASE_INSENSITIVE)),
            new Shape("a telephone number", Pattern.compile("(?:\\+44\\s?|\\b0)(?:\\d[\\s-]?){9,10}\\b")),
            new Shape("an NHS number", Pattern.compile("\\b\\d{3}[\\s-]?\\d{3}[\\s-]?\\d{4}\\b")),
            new Shape("a street address", Pattern.compile(
                    "\\b\\d+[A-Za-z]?,?\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|"
                            + "Crescent|Court|Place|Gardens|Grove|Terrace|Hill|Park|Square|Walk|Row|Mews|View)\\b")),
            new Shape("a title and name", Pattern.compile(
                    "\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\\.?\\s+[A-Z][a-z'-]+")),
            new Shape("a person's name", Pattern.compile(
                    "\\b(?:named|called|name is|known as|aka)\\s+[A-Z][a-z'-]+", Pattern.CASE_INSENSITIVE)),
            new Shape("a full name", Pattern.compile("\\b[A-Z][a-z'-]{1,20}\\s+(?:[A-Z]\\.?\\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\\b")));

    private IdentifyingDetails() {
    }

    /**
     * What the text seems to contain that could identify someone ("a UK postcode"), or empty if nothing. The full-name
     * shape (two capitalised words) is only checked where names are plausible: text that is not a sentence of the
     * guidance's own words. Callers that accept prose may use {@link #inProse(String)} instead.
     */
    public static Optional<String> in(String text) {
        return find(text, SHAPES.size());
    }

    /**
     * As {@link #in(String)}, for prose such as a case story, where two capitalised words in a row are as often the
     * start of a sentence or an organisation ("Children's Services") as a name: that shape is left out.
     */
    public static Optional<String> inProse(String text) {
        return find(text, SHAPES.size() - 1);
    }

    private static Optional<String> find(String text, int shapes) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Shape shape : SHAPES.subList(0, shapes)) {
            if (shape.pattern().matcher(text).find()) {
                return Optional.of(shape.description());
            }
        }
        return Optional.empty();
    }
}
