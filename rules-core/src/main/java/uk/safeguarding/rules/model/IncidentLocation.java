package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the death or harm happened, relative to the local authority making this assessment: "
        + "IN_AREA (in its area), ELSEWHERE_IN_ENGLAND (in another English local authority's area), "
        + "OUTSIDE_ENGLAND (Wales, Scotland, Northern Ireland or abroad), UNKNOWN.")
public enum IncidentLocation {
    IN_AREA, ELSEWHERE_IN_ENGLAND, OUTSIDE_ENGLAND, UNKNOWN
}
