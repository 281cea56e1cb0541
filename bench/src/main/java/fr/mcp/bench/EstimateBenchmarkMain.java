package fr.mcp.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the estimate benchmark and prints, per facility type, estimates per second of the engine (computed lines),
 * of the engine with every explained value turned into text, and of the hand-written formula, with the ratios.
 * Takes JMH's command-line options (e.g. {@code -wi 4 -w 2s -i 5 -r 2s -f 2}).
 */
public final class EstimateBenchmarkMain {

    private static final String[] BENCHMARKS = {"engine", "engineExplained", "handWritten"};

    private EstimateBenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .parent(new CommandLineOptions(args))
                        .include(EstimateBenchmark.class.getSimpleName())
                        .build())
                .run();
        Map<String, double[]> byType = new TreeMap<>();
        for (RunResult result : results) {
            String type = result.getParams().getParam("type");
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            for (int i = 0; i < BENCHMARKS.length; i++) {
                if (BENCHMARKS[i].equals(method)) {
                    byType.computeIfAbsent(type, t -> new double[BENCHMARKS.length])[i] =
                            result.getPrimaryResult().getScore();
                }
            }
        }
        System.out.println();
        System.out.printf(
                "%-6s %16s %18s %16s %8s %10s%n",
                "type", "engine (est./s)", "+ text (est./s)", "by hand (est./s)", "ratio", "ratio+text");
        byType.forEach((type, s) -> System.out.printf(
                "%-6s %,16.0f %,18.0f %,16.0f %7.2fx %9.2fx%n", type, s[0], s[1], s[2], s[2] / s[0], s[2] / s[1]));
        System.out.println(
                "ratio = hand-written ÷ engine throughput (goal: at most 3x); ratio+text counts the explanation's text too");
    }
}
