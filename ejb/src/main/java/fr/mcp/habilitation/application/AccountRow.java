package fr.mcp.habilitation.application;

import java.time.LocalDate;

/** An account as the administration list shows it. */
public record AccountRow(
        long id,
        String login,
        String lastName,
        String firstName,
        String email,
        String organisation,
        String status,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean locked) {}
