package fr.mcp.feed.application;

/** A line of the import report. */
public record ImportReportLine(
        int line, Long declaration, Long form, String field, String value, boolean accepted, String reason) {}
