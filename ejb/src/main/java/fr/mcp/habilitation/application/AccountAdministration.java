package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.Partner;
import fr.mcp.identity.application.AccountNotices;
import fr.mcp.identity.application.AccountOpening;
import fr.mcp.identity.application.Accounts;
import fr.mcp.identity.application.NewAccount;
import fr.mcp.identity.application.NewAccountValidator;
import fr.mcp.identity.application.SecurityEvents;
import fr.mcp.identity.application.TemporaryPasswords;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A Caf administrator's hold on accounts: open an account for a user of one of the Caf's partners (login id
 * and temporary password by two mails), close, reopen, suspend, send a new temporary password. Every call
 * checks that the account or partner belongs to the administrator's Caf, whatever id is sent.
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class AccountAdministration {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private TemporaryPasswords temporaryPasswords;

    @Inject
    private AccountOpening opening;

    @Inject
    private SecurityEvents events;

    @Inject
    private Clock clock;

    @Inject
    private AccountNotices notices;

    @Resource
    private SessionContext context;

    public String openPartnerAccount(NewAccount form, ClientInfo client) {
        NewAccountValidator.check(form);
        Partner partner = partnerInScope(form.partnerId());
        return opening.open(partner.getId(), partner.getFamily(), form, null, caller().getLogin(), client)
                .getLogin();
    }

    public void close(long accountId, ClientInfo client) {
        UserAccount account = accountInScope(accountId);
        if (account.getStatus() == AccountStatus.CLOSED) {
            throw RuleViolation.of("account.alreadyClosed");
        }
        account.close(LocalDate.now(clock));
        events.record(SecurityEventType.ACCOUNT_CLOSED, account, client, "by " + caller().getLogin());
    }

    public void reopen(long accountId, ClientInfo client) {
        UserAccount account = accountInScope(accountId);
        if (account.getStatus() == AccountStatus.OPEN) {
            throw RuleViolation.of("account.notClosed");
        }
        boolean suspended = account.getStatus() == AccountStatus.SUSPENDED;
        account.reopen(clock.instant());
        events.record(SecurityEventType.ACCOUNT_REOPENED, account, client, "by " + caller().getLogin());
        if (suspended) {
            notices.restored(account, caller().getLogin());
        }
    }

    public void suspend(long accountId, ClientInfo client) {
        suspend(accountId, RuleViolation.message("account.suspension.defaultReason"), client);
    }

    /** Suspends an account for a security reason; its holder is told by mail why. */
    public void suspend(long accountId, String reason, ClientInfo client) {
        UserAccount account = accountInScope(accountId);
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.of("account.suspension.reason.required");
        }
        if (account.getStatus() == AccountStatus.SUSPENDED) {
            throw RuleViolation.of("account.alreadySuspended");
        }
        if (account.getStatus() == AccountStatus.CLOSED) {
            throw RuleViolation.of("account.suspension.closed");
        }
        account.suspend();
        events.record(
                SecurityEventType.ACCOUNT_SUSPENDED,
                account,
                client,
                "by " + caller().getLogin() + ": " + reason.trim());
        notices.suspended(account, reason.trim());
    }

    public void sendNewTemporaryPassword(long accountId, ClientInfo client) {
        UserAccount account = accountInScope(accountId);
        if (account.getStatus() != AccountStatus.OPEN) {
            throw RuleViolation.of("account.notActive");
        }
        if (account.isLocked(clock.instant())) {
            events.record(SecurityEventType.ACCOUNT_UNLOCKED, account, client, "by " + caller().getLogin());
        }
        temporaryPasswords.issue(account, false, client, "sent by " + caller().getLogin());
    }

    /** Accounts of the Caf's agents and of its partners' users, by last name. */
    public List<AccountRow> accountsInScope() {
        Long cafId = caller().getCafId();
        return em
                .createQuery(
                        "SELECT a, p.name FROM UserAccount a LEFT JOIN Partner p ON p.id = a.partnerId"
                                + " WHERE a.cafId = :caf OR p.cafId = :caf ORDER BY a.lastName, a.firstName",
                        Object[].class)
                .setParameter("caf", cafId)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(row -> toRow((UserAccount) row[0], (String) row[1]))
                .toList();
    }

    /** Partners of the administrator's Caf, for the account form. */
    public List<Partner> partnersInScope() {
        return em.createQuery("SELECT p FROM Partner p WHERE p.cafId = :caf ORDER BY p.name", Partner.class)
                .setParameter("caf", caller().getCafId())
                .getResultList();
    }

    private AccountRow toRow(UserAccount account, String partnerName) {
        return new AccountRow(
                account.getId(),
                account.getLogin(),
                account.getLastName(),
                account.getFirstName(),
                account.getEmail(),
                partnerName == null ? "Caf" : partnerName,
                account.getStatus().name(),
                account.getOpensOn(),
                account.getClosesOn(),
                account.isLocked(clock.instant()));
    }

    private Partner partnerInScope(Long partnerId) {
        Partner partner = partnerId == null ? null : em.find(Partner.class, partnerId);
        if (partner == null || !Objects.equals(partner.getCafId(), caller().getCafId())) {
            throw RuleViolation.of("account.partner.notFound");
        }
        return partner;
    }

    private UserAccount accountInScope(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId, LockModeType.OPTIMISTIC);
        Long cafId = caller().getCafId();
        boolean inScope = account != null
                && (Objects.equals(account.getCafId(), cafId)
                        || (account.getPartnerId() != null
                                && Objects.equals(
                                        em.find(Partner.class, account.getPartnerId())
                                                .getCafId(),
                                        cafId)));
        if (!inScope) {
            throw RuleViolation.of("account.notFound");
        }
        return account;
    }

    private UserAccount caller() {
        return accounts.byLogin(context.getCallerPrincipal().getName()).orElseThrow();
    }
}
