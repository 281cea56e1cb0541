package fr.mcp.controlplan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A state rule over the legitimacy of profiles: a subject holding at least {@code threshold} items (a user in many
 * groups, a group with many members) raises one finding listing them.
 */
public final class CountRule {

    public static final String MANY_GROUPS = "MANY_GROUPS";
    public static final String CROWDED_GROUP = "CROWDED_GROUP";

    private final String code;
    private final int threshold;
    private final String severity;
    private final String what;

    /** @param what the items' name in the summary, plural ("groupes", "membres") */
    public CountRule(String code, int threshold, String severity, String what) {
        if (threshold < 2) {
            throw new IllegalArgumentException("threshold must be at least 2");
        }
        this.code = code;
        this.threshold = threshold;
        this.severity = severity;
        this.what = what;
    }

    /** @param itemsBySubject each subject's items (group names, member logins) */
    public List<Finding> findings(Map<String, List<String>> itemsBySubject) {
        List<Finding> findings = new ArrayList<>();
        itemsBySubject.forEach((subject, items) -> {
            if (items.size() >= threshold) {
                findings.add(new Finding(
                        code,
                        severity,
                        subject,
                        null,
                        null,
                        items.size() + " " + what + " (seuil : " + threshold + ")",
                        items.stream().sorted().toList()));
            }
        });
        return findings;
    }
}
