package fr.mcp.identity.application;

import java.util.Set;

/** Who signed in and the security roles they hold now. */
public record CallerIdentity(String login, Set<String> roles) {

    public CallerIdentity {
        roles = Set.copyOf(roles);
    }
}
