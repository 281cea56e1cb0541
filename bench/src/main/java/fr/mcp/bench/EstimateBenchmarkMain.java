package fr.mcp.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the estimate benchmark and prints, per facility type, estimates per second of both and the ratio hand ÷ engine. */
public final class EstimateBenchmarkMain {

    private EstimateBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(EstimateBenchmark.class.getSimpleName()).build()).run();
        Map<String, double[]> byType = new TreeMap<>();
        for (RunResult result : results) {
            String type = result.getParams().getParam("type");
            boolean engine = result.getParams().getBenchmark().endsWith(".engine");
            byType.computeIfAbsent(type, t -> new double[2])[engine ? 0 : 1] = result.getPrimaryResult().getScore();
        }
        System.out.println();
        System.out.printf("%-6s %18s %18s %8s%n", "type", "engine (est./s)", "by hand (est./s)", "ratio");
        byType.forEach((type, scores) -> System.out.printf("%-6s %,18.0f %,18.0f %7.2fx%n", type, scores[0], scores[1], scores[1] / scores[0]));
        System.out.println("ratio = hand-written ÷ engine throughput (goal: at most 3x)");
    }
}
