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
        Answer disciplinaryProcesses,

        @Schema(description = "For a death: whether it is known to be from natural causes, with a cause a doctor can "
                + "certify (as with an expected death from a known condition). NO when the death may be violent or "
                + "unnatural or its cause is unknown: a coroner must then investigate (Coroners and Justice Act 2009 s1).")
        @Question("Is the death known to be from natural causes, with a cause a doctor can certify (as with an expected death from a known condition)?")
        Answer naturalCauseOfDeathKnown,

        @Schema(description = "For a death: whether the child died in custody or otherwise in state detention (police "
                + "custody, a young offender institution, a secure training centre or secure children's home, detention "
                + "under the Mental Health Act 1983). A coroner must investigate such a death whatever its cause.")
        @Question("Did the child die in custody or otherwise in state detention (for example police custody, a young offender institution, a secure children's home or detention under the Mental Health Act)?")
        Answer diedInStateDetention,

        @Schema(description = "Another review or investigation not listed above that may run alongside or overlap: for "
                + "example a mental health independent investigation, or a health serious untoward incident process.")
        @Question("Is another review or investigation under way or expected, for example a mental health independent investigation or a health serious incident process?")
        Answer otherReviewOrInvestigation) {

    public ParallelProcesses {
        otherVictims = otherVictims == null ? List.of() : List.copyOf(otherVictims);
        offenderManagedUnderMappa = Answer.orUnknown(offenderManagedUnderMappa);
        adultSafeguardingConcerns = Answer.orUnknown(adultSafeguardingConcerns);
        familyProceedings = Answer.orUnknown(familyProceedings);
        disciplinaryProcesses = Answer.orUnknown(disciplinaryProcesses);
        naturalCauseOfDeathKnown = Answer.orUnknown(naturalCauseOfDeathKnown);
        diedInStateDetention = Answer.orUnknown(diedInStateDetention);
        otherReviewOrInvestigation = Answer.orUnknown(otherReviewOrInvestigation);
    }

    public static final ParallelProcesses NOT_GIVEN = new ParallelProcesses(null, null, null, null, null, null, null, null);
}
