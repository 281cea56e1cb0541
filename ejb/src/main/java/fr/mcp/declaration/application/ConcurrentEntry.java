package fr.mcp.declaration.application;

import fr.mcp.shared.domain.RuleViolation;
import java.util.List;
import java.util.Map;

/**
 * A save made on a form someone else saved since it was read: refused with what they changed, the stored values and
 * their version, so the screen can show both and the person decides (the REST API answers 409).
 */
public class ConcurrentEntry extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;
    private final Map<String, String> storedValues;

    public ConcurrentEntry(String message, long currentVersion, Map<String, String> storedValues) {
        super(List.of(message));
        this.currentVersion = currentVersion;
        this.storedValues = Map.copyOf(storedValues);
    }

    public long currentVersion() {
        return currentVersion;
    }

    public Map<String, String> storedValues() {
        return storedValues;
    }
}
