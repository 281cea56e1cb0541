package fr.mcp.identity.application;

import fr.mcp.identity.domain.LockoutPolicy;
import fr.mcp.identity.domain.UserAccount;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Repository of accounts. */
@Stateless
public class Accounts {

    private static final String NO_FAILURE = "failed_attempts = 0, next_attempt_at = NULL, locked_until = NULL";

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The caller's own account, read now; refused when the caller has none. */
    public UserAccount caller() {
        return byLogin(context.getCallerPrincipal().getName()).orElseThrow(() -> new EJBAccessException("No account"));
    }

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
     * Notes a sign-in: the last one becomes the previous one (shown to the holder to check), the failures and the
     * inactivity warning are cleared. This is the account's sign-in bookkeeping, not an edit of the account: it is
     * written by one SQL UPDATE that neither checks nor changes the row's version. So sign-ins of one account at the
     * same moment (API calls in parallel, on one server or two) take their turn on the row's lock instead of all but
     * one failing on the version they had read, and an administrator correcting the account meanwhile is not told that
     * someone else changed it.
     */
    public void recordLogin(UserAccount account, Instant now) {
        List<Object> values = new ArrayList<>(List.of(Timestamp.from(now)));
        bookkeeping(
                account,
                "previous_login_at = last_login_at, last_login_at = ?1, inactivity_warned_at = NULL, " + NO_FAILURE,
                values);
    }

    /** Clears the failed attempts (a right password on the first-login path), as bookkeeping like a sign-in. */
    public void clearFailures(UserAccount account) {
        if (account.getFailedAttempts() != 0
                || account.getNextAttemptAt() != null
                || account.getLockedUntil() != null) {
            bookkeeping(account, NO_FAILURE, new ArrayList<>());
        }
    }

    /**
     * Counts a wrong password; true when it locks the account. The row is read again under its lock first, so wrong
     * passwords tried at the same moment are each counted, in turn, from the count the previous one left (read at once,
     * they would all count from the same figure and all but one fail on the version, taking their security events
     * with them). Written as bookkeeping, like a sign-in.
     */
    public boolean recordFailure(UserAccount account, Instant now, LockoutPolicy policy) {
        em.flush();
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        boolean locked = account.recordFailedAttempt(now, policy);
        List<Object> values = new ArrayList<>(List.of(account.getFailedAttempts()));
        bookkeeping(
                account,
                "failed_attempts = ?1, next_attempt_at = " + placeholder(account.getNextAttemptAt(), values)
                        + ", locked_until = " + placeholder(account.getLockedUntil(), values),
                values);
        return locked;
    }

    /**
     * Sign-in bookkeeping on the account's row, by one SQL UPDATE that neither checks nor changes its version (a JPQL
     * bulk UPDATE would increment it): what the transaction changed on the account before is written first, and the
     * account is read again after, so that it stays usable and unchanged in the transaction.
     */
    private void bookkeeping(UserAccount account, String assignments, List<Object> values) {
        em.flush();
        values.add(account.getId());
        Query update = em.createNativeQuery("UPDATE user_account SET " + assignments + " WHERE id = ?" + values.size());
        for (int i = 0; i < values.size(); i++) {
            update.setParameter(i + 1, values.get(i));
        }
        update.executeUpdate();
        em.refresh(account);
    }

    /** NULL written as such (a null bound without its type is not a timestamp for every driver), else the next parameter. */
    private static String placeholder(Instant value, List<Object> values) {
        if (value == null) {
            return "NULL";
        }
        values.add(Timestamp.from(value));
        return "?" + values.size();
    }
}
