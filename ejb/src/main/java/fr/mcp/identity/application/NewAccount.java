package fr.mcp.identity.application;

import fr.mcp.identity.domain.Mobility;
import java.time.LocalDate;

/** What an administrator types to open an account for a partner's user. */
public record NewAccount(
        Long partnerId,
        String lastName,
        String firstName,
        String email,
        String emailConfirmation,
        String phone,
        Mobility mobility,
        LocalDate opensOn,
        LocalDate closesOn) {}
