package fr.mcp.identity.application;

import fr.mcp.identity.domain.SignInRefusal;
import java.util.Set;

/**
 * The outcome of a sign-in: granted, granted but with first-login steps to do before anything else (terms
 * of use, new password: the portal lets the user do nothing else), or refused.
 */
public record SignInResult(Status status, String login, Set<String> roles, SignInRefusal refusal) {

    public enum Status {
        GRANTED,
        ONBOARDING,
        REFUSED
    }

    static SignInResult granted(String login, Set<String> roles) {
        return new SignInResult(Status.GRANTED, login, Set.copyOf(roles), null);
    }

    static SignInResult onboarding(String login, Set<String> roles) {
        return new SignInResult(Status.ONBOARDING, login, Set.copyOf(roles), null);
    }

    static SignInResult refused(SignInRefusal refusal) {
        return new SignInResult(Status.REFUSED, null, Set.of(), refusal);
    }
}
