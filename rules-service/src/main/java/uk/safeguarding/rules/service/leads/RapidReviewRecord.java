package uk.safeguarding.rules.service.leads;

/** How the leads' page names the record it offers for download. */
final class RapidReviewRecord {

    private RapidReviewRecord() {
    }

    /** A file name for the download that says what it is, using only the reference's letters, digits and hyphens. */
    static String fileName(String reference) {
        String safe = reference.replaceAll("[^A-Za-z0-9-]", "");
        return "rapid-review-record" + (safe.isEmpty() ? "" : "-" + safe) + ".md";
    }
}
