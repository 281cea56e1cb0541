package fr.mcp.declaration.application;

import java.util.List;

/** A bulk validation: the declarations validated, and those left as they were with why. */
public record BulkValidation(List<Long> validated, List<Skipped> skipped) {

    /** A selected declaration not validated, and why. */
    public record Skipped(long id, String reason) {}
}
