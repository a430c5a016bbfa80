package uk.safeguarding.rules.facts;

import uk.safeguarding.rules.model.Organisation;

/** One agency involved with the child or family, whose attendance at the Rapid Review would usually be expected. */
public record InvolvedAgency(Organisation organisation) {
}
