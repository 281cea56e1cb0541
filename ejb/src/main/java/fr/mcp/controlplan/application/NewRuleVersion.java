package fr.mcp.controlplan.application;

import java.time.LocalDate;

/** A new version of a detection rule from a day: the parameters the rule uses, the others left empty. */
public record NewRuleVersion(
        String code,
        LocalDate validFrom,
        Integer threshold,
        Integer windowDays,
        Integer graceDays,
        Integer windowHours,
        Integer hourFrom,
        Integer hourTo,
        String severity,
        String label) {}
