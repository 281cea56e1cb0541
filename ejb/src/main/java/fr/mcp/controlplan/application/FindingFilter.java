package fr.mcp.controlplan.application;

/** Filters of the findings queue, each optional: status (OPEN, LEGITIMATE, ACTED), severity, rule, text in the subject or summary, assignee. */
public record FindingFilter(String status, String severity, String rule, String text, String assignee) {}
