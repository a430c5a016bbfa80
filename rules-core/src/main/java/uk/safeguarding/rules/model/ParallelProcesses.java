package uk.safeguarding.rules.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Facts that decide which other reviews and proceedings may run alongside.")
public record ParallelProcesses(
        @Schema(description = "Other people harmed in the same incident (for the Domestic Homicide Review criteria).")
        List<OtherVictim> otherVictims,

        @Schema(description = "Whether an offender managed under Multi-Agency Public Protection Arrangements (MAPPA) is involved.")
        @Question("Is an offender managed under MAPPA involved?")
        Answer offenderManagedUnderMappa,

        @Schema(description = "Whether there are adult safeguarding concerns (for example a young adult with care and "
                + "support needs, or the transition to adulthood).")
        @Question("Are there adult safeguarding concerns, for example about transition to adulthood or an adult with care and support needs?")
        Answer adultSafeguardingConcerns,

        @Schema(description = "Whether family court proceedings are under way or expected (for example for siblings).")
        @Question("Are family court proceedings under way or expected, for example for surviving siblings?")
        Answer familyProceedings,

        @Schema(description = "Whether disciplinary or professional regulation processes are under way.")
        @Question("Are disciplinary or professional regulation processes under way?")
        Answer disciplinaryProcesses) {

    public ParallelProcesses {
        otherVictims = otherVictims == null ? List.of() : List.copyOf(otherVictims);
        offenderManagedUnderMappa = Answer.orUnknown(offenderManagedUnderMappa);
        adultSafeguardingConcerns = Answer.orUnknown(adultSafeguardingConcerns);
        familyProceedings = Answer.orUnknown(familyProceedings);
        disciplinaryProcesses = Answer.orUnknown(disciplinaryProcesses);
    }

    public static final ParallelProcesses NOT_GIVEN = new ParallelProcesses(null, null, null, null, null);
}
