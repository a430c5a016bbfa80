package uk.safeguarding.rules.report;

/**
 * The two documents made from one assessment: the record a business manager pastes into the Rapid Review template,
 * in plain English with nothing decided for the partners, and the working notes behind it (reasons with their
 * sources and rule ids, open questions, deadlines, rule-set version), which are not for pasting.
 */
public record RapidReviewDocuments(Document record, Document workingNotes) {

    /** One document as Markdown, and the same document as HTML for a page to show or print (raw HTML escaped). */
    public record Document(String markdown, String html) {
    }
}
