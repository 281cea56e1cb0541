package fr.mcp.bench;

import fr.mcp.estimate.domain.DeclaredValues;
import fr.mcp.estimate.domain.Estimate;
import fr.mcp.estimate.domain.EstimateLine;
import fr.mcp.estimate.domain.Estimator;
import fr.mcp.estimate.domain.Scale;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Estimates per second: the engine (explained lines, checks, dated scale) against the formula written inline by hand. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EstimateBenchmark {

    @Param({"RPE", "ALSH", "LAEP", "ER", "MF", "EAJE"})
    public String type;

    private Map<String, String> values;
    private Scale scale;

    @Setup
    public void setUp() {
        values = Declarations.VALUES.get(type);
        scale = Declarations.scale();
        Estimate engine = Estimator.estimate(type, new DeclaredValues(values), scale);
        BigDecimal hand = HandWritten.estimate(type, values);
        if (engine.total().compareTo(hand) != 0) {
            throw new IllegalStateException(type + ": engine " + engine.total() + " but hand-written " + hand);
        }
    }

    @Benchmark
    public Estimate engine() {
        return Estimator.estimate(type, new DeclaredValues(values), scale);
    }

    /** The engine and the text of every explained value, as when the estimate is displayed or frozen. */
    @Benchmark
    public int engineExplained() {
        Estimate estimate = Estimator.estimate(type, new DeclaredValues(values), scale);
        int length = 0;
        for (EstimateLine line : estimate.lines()) {
            for (String shown : line.inputs().values()) {
                length += shown.length();
            }
        }
        return length;
    }

    @Benchmark
    public BigDecimal handWritten() {
        return HandWritten.estimate(type, values);
    }
}
