package fr.mcp.habilitation.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.habilitation.application.internal.AssignmentSearch;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.AssignmentLimits;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.RoleAssignment;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.ServiceSubscription;
import fr.mcp.habilitation.domain.Site;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * AFAS role assignments, by the members of the partner's AFAS-Habiliter group (or by its Caf administrator when the
 * partner is in difficulty): FDA, FDF, FDI, approver and consultant given to members of AFAS-Déclarer on facilities
 * and sites, within the limits of DOMAIN.md §5, all or nothing. An approver waits for the Caf's validation.
 */
@Stateless
@RolesAllowed({Roles.AFAS_HABILITER, Roles.CAF_ADMIN})
public class Habilitations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private Subscriptions subscriptions;

    @Inject
    private PartnerNotices notices;

    @Inject
    private AssignmentSearch search;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Creates one assignment per chosen site (or one on the whole facility); returns their ids. */
    public List<Long> assign(Long partnerId, AssignmentRequest request, ClientInfo client) {
        Actor actor = habiliter(partnerId);
        Problems problems = new Problems();
        problems.check(request.accountId() != null, "assignment.account.required");
        problems.check(request.role() != null, "assignment.role.required");
        problems.check(request.facilityId() != null, "assignment.facility.required");
        problems.check(request.startsOn() != null, "assignment.startsOn.required");
        problems.throwIfAny();
        Facility facility = em.find(Facility.class, request.facilityId());
        if (facility == null || facility.getPartnerId() != actor.partnerId()) {
            throw OutOfScope.of("facility.notFound");
        }
        em.lock(facility, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        UserAccount account = declarer(actor, request.accountId());
        ServiceSubscription subscription = subscriptions
                .valid(actor.partnerId(), Service.AFAS, LocalDate.now(clock))
                .orElseThrow(() -> RuleViolation.of("group.service.notSubscribed", Service.AFAS.name()));
        if (!subscription.getAvailableRoles().contains(request.role())) {
            throw RuleViolation.of(
                    "assignment.role.notSubscribed", request.role().label());
        }
        List<Long> siteIds = sitesOf(facility, request);
        List<RoleAssignment> existing = em.createQuery(
                        "SELECT r FROM RoleAssignment r WHERE r.facilityId = :facility", RoleAssignment.class)
                .setParameter("facility", facility.getId())
                .getResultList();
        List<RoleAssignment> all = new ArrayList<>(existing);
        List<RoleAssignment> created = new ArrayList<>();
        Set<String> breaches = new LinkedHashSet<>();
        for (Long siteId : siteIds) {
            AssignmentLimits.check(
                            new AssignmentLimits.NewAssignment(
                                    account.getId(),
                                    request.role(),
                                    facility.getId(),
                                    siteId,
                                    request.startsOn(),
                                    request.endsOn()),
                            all)
                    .forEach(breach -> breaches.add(RuleViolation.message(
                            "assignment.limit." + breach.name(), request.role().label())));
            RoleAssignment assignment = new RoleAssignment(
                    account.getId(), request.role(), facility.getId(), siteId, request.startsOn(), request.endsOn());
            assignment.setAssignedBy(actor.login());
            all.add(assignment);
            created.add(assignment);
        }
        if (!breaches.isEmpty()) {
            throw new RuleViolation(List.copyOf(breaches));
        }
        created.forEach(em::persist);
        em.flush();
        String target = targetLabel(facility, siteIds);
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "ROLE_ASSIGNED",
                "habilitation " + account.getLogin(),
                null,
                request.role() + " sur " + target + " du " + request.startsOn()
                        + (request.endsOn() == null ? "" : " au " + request.endsOn())
                        + (request.role() == AfasRole.APPROVER ? ", en attente de validation par la Caf" : ""));
        notices.toAccount(
                account,
                actor.partner(),
                "role-assigned",
                Map.of(
                        "role",
                        request.role().label(),
                        "target",
                        target,
                        "startsOn",
                        DAY.format(request.startsOn()),
                        "validationNote",
                        request.role() == AfasRole.APPROVER
                                ? "Ce rôle sera effectif lorsque votre Caf aura validé la désignation (en attente de validation par votre Caf)."
                                : ""));
        return created.stream().map(RoleAssignment::getId).toList();
    }

    /** Ends an assignment on a day (inclusive): it moves to the history. */
    public void end(Long partnerId, long assignmentId, LocalDate on, ClientInfo client) {
        Actor actor = habiliter(partnerId);
        RoleAssignment assignment = em.find(RoleAssignment.class, assignmentId);
        Facility facility = assignment == null ? null : em.find(Facility.class, assignment.getFacilityId());
        if (facility == null || facility.getPartnerId() != actor.partnerId()) {
            throw OutOfScope.of("assignment.notFound");
        }
        if (on == null) {
            throw RuleViolation.of("assignment.endsOn.required");
        }
        if (assignment.getEndsOn() != null && assignment.getEndsOn().isBefore(LocalDate.now(clock))) {
            throw RuleViolation.of("assignment.alreadyEnded");
        }
        em.lock(assignment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String before = assignment.toString();
        assignment.endOn(on);
        audit.record(
                actor.login(),
                client,
                actor.partner().getCafId(),
                actor.partnerId(),
                "ROLE_ENDED",
                "habilitation " + assignmentId,
                before,
                assignment.toString());
    }

    public Page<AssignmentRow> search(Long partnerId, AssignmentFilter filter, int first, int size) {
        return search.search(habiliter(partnerId), filter, first, size);
    }

    /** Members of the partner's AFAS-Déclarer groups: the only users who may receive an AFAS role. */
    public List<UserAccount> declarers(Long partnerId) {
        Actor actor = habiliter(partnerId);
        return em.createQuery(
                        "SELECT DISTINCT a FROM UserAccount a, UserGroup g JOIN g.memberIds m WHERE m = a.id AND g.partnerId = :partner"
                                + " AND g.applicationRole = :role AND a.status = :open ORDER BY a.lastName, a.firstName",
                        UserAccount.class)
                .setParameter("partner", actor.partnerId())
                .setParameter("role", Roles.AFAS_DECLARER)
                .setParameter("open", AccountStatus.OPEN)
                .getResultList();
    }

    public List<Facility> facilities(Long partnerId) {
        Actor actor = habiliter(partnerId);
        List<Facility> facilities = em.createQuery(
                        "SELECT f FROM Facility f WHERE f.partnerId = :partner ORDER BY f.name", Facility.class)
                .setParameter("partner", actor.partnerId())
                .getResultList();
        facilities.forEach(Facility::getSites);
        return facilities;
    }

    private Actor habiliter(Long partnerId) {
        Actor actor = actors.on(partnerId);
        if (!actor.habiliter()) {
            throw Forbidden.of("assignment.habiliterOnly");
        }
        return actor;
    }

    private UserAccount declarer(Actor actor, long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || account.getPartnerId() == null || account.getPartnerId() != actor.partnerId()) {
            throw OutOfScope.of("account.notFound");
        }
        boolean member = em.createQuery(
                                "SELECT COUNT(g) FROM UserGroup g JOIN g.memberIds m WHERE g.partnerId = :partner"
                                        + " AND g.applicationRole = :role AND m = :account",
                                Long.class)
                        .setParameter("partner", actor.partnerId())
                        .setParameter("role", Roles.AFAS_DECLARER)
                        .setParameter("account", accountId)
                        .getSingleResult()
                > 0;
        if (!member) {
            throw RuleViolation.of("assignment.notDeclarer", account.getFirstName() + " " + account.getLastName());
        }
        if (account.getStatus() != AccountStatus.OPEN) {
            throw RuleViolation.of("group.member.notOpen", account.getLogin());
        }
        return account;
    }

    /** The sites to assign: none (whole facility) or sites of this multi-site facility, for a role held per site. */
    private static List<Long> sitesOf(Facility facility, AssignmentRequest request) {
        List<Long> requested = request.siteIds() == null
                ? List.of()
                : request.siteIds().stream().filter(Objects::nonNull).distinct().toList();
        if (requested.isEmpty()) {
            List<Long> wholeFacility = new ArrayList<>();
            wholeFacility.add(null);
            return wholeFacility;
        }
        Set<Long> ofFacility =
                new HashSet<>(facility.getSites().stream().map(Site::getId).toList());
        if (!ofFacility.containsAll(requested)) {
            throw OutOfScope.of("site.notFound");
        }
        if (!request.role().perSite()) {
            throw RuleViolation.of(
                    "assignment.role.wholeFacility", request.role().label());
        }
        if (!facility.isMultiSite()) {
            throw RuleViolation.of("assignment.singleSite");
        }
        return requested;
    }

    private static String targetLabel(Facility facility, List<Long> siteIds) {
        if (siteIds.size() == 1 && siteIds.get(0) == null) {
            return facility.getName();
        }
        List<String> names = facility.getSites().stream()
                .filter(site -> siteIds.contains(site.getId()))
                .map(Site::getName)
                .toList();
        return facility.getName() + " (" + String.join(", ", names) + ")";
    }
}
