package fr.mcp.controlplan.application;

import java.time.Instant;
import java.util.Map;

/** What a detection run did: when, and per rule the findings raised for the first time and those already known. */
public record DetectionReport(Instant ranAt, Map<String, Integer> raised, int alreadyKnown) {

    public int raisedTotal() {
        return raised.values().stream().mapToInt(Integer::intValue).sum();
    }
}
