package fr.mcp.controlplan.application;

import java.time.LocalDate;
import java.util.List;

/** What a run of the inactivity rule did: the rule's version and figures, the logins warned and suspended. */
public record InactivityReport(
        LocalDate asOf,
        LocalDate ruleFrom,
        int inactiveDays,
        int graceDays,
        List<String> warned,
        List<String> suspended) {}
