package uk.safeguarding.rules.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Organisations that attend a Rapid Review or work with the family. The Integrated Care Board replaced the Clinical
 * Commissioning Group in July 2022; older procedures and systems still say "CCG", so that name is accepted for it.
 */
@Schema(description = "An organisation: LOCAL_AUTHORITY (children's social care), POLICE, INTEGRATED_CARE_BOARD (\"CCG\", "
        + "its former name, is accepted), HEALTH_PROVIDER (hospital, GP, health visiting, school nursing, mental "
        + "health), EDUCATION (school, college, early years), PROBATION, YOUTH_JUSTICE, HOUSING, ADULT_SOCIAL_CARE, "
        + "FIRE_AND_RESCUE, VOLUNTARY_SECTOR, OTHER.")
public enum Organisation {
    LOCAL_AUTHORITY, POLICE, INTEGRATED_CARE_BOARD, HEALTH_PROVIDER, EDUCATION, PROBATION, YOUTH_JUSTICE, HOUSING,
    ADULT_SOCIAL_CARE, FIRE_AND_RESCUE, VOLUNTARY_SECTOR, OTHER;

    private static final Map<String, Organisation> FORMER_NAMES = Map.of(
            "CCG", INTEGRATED_CARE_BOARD,
            "CLINICAL_COMMISSIONING_GROUP", INTEGRATED_CARE_BOARD,
            "ICB", INTEGRATED_CARE_BOARD);

    @JsonCreator
    public static Organisation from(String value) {
        String key = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        Organisation former = FORMER_NAMES.get(key);
        if (former != null) {
            return former;
        }
        try {
            return valueOf(key);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("\"" + value + "\" is not a known organisation; use one of "
                    + java.util.Arrays.toString(values()) + " (\"CCG\" is accepted for INTEGRATED_CARE_BOARD)");
        }
    }
}
