package fr.mcp.habilitation.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.habilitation.domain.UserGroup;
import fr.mcp.identity.application.AccountNotices;
import fr.mcp.identity.application.AccountOpening;
import fr.mcp.identity.application.NewAccount;
import fr.mcp.identity.application.NewAccountValidator;
import fr.mcp.identity.application.SecurityEvents;
import fr.mcp.identity.application.TemporaryPasswords;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Mobility;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Page;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.domain.Forbidden;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Mes utilisateurs": a partner administrator manages every user of the partner (but not the administrators, who
 * belong to the Caf); a group manager only the members of the groups they manage. Every id sent is checked against
 * the caller's partner and groups, read from the database at the time of the call.
 */
@Stateless
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.GROUP_MANAGER, Roles.CAF_ADMIN})
public class PartnerUsers {

    private static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private AccountOpening opening;

    @Inject
    private TemporaryPasswords temporaryPasswords;

    @Inject
    private SecurityEvents events;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private AccountNotices notices;

    /** One page of the users the caller may manage, filtered, by last name. */
    public Page<UserRow> search(Long partnerId, UserFilter filter, int first, int size) {
        Actor actor = actors.on(partnerId);
        if (!actor.administersPartner() && actor.managedGroupIds().isEmpty()) {
            throw Forbidden.of("rights.missing");
        }
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int from = Math.max(0, first);
        String where = whereClause(actor, filter);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE " + where, Long.class);
        TypedQuery<UserAccount> page = em.createQuery(
                "SELECT a FROM UserAccount a WHERE " + where + " ORDER BY a.lastName, a.firstName, a.id",
                UserAccount.class);
        bind(count, actor, filter);
        bind(page, actor, filter);
        List<UserAccount> accounts =
                page.setFirstResult(from).setMaxResults(pageSize).getResultList();
        Map<Long, List<String>> groups = groupNames(accounts);
        List<UserRow> rows = accounts.stream()
                .map(a -> row(a, groups.getOrDefault(a.getId(), List.of())))
                .toList();
        return new Page<>(rows, count.getSingleResult(), from, pageSize);
    }

    private static String whereClause(Actor actor, UserFilter filter) {
        StringBuilder where = new StringBuilder("a.partnerId = :partner");
        if (Problems.trimmed(filter.login()) != null) {
            where.append(" AND a.login LIKE :login");
        }
        if (Problems.trimmed(filter.lastName()) != null) {
            where.append(" AND LOWER(a.lastName) LIKE :lastName");
        }
        if (Problems.trimmed(filter.firstName()) != null) {
            where.append(" AND LOWER(a.firstName) LIKE :firstName");
        }
        if (filter.groupId() != null) {
            where.append(" AND EXISTS (SELECT g FROM UserGroup g JOIN g.memberIds m WHERE g.id = :group AND m = a.id)");
        }
        if (!actor.administersPartner()) {
            where.append(
                    " AND EXISTS (SELECT g2 FROM UserGroup g2 JOIN g2.memberIds m2 WHERE g2.id IN :managed AND m2 = a.id)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Actor actor, UserFilter filter) {
        query.setParameter("partner", actor.partnerId());
        if (Problems.trimmed(filter.login()) != null) {
            query.setParameter("login", "%" + filter.login().trim().toUpperCase() + "%");
        }
        if (Problems.trimmed(filter.lastName()) != null) {
            query.setParameter("lastName", "%" + filter.lastName().trim().toLowerCase() + "%");
        }
        if (Problems.trimmed(filter.firstName()) != null) {
            query.setParameter("firstName", "%" + filter.firstName().trim().toLowerCase() + "%");
        }
        if (filter.groupId() != null) {
            query.setParameter("group", filter.groupId());
        }
        if (!actor.administersPartner()) {
            query.setParameter("managed", actor.managedGroupIds());
        }
    }

    private Map<Long, List<String>> groupNames(List<UserAccount> accounts) {
        Map<Long, List<String>> names = new HashMap<>();
        if (accounts.isEmpty()) {
            return names;
        }
        em.createQuery(
                        "SELECT m, g.name FROM UserGroup g JOIN g.memberIds m WHERE m IN :ids ORDER BY g.name",
                        Object[].class)
                .setParameter("ids", accounts.stream().map(UserAccount::getId).toList())
                .getResultList()
                .forEach(row -> names.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add((String) row[1]));
        return names;
    }

    public UserRow user(Long partnerId, long accountId) {
        Actor actor = actors.on(partnerId);
        UserAccount account = target(actor, accountId, false);
        return row(account, groupNames(List.of(account)).getOrDefault(account.getId(), List.of()));
    }

    /**
     * Opens an account (login id and temporary password by two mails) and puts it in the group; a group manager must
     * name one of their groups, an administrator may leave the user without group (no rights).
     */
    public String create(Long partnerId, NewAccount form, Long groupId, ClientInfo client) {
        Actor actor = actors.on(partnerId);
        UserGroup group = null;
        if (groupId != null) {
            group = em.find(UserGroup.class, groupId);
            if (group == null || group.getPartnerId() != actor.partnerId() || !actor.manages(groupId)) {
                throw OutOfScope.of("group.notFound");
            }
        } else if (!actor.administersPartner()) {
            throw RuleViolation.of("user.group.required");
        }
        UserAccount account =
                opening.open(actor.partner().getId(), actor.partner().getFamily(), form, null, actor.login(), client);
        if (group != null) {
            group.addMember(account.getId());
        }
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "USER_CREATED",
                "compte " + account.getLogin(),
                null,
                account + (group == null ? "" : ", groupe " + group.getName()));
        return account.getLogin();
    }

    public void update(Long partnerId, long accountId, AccountEdit form, ClientInfo client) {
        Actor actor = actors.on(partnerId);
        UserAccount account = target(actor, accountId, true);
        if (account.getVersion() != form.version()) {
            throw RuleViolation.of("concurrent.modification");
        }
        NewAccountValidator.check(new NewAccount(
                actor.partnerId(),
                form.lastName(),
                form.firstName(),
                form.email(),
                form.emailConfirmation(),
                form.phone(),
                form.mobility(),
                form.opensOn(),
                form.closesOn()));
        String before = account.toString();
        account.updateIdentity(
                form.lastName().trim(),
                form.firstName().trim(),
                form.email().trim(),
                Problems.trimmed(form.phone()),
                form.mobility() == null ? Mobility.SEDENTARY : form.mobility(),
                form.opensOn(),
                form.closesOn());
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "USER_UPDATED",
                "compte " + account.getLogin(),
                before,
                account.toString());
    }

    public void close(Long partnerId, long accountId, ClientInfo client) {
        Actor actor = actors.on(partnerId);
        UserAccount account = target(actor, accountId, true);
        if (account.getStatus() == AccountStatus.CLOSED) {
            throw RuleViolation.of("account.alreadyClosed");
        }
        if (account.getId().equals(actor.account().getId())) {
            throw RuleViolation.of("user.closeSelf");
        }
        String before = account.getStatus().name();
        account.close(LocalDate.now(clock));
        events.record(SecurityEventType.ACCOUNT_CLOSED, account, client, "by " + actor.login());
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "USER_CLOSED",
                "compte " + account.getLogin(),
                before,
                "CLOSED");
    }

    public void reopen(Long partnerId, long accountId, ClientInfo client) {
        Actor actor = actors.on(partnerId);
        UserAccount account = target(actor, accountId, true);
        boolean suspended = account.getStatus() == AccountStatus.SUSPENDED;
        if (account.getStatus() == AccountStatus.OPEN) {
            throw RuleViolation.of("user.notClosed");
        }
        if (suspended && !actor.cafAdmin()) {
            throw Forbidden.of("user.suspendedByCaf");
        }
        String before = account.getStatus().name();
        account.reopen(clock.instant());
        events.record(SecurityEventType.ACCOUNT_REOPENED, account, client, "by " + actor.login());
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "USER_REOPENED",
                "compte " + account.getLogin(),
                before,
                "OPEN");
        if (suspended) {
            notices.restored(account, actor.login());
        }
    }

    public void sendTemporaryPassword(Long partnerId, long accountId, ClientInfo client) {
        Actor actor = actors.on(partnerId);
        UserAccount account = target(actor, accountId, true);
        if (account.getStatus() != AccountStatus.OPEN) {
            throw RuleViolation.of("account.notActive");
        }
        temporaryPasswords.issue(account, false, client, "sent by " + actor.login());
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "USER_TEMPORARY_PASSWORD",
                "compte " + account.getLogin(),
                null,
                "mot de passe temporaire envoyé à " + account.getEmail());
    }

    /**
     * An account the actor may act on: of the actor's partner; for a group manager, a member of one of their groups;
     * to change it, not a partner administrator (those are managed by the Caf) unless the actor is the Caf.
     */
    private UserAccount target(Actor actor, long accountId, boolean toChange) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || account.getPartnerId() == null || account.getPartnerId() != actor.partnerId()) {
            throw OutOfScope.of("account.notFound");
        }
        if (!actor.administersPartner() && !isMemberOfManagedGroup(actor, accountId)) {
            throw OutOfScope.of("account.notFound");
        }
        if (toChange && !actor.cafAdmin() && account.getRoles().contains(Roles.PARTNER_ADMIN)) {
            throw Forbidden.of("user.adminManagedByCaf");
        }
        return account;
    }

    private boolean isMemberOfManagedGroup(Actor actor, long accountId) {
        return !actor.managedGroupIds().isEmpty()
                && em.createQuery(
                                        "SELECT COUNT(g) FROM UserGroup g JOIN g.memberIds m WHERE g.id IN :managed AND m = :account",
                                        Long.class)
                                .setParameter("managed", actor.managedGroupIds())
                                .setParameter("account", accountId)
                                .getSingleResult()
                        > 0;
    }

    private static UserRow row(UserAccount a, List<String> groups) {
        return new UserRow(
                a.getId(),
                a.getLogin(),
                a.getLastName(),
                a.getFirstName(),
                a.getEmail(),
                a.getPhone(),
                a.getMobility().name(),
                a.getStatus().name(),
                a.getOpensOn(),
                a.getClosesOn(),
                a.getRoles().contains(Roles.PARTNER_ADMIN),
                groups,
                a.getVersion(),
                a.signInAllowedFrom());
    }
}
