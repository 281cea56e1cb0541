package fr.mcp.identity.application;

import fr.mcp.identity.domain.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Repository of accounts. */
@Stateless
public class Accounts {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    public Optional<UserAccount> byLogin(String login) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.login = :login", UserAccount.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public List<UserAccount> byEmail(String email) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE LOWER(a.email) = :email", UserAccount.class)
                .setParameter("email", email.trim().toLowerCase())
                .getResultList();
    }

    /**
     * Notes a sign-in: the last one becomes the previous one (shown to the holder to check), the inactivity warning is
     * cleared. One UPDATE that checks no version read before: sign-ins of one account at the same moment (API calls in
     * parallel, on one server or two) take their turn on the row's lock instead of all but one failing on the version
     * they had read. What the transaction changed on the account before is written first, and the account is read
     * again after, so that it stays usable in the transaction.
     */
    public void recordLogin(UserAccount account, Instant now) {
        em.flush();
        em.createQuery("UPDATE UserAccount a SET a.previousLoginAt = a.lastLoginAt, a.lastLoginAt = :now, a.inactivityWarnedAt = NULL"
                        + " WHERE a.id = :id")
                .setParameter("now", now).setParameter("id", account.getId()).executeUpdate();
        em.refresh(account);
    }
}
