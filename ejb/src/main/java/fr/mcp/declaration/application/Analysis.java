package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.DeclarationFigures;
import fr.mcp.declaration.domain.RaisedControl;
import fr.mcp.estimate.application.EstimateOutcome;
import java.util.List;

/**
 * A declaration's figures as they stand, its estimate (frozen once transmitted) and its raised coherence controls
 * with their justifications.
 */
public record Analysis(
        DeclarationFigures figures, EstimateOutcome estimate, boolean frozen, List<RaisedControl> controls) {

    public List<String> unjustifiedCodes() {
        return controls.stream()
                .filter(c -> !c.justified())
                .map(RaisedControl::code)
                .toList();
    }

    public List<String> codes() {
        return controls.stream().map(RaisedControl::code).toList();
    }
}
