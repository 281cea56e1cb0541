package fr.mcp.identity.application;

import fr.mcp.identity.domain.PasswordHasher;
import fr.mcp.identity.domain.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Checks a login id and password; the answer never tells whether the id exists. */
@Stateless
public class AuthenticationService {

    private static final PasswordHasher HASHER = new PasswordHasher();
    /** Verified when the login id is unknown, so that both answers take the same time. */
    private static String decoyHash;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private RoleResolver roleResolver;

    @Inject
    private Clock clock;

    @PostConstruct
    void prepareDecoy() {
        synchronized (AuthenticationService.class) {
            if (decoyHash == null) {
                decoyHash = HASHER.hash("decoy-password-never-used");
            }
        }
    }

    public Optional<CallerIdentity> authenticate(String login, String password) {
        if (login == null || password == null || login.isBlank()) {
            return Optional.empty();
        }
        List<UserAccount> found = em.createQuery("SELECT a FROM UserAccount a WHERE a.login = :login", UserAccount.class)
                .setParameter("login", login.trim().toUpperCase())
                .getResultList();
        if (found.isEmpty()) {
            HASHER.verify(password, decoyHash);
            return Optional.empty();
        }
        UserAccount account = found.get(0);
        boolean passwordOk = HASHER.verify(password, account.getPasswordHash());
        if (!passwordOk || !account.isActiveOn(LocalDate.now(clock))) {
            return Optional.empty();
        }
        account.recordLogin(clock.instant());
        return Optional.of(new CallerIdentity(account.getLogin(), roleResolver.rolesOf(account)));
    }
}
