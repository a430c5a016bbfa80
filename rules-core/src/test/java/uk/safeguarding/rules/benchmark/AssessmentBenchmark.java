package uk.safeguarding.rules.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import uk.safeguarding.rules.RepositoryPaths;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Assessor;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.engine.Evaluation;
import uk.safeguarding.rules.engine.RuleSet;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;
import uk.safeguarding.rules.input.CaseReader;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * How long the SUDI example (rules-service's examples/sudi.request.json) takes to assess, fully explained, with and
 * without the what-if analysis of open questions; how throughput scales from one thread to two (nothing should
 * serialise assessments); and how long the shipped rules take to load. Run with the "benchmark" Maven profile or
 * scripts/benchmark.sh; see the README's "Performance" section.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {

    static final String SUDI = "rules-service/src/main/resources/examples/sudi.request.json";

    private Assessor assessor;
    private SafeguardingCase sudi;

    @Setup
    public void setUp() {
        assessor = Assessors.load(RuleSource.classpath("national"));
        sudi = new CaseReader(Clock.systemUTC()).read(read(SUDI));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessment sudiExplainedWithoutWhatIf() {
        return assessor.assess(sudi, false);
    }

    /** The rules alone, without explanations: how much of an explained assessment the engine itself takes. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Evaluation sudiRulesOnly() {
        return assessor.evaluate(sudi);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessment sudiExplainedWithWhatIf() {
        return assessor.assess(sudi, true);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Assessment sudiThroughputOneThread() {
        return assessor.assess(sudi, false);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Assessment sudiThroughputTwoThreads() {
        return assessor.assess(sudi, false);
    }

    /** From the rule files to a knowledge base, as the service starts: the build compiled them, so this loads classes. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 3)
    public RuleSet loadTheShippedNationalRules() {
        return RuleSets.load(RuleSource.classpath("national"));
    }

    /** A repository file's text, found from wherever the benchmark runs (the repository root or a module). */
    static String read(String repositoryPath) {
        try {
            return Files.readString(RepositoryPaths.find(repositoryPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
