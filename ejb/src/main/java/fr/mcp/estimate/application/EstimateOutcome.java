package fr.mcp.estimate.application;

import fr.mcp.estimate.domain.Estimate;
import java.util.List;

/** An estimate, or the French reasons it cannot be computed yet. */
public record EstimateOutcome(Estimate estimate, List<String> problems) {

    public static EstimateOutcome of(Estimate estimate) {
        return new EstimateOutcome(estimate, List.of());
    }

    public static EstimateOutcome problems(List<String> problems) {
        return new EstimateOutcome(null, List.copyOf(problems));
    }

    public boolean computed() {
        return estimate != null;
    }
}
