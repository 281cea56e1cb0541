package fr.mcp.habilitation.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.habilitation.domain.RoleAssignment;
import fr.mcp.habilitation.domain.UserGroup;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.domain.Forbidden;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * "Mes groupes": rights come from groups only. The partner administrator creates a group for a subscribed service
 * with its application role and names at most one manager; the administrator or that manager add and remove members.
 * Leaving an AFAS-Déclarer group ends the member's AFAS role assignments.
 */
@Stateless
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.GROUP_MANAGER, Roles.CAF_ADMIN})
public class PartnerGroups {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private Subscriptions subscriptions;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The partner's groups (administrator) or the groups the caller manages (group manager). */
    public List<GroupRow> groups(Long partnerId) {
        Actor actor = actors.on(partnerId);
        if (!actor.administersPartner() && actor.managedGroupIds().isEmpty()) {
            throw Forbidden.of("rights.missing");
        }
        return em
                .createQuery("SELECT g FROM UserGroup g WHERE g.partnerId = :partner ORDER BY g.name", UserGroup.class)
                .setParameter("partner", actor.partnerId())
                .getResultList()
                .stream()
                .filter(g -> actor.manages(g.getId()))
                .map(this::row)
                .toList();
    }

    public long create(Long partnerId, NewGroup form, ClientInfo client) {
        Actor actor = actors.on(partnerId);
        requireAdministrator(actor);
        Problems problems = new Problems();
        problems.required(form.name(), "group.name.required");
        problems.maxLength(form.name(), 120, "group.name.tooLong");
        problems.check(form.applicationRole() != null, "group.role.required");
        problems.throwIfAny();
        if (!subscriptions.isValid(actor.partnerId(), form.applicationRole().service(), LocalDate.now(clock))) {
            throw RuleViolation.of(
                    "group.service.notSubscribed",
                    form.applicationRole().service().name());
        }
        boolean taken = em.createQuery(
                                "SELECT COUNT(g) FROM UserGroup g WHERE g.partnerId = :partner AND LOWER(g.name) = :name",
                                Long.class)
                        .setParameter("partner", actor.partnerId())
                        .setParameter("name", form.name().trim().toLowerCase())
                        .getSingleResult()
                > 0;
        if (taken) {
            throw RuleViolation.of("group.name.taken");
        }
        UserGroup group = new UserGroup(
                actor.partnerId(),
                form.name().trim(),
                form.applicationRole().service(),
                form.applicationRole().name());
        if (form.managerId() != null) {
            group.nameManager(openAccountOfPartner(actor, form.managerId()).getId());
        }
        em.persist(group);
        em.flush();
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "GROUP_CREATED",
                "groupe " + group.getName(),
                null,
                form.applicationRole()
                        + (form.managerId() == null ? "" : ", responsable " + loginOf(form.managerId())));
        return group.getId();
    }

    /** Names the group's manager; a group has at most one, so the current one must be removed first. */
    public void nameManager(Long partnerId, long groupId, long accountId, ClientInfo client) {
        Actor actor = actors.on(partnerId);
        requireAdministrator(actor);
        UserGroup group = groupOf(actor, groupId);
        if (group.getManagerId() != null) {
            throw RuleViolation.of(group.getManagerId() == accountId ? "group.manager.already" : "group.manager.one");
        }
        group.nameManager(openAccountOfPartner(actor, accountId).getId());
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "GROUP_MANAGER_NAMED",
                "groupe " + group.getName(),
                null,
                "responsable " + loginOf(accountId));
    }

    public void removeManager(Long partnerId, long groupId, ClientInfo client) {
        Actor actor = actors.on(partnerId);
        requireAdministrator(actor);
        UserGroup group = groupOf(actor, groupId);
        if (group.getManagerId() == null) {
            throw RuleViolation.of("group.manager.none");
        }
        String before = "responsable " + loginOf(group.getManagerId());
        group.removeManager();
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "GROUP_MANAGER_REMOVED",
                "groupe " + group.getName(),
                before,
                null);
    }

    public void addMember(Long partnerId, long groupId, long accountId, ClientInfo client) {
        Actor actor = actors.on(partnerId);
        UserGroup group = groupOf(actor, groupId);
        UserAccount account = openAccountOfPartner(actor, accountId);
        if (group.hasMember(accountId)) {
            throw RuleViolation.of("group.member.already", account.getLogin());
        }
        group.addMember(accountId);
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "GROUP_MEMBER_ADDED",
                "groupe " + group.getName(),
                null,
                "membre " + account.getLogin());
    }

    public void removeMember(Long partnerId, long groupId, long accountId, ClientInfo client) {
        Actor actor = actors.on(partnerId);
        UserGroup group = groupOf(actor, groupId);
        if (!group.removeMember(accountId)) {
            throw OutOfScope.of("group.member.notFound");
        }
        String login = loginOf(accountId);
        int ended = Roles.AFAS_DECLARER.equals(group.getApplicationRole()) && !stillDeclarer(actor, accountId, groupId)
                ? endAssignments(accountId)
                : 0;
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "GROUP_MEMBER_REMOVED",
                "groupe " + group.getName(),
                "membre " + login,
                ended == 0 ? null : ended + " habilitation(s) AFAS terminée(s)");
    }

    /** Members of a group the caller manages. */
    public List<UserAccount> members(Long partnerId, long groupId) {
        Actor actor = actors.on(partnerId);
        UserGroup group = em.find(UserGroup.class, groupId);
        if (group == null || group.getPartnerId() != actor.partnerId() || !actor.manages(groupId)) {
            throw OutOfScope.of("group.notFound");
        }
        if (group.getMemberIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.id IN :ids ORDER BY a.lastName, a.firstName",
                        UserAccount.class)
                .setParameter("ids", group.getMemberIds())
                .getResultList();
    }

    private boolean stillDeclarer(Actor actor, long accountId, long leftGroupId) {
        return em.createQuery(
                                "SELECT COUNT(g) FROM UserGroup g JOIN g.memberIds m WHERE g.partnerId = :partner AND g.id <> :left"
                                        + " AND g.applicationRole = :role AND m = :account",
                                Long.class)
                        .setParameter("partner", actor.partnerId())
                        .setParameter("left", leftGroupId)
                        .setParameter("role", Roles.AFAS_DECLARER)
                        .setParameter("account", accountId)
                        .getSingleResult()
                > 0;
    }

    private int endAssignments(long accountId) {
        LocalDate today = LocalDate.now(clock);
        List<RoleAssignment> current = em.createQuery(
                        "SELECT r FROM RoleAssignment r WHERE r.accountId = :account"
                                + " AND (r.endsOn IS NULL OR r.endsOn >= :today)",
                        RoleAssignment.class)
                .setParameter("account", accountId)
                .setParameter("today", today)
                .getResultList();
        current.forEach(assignment -> assignment.endOn(today));
        return current.size();
    }

    /** A group the actor manages, locked so that concurrent changes to its manager or members are detected. */
    private UserGroup groupOf(Actor actor, long groupId) {
        UserGroup group = em.find(UserGroup.class, groupId);
        if (group != null) {
            em.lock(group, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        if (group == null || group.getPartnerId() != actor.partnerId() || !actor.manages(groupId)) {
            throw OutOfScope.of("group.notFound");
        }
        return group;
    }

    private UserAccount openAccountOfPartner(Actor actor, long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || account.getPartnerId() == null || account.getPartnerId() != actor.partnerId()) {
            throw OutOfScope.of("account.notFound");
        }
        if (account.getStatus() != AccountStatus.OPEN) {
            throw RuleViolation.of("group.member.notOpen", account.getLogin());
        }
        return account;
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.administersPartner()) {
            throw Forbidden.of("group.adminOnly");
        }
    }

    private String loginOf(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        return account == null ? String.valueOf(accountId) : account.getLogin();
    }

    private GroupRow row(UserGroup group) {
        UserAccount manager = group.getManagerId() == null ? null : em.find(UserAccount.class, group.getManagerId());
        return new GroupRow(
                group.getId(),
                group.getName(),
                group.getService().name(),
                group.getApplicationRole(),
                group.getManagerId(),
                manager == null
                        ? null
                        : manager.getFirstName() + " " + manager.getLastName() + " (" + manager.getLogin() + ")",
                group.getMemberIds().size());
    }
}
