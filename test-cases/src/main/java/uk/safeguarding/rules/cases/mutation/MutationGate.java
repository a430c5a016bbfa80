package uk.safeguarding.rules.cases.mutation;

/**
 * Opens one mutant's variant rules on the thread assessing with it. Every variant rule's first condition asks the gate
 * ({@code Thresholds( MutationGate.open(17) )}, a fact every assessment inserts, tested as it goes in on the
 * assessing thread), so a variant whose mutant is not being tried never matches and costs nothing beyond that test;
 * the rules it stands in for are kept from firing by the assessor ({@link uk.safeguarding.rules.assessment.Assessor#firingOnly}).
 */
public final class MutationGate {

    private static final int NONE = -1;
    private static final ThreadLocal<Integer> OPEN = ThreadLocal.withInitial(() -> NONE);

    private MutationGate() {
    }

    /** Called from the variant rules of mutant {@code mutant}: whether it is the one being tried on this thread. */
    public static boolean open(int mutant) {
        return OPEN.get() == mutant;
    }

    /** Runs {@code trial} on this thread with mutant {@code mutant}'s variants open, and closes them after. */
    static <T> T with(int mutant, java.util.function.Supplier<T> trial) {
        OPEN.set(mutant);
        try {
            return trial.get();
        } finally {
            OPEN.remove();
        }
    }
}
