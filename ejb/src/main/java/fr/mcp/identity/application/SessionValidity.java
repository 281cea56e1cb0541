package fr.mcp.identity.application;

import fr.mcp.identity.application.internal.RoleResolver;
import fr.mcp.identity.domain.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a signed-in caller may go on with the rights of their sign-in: the sign-in's conditions still hold (account
 * open, partner's access active) and none of the roles it gave has been withdrawn since (group left, service
 * contract ended, account role removed). Roles given since count from the next sign-in.
 */
@Stateless
@PermitAll
public class SessionValidity {

    /** Why a session must end. */
    public enum End {
        /** The account was closed or suspended, or its partner's access suspended. */
        ACCESS_ENDED,
        /** A role the caller signed in with is no longer theirs. */
        RIGHTS_WITHDRAWN
    }

    @Inject
    private Accounts accounts;

    @Inject
    private RoleResolver roleResolver;

    @Inject
    private Clock clock;

    /** Empty while the caller may go on; otherwise why their session ends. */
    public Optional<End> check(String login, Set<String> rolesOfSignIn) {
        Optional<UserAccount> found = accounts.byLogin(login);
        if (found.isEmpty()
                || !found.get().isActiveOn(LocalDate.now(clock))
                || !roleResolver.partnerAccessActive(found.get())) {
            return Optional.of(End.ACCESS_ENDED);
        }
        return roleResolver.rolesOf(found.get()).containsAll(rolesOfSignIn)
                ? Optional.empty()
                : Optional.of(End.RIGHTS_WITHDRAWN);
    }
}
