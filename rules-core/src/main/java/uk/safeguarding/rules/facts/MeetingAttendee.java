package uk.safeguarding.rules.facts;

import uk.safeguarding.rules.model.Organisation;

/** One organisation represented at the Rapid Review meeting. */
public record MeetingAttendee(Organisation organisation) {
}
