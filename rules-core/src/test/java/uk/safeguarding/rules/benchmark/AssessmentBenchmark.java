package uk.safeguarding.rules.benchmark;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Assessor;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.engine.RuleSet;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;
import uk.safeguarding.rules.input.CaseReader;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * How long an assessment takes, with and without the what-if analysis of open questions, alone and under load, and
 * what it allocates (run with the gc profiler). Run with the "benchmark" Maven profile; see the README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {

    private Assessor assessor;
    private SafeguardingCase settled;
    private SafeguardingCase open;

    @Setup
    public void setUp() {
        assessor = Assessors.load(RuleSource.classpath("national"));
        CaseReader reader = new CaseReader(Clock.systemUTC());
        settled = reader.read("""
                {"child": {"dateOfBirth": "2025-11-02", "lookedAfter": {"accommodatedForMoreThan24Hours": "NO", "careOrder": "NO", "placementOrder": "NO"}},
                 "incident": {"outcome": "HARMED", "harm": {"seriousOrLongTermImpairment": "YES"}, "date": "2026-03-10",
                  "localAuthorityAwareDate": "2026-03-10", "location": "IN_AREA"},
                 "abuseOrNeglect": {"strategyDiscussion": "YES"}}
                """);
        open = reader.read("{\"incident\": {\"outcome\": \"HARMED\", \"localAuthorityAwareDate\": \"2026-03-10\"}, \"child\": {\"ageInYears\": 6}}");
    }

    @Benchmark
    public Assessment settledCaseWithoutWhatIf() {
        return assessor.assess(settled, false);
    }

    @Benchmark
    public Assessment openCaseWithWhatIf() {
        return assessor.assess(open, true);
    }

    @Benchmark
    @Threads(4)
    public Assessment settledCaseFourThreads() {
        return assessor.assess(settled, false);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 3)
    public RuleSet compileTheNationalRules() {
        return RuleSets.load(RuleSource.classpath("national"));
    }
}
