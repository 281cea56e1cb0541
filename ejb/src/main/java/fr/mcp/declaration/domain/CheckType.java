package fr.mcp.declaration.domain;

/** What a coherence control compares; the operands, threshold and message are data. */
public enum CheckType {
    /** |left − right| above the threshold (an amount): e.g. expenses and income of an income statement. */
    BALANCE,
    /** |left − right| ÷ right above the threshold (a share): e.g. forecast N against actual N−1. */
    GAP,
    /** left ÷ right above the threshold: e.g. declared ETP against validated ETP, hours billed against delivered. */
    RATIO_ABOVE,
    /** left above the threshold: e.g. hours on a school Wednesday. */
    ABOVE
}
