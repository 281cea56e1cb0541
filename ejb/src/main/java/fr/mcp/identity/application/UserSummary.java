package fr.mcp.identity.application;

import java.time.Instant;
import java.util.Set;

/** What the portal shell shows of the signed-in user. */
public record UserSummary(String login, String firstName, String lastName, String organisation,
                          Instant previousLoginAt, Set<String> roles) {

    public String displayName() {
        return firstName + " " + lastName;
    }
}
