package fr.mcp.identity.application.internal;

import fr.mcp.identity.application.SecurityEvents;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.PasswordHistoryEntry;
import fr.mcp.identity.domain.PasswordPolicy;
import fr.mcp.identity.domain.PasswordRule;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Sets a password the user chose, under the policy and without reusing one of the last ones. */
@Stateless
public class PasswordChanger {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private SecurityEvents events;

    @Inject
    private SignInSettings settings;

    @Inject
    private Clock clock;

    /** The rules the candidate breaks for this account, including reuse of a recent password. */
    public Set<PasswordRule> violations(UserAccount account, String candidate) {
        Set<PasswordRule> broken = EnumSet.noneOf(PasswordRule.class);
        broken.addAll(PasswordPolicy.violations(
                candidate, account.getLogin(), List.of(account.getFirstName(), account.getLastName())));
        if (candidate != null && !candidate.isEmpty() && isRecent(account, candidate)) {
            broken.add(PasswordRule.NOT_RECENT);
        }
        return broken;
    }

    /** Changes the password or throws a {@link RuleViolation} listing every problem; nothing is changed then. */
    public void change(UserAccount account, String candidate, String confirmation, ClientInfo client) {
        Set<PasswordRule> broken = violations(account, candidate);
        List<String> messages = new ArrayList<>(broken.stream()
                .map(rule -> RuleViolation.message("password.rule." + rule.name()))
                .toList());
        if (candidate != null && !candidate.equals(confirmation)) {
            messages.add(RuleViolation.message("password.mismatch"));
        }
        if (!messages.isEmpty()) {
            throw new RuleViolation(messages);
        }
        String hash = Passwords.HASHER.hash(candidate);
        account.setPassword(hash);
        em.persist(new PasswordHistoryEntry(account.getId(), hash, clock.instant()));
        events.record(SecurityEventType.PASSWORD_CHANGED, account, client, null);
    }

    private boolean isRecent(UserAccount account, String candidate) {
        if (!account.isPasswordTemporary() && Passwords.HASHER.verify(candidate, account.getPasswordHash())) {
            return true;
        }
        List<String> recent = em.createQuery(
                        "SELECT h.passwordHash FROM PasswordHistoryEntry h WHERE h.accountId = :account ORDER BY h.changedAt DESC",
                        String.class)
                .setParameter("account", account.getId())
                .setMaxResults(settings.passwordHistory())
                .getResultList();
        return recent.stream().anyMatch(hash -> Passwords.HASHER.verify(candidate, hash));
    }
}
