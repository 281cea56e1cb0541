package fr.mcp.habilitation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A partner's user as "Mes utilisateurs" lists it. */
public record UserRow(
        long id,
        String login,
        String lastName,
        String firstName,
        String email,
        String phone,
        String mobility,
        String status,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean partnerAdmin,
        List<String> groups,
        long version,
        // From when the user's sign-in is tried again after failed attempts (delay or lock; null: none recorded, or
        // cleared by a successful sign-in): what an administrator answers a user who "cannot sign in".
        Instant signInAllowedFrom) {}
