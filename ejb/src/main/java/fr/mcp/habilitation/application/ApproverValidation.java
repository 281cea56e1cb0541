package fr.mcp.habilitation.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.RoleAssignment;
import fr.mcp.habilitation.domain.Site;
import fr.mcp.habilitation.domain.ValidationStatus;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Caf administrator's queue of approver assignments: an approver commits the partner's legal responsibility, so
 * the role is effective only once the partner's Caf validated it. Validation or refusal (with its reason) is mailed to
 * the approver and to the partner's administrators, and audited.
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class ApproverValidation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private PartnerNotices notices;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Pending approvers of the partners of the caller's Caf, oldest first. */
    public List<PendingApprover> pending() {
        return em.createQuery(
                        "SELECT NEW fr.mcp.habilitation.application.PendingApprover(r.id, p.id, p.name, f.name, s.name, a.login,"
                                + " a.lastName, a.firstName, r.startsOn, r.assignedBy)"
                                + " FROM RoleAssignment r JOIN Facility f ON f.id = r.facilityId JOIN Partner p ON p.id = f.partnerId"
                                + " JOIN UserAccount a ON a.id = r.accountId LEFT JOIN Site s ON s.id = r.siteId"
                                + " WHERE r.validationStatus = :pending AND p.cafId = :caf ORDER BY r.id",
                        PendingApprover.class)
                .setParameter("pending", ValidationStatus.PENDING)
                .setParameter("caf", actors.caller().getCafId())
                .setMaxResults(500)
                .getResultList();
    }

    public void validate(long assignmentId, ClientInfo client) {
        Decision decision = decide(assignmentId);
        decision.assignment().validateByCaf(actors.caller().getLogin(), clock.instant());
        audit.record(
                actors.caller().getLogin(),
                client,
                decision.partner().getCafId(),
                decision.partner().getId(),
                "APPROVER_VALIDATED",
                "approbateur " + decision.approver().getLogin() + " sur "
                        + decision.facility().getName(),
                "PENDING",
                "VALIDATED");
        notify(
                decision,
                "approver-validated",
                Map.of("startsOn", DAY.format(decision.assignment().getStartsOn())));
    }

    public void refuse(long assignmentId, String reason, ClientInfo client) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.of("approver.refusal.reason.required");
        }
        if (reason.trim().length() > MAX_REASON) {
            throw RuleViolation.of("approver.refusal.reason.tooLong", MAX_REASON);
        }
        Decision decision = decide(assignmentId);
        decision.assignment().refuseByCaf(actors.caller().getLogin(), clock.instant(), reason.trim());
        audit.record(
                actors.caller().getLogin(),
                client,
                decision.partner().getCafId(),
                decision.partner().getId(),
                "APPROVER_REFUSED",
                "approbateur " + decision.approver().getLogin() + " sur "
                        + decision.facility().getName(),
                "PENDING",
                "REFUSED : " + reason.trim());
        notify(decision, "approver-refused", Map.of("reason", reason.trim()));
    }

    private Decision decide(long assignmentId) {
        RoleAssignment assignment =
                em.find(RoleAssignment.class, assignmentId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Facility facility = assignment == null ? null : em.find(Facility.class, assignment.getFacilityId());
        Partner partner = facility == null ? null : em.find(Partner.class, facility.getPartnerId());
        if (partner == null || !partner.getCafId().equals(actors.caller().getCafId())) {
            throw OutOfScope.of("assignment.notFound");
        }
        if (assignment.getValidationStatus() != ValidationStatus.PENDING) {
            throw RuleViolation.of("approver.alreadyDecided");
        }
        return new Decision(assignment, facility, partner, em.find(UserAccount.class, assignment.getAccountId()));
    }

    private void notify(Decision decision, String template, Map<String, String> extra) {
        Map<String, String> parameters = new HashMap<>(extra);
        parameters.put(
                "approver",
                decision.approver().getFirstName() + " " + decision.approver().getLastName());
        parameters.put("facility", decision.facility().getName() + siteSuffix(decision.assignment()));
        notices.toAccount(decision.approver(), decision.partner(), template, parameters);
        notices.toAdministrators(decision.partner(), template, parameters);
    }

    private String siteSuffix(RoleAssignment assignment) {
        return assignment.getSiteId() == null
                ? ""
                : " - " + em.find(Site.class, assignment.getSiteId()).getName();
    }

    private record Decision(RoleAssignment assignment, Facility facility, Partner partner, UserAccount approver) {}
}
