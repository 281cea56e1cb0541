package fr.mcp.declaration.application;

import java.util.List;

/** A bulk reminder: the declarations whose role holders were mailed (how many mails in all), and those left out with why. */
public record BulkReminders(List<Long> reminded, int recipients, List<BulkValidation.Skipped> skipped) {}
