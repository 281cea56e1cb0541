package fr.mcp.habilitation.application;

import fr.mcp.identity.domain.Mobility;
import java.time.LocalDate;

/** Corrections to a user's record; {@code version} is the one the editor read (concurrent edits are refused). */
public record AccountEdit(
        String lastName,
        String firstName,
        String email,
        String emailConfirmation,
        String phone,
        Mobility mobility,
        LocalDate opensOn,
        LocalDate closesOn,
        long version) {}
