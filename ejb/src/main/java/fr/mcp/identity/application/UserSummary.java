package fr.mcp.identity.application;

import java.time.Instant;

/** What the portal shell shows of the signed-in user (the menu reads the roles from the security context). */
public record UserSummary(
        String login, String firstName, String lastName, String organisation, Instant previousLoginAt) {

    public String displayName() {
        return firstName + " " + lastName;
    }
}
