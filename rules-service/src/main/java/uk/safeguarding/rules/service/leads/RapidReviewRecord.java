package uk.safeguarding.rules.service.leads;

import uk.safeguarding.rules.assessment.Assessment;

/** How the leads' page names the record it offers for download. */
final class RapidReviewRecord {

    private RapidReviewRecord() {
    }

    /** A file name for the download that says what it is, using only the reference's letters, digits and hyphens. */
    static String fileName(Assessment assessment) {
        String reference = assessment.reference() == null ? "" : assessment.reference().replaceAll("[^A-Za-z0-9-]", "");
        return "rapid-review-record" + (reference.isEmpty() ? "" : "-" + reference) + ".md";
    }
}
