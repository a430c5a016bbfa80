package uk.safeguarding.rules.facts;

import uk.safeguarding.rules.model.Answer;

/**
 * The age and duration thresholds in force on the case's own date, read from the dated parameter file
 * (parameters/thresholds.yaml), so that rule files compare against named values rather than numbers.
 *
 * @param childAgeLimit                       a child is anyone under this age (S1)
 * @param careLeaverAgeLimit                  a care leaver is anyone under this age, "up to their 25th birthday" (L5)
 * @param careLeaverMinimumWeeks              weeks looked after needed to be a care leaver (L5)
 * @param careLeaverCareStartAge              those weeks count from this birthday (L5)
 * @param careLeaverCareEndAge                and care must continue after this birthday (L5)
 * @param careLeaverDeathNotificationExpected whether the expectation to notify care leavers' deaths was in force (L6):
 *                                            UNKNOWN where the sources disagree about when it began
 * @param domesticHomicideReviewMinimumAge    a Domestic Homicide Review concerns a death at this age or over (PP2)
 * @param childrenPerNotification             how many children one incident notification can give details of (N6)
 */
public record Thresholds(int childAgeLimit, int careLeaverAgeLimit, double careLeaverMinimumWeeks,
                         int careLeaverCareStartAge, int careLeaverCareEndAge,
                         Answer careLeaverDeathNotificationExpected, int domesticHomicideReviewMinimumAge,
                         int childrenPerNotification) {
}
