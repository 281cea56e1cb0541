package fr.mcp.controlplan.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.controlplan.application.internal.DetectionRules;
import fr.mcp.controlplan.domain.DetectionRule;
import fr.mcp.controlplan.domain.FindingCase;
import fr.mcp.controlplan.domain.FindingComment;
import fr.mcp.controlplan.domain.FindingStatus;
import fr.mcp.declaration.application.ConcurrentEntry;
import fr.mcp.habilitation.application.AccountAdministration;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.habilitation.application.PartnerAccess;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Page;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The security officers' queue of findings (Caf administrators): search, read with evidence, assign, comment, close as
 * legitimate, or act by suspending the user or the partner's access (both tell the people concerned by mail). Every
 * call checks that the finding belongs to the caller's Caf; every change is in the administrative journal, hence in
 * the audit chain; a change made on a finding read in an older version is refused (optimistic locking).
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class FindingsDesk {

    private static final Set<String> SEVERITIES = Set.of("LOW", "MEDIUM", "HIGH");
    private static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private DetectionRules rules;

    @EJB
    private AccountAdministration accounts;

    @EJB
    private PartnerAccess partners;

    public Page<FindingRow> search(FindingFilter filter, int first, int size) {
        long cafId = actors.caller().getCafId();
        StringBuilder where = new StringBuilder(" WHERE f.cafId = :caf");
        Map<String, Object> parameters = new HashMap<>(Map.of("caf", cafId));
        if (present(filter.status())) {
            where.append(" AND f.status = :status");
            parameters.put("status", status(filter.status()));
        }
        if (present(filter.severity())) {
            if (!SEVERITIES.contains(filter.severity())) {
                throw RuleViolation.of("finding.filter.invalid", filter.severity());
            }
            where.append(" AND f.severity = :severity");
            parameters.put("severity", filter.severity());
        }
        if (present(filter.rule())) {
            where.append(" AND f.ruleCode = :rule");
            parameters.put("rule", filter.rule().trim());
        }
        if (present(filter.assignee())) {
            where.append(" AND f.assignee = :assignee");
            parameters.put("assignee", filter.assignee().trim());
        }
        if (present(filter.text())) {
            where.append(" AND (LOWER(f.subject) LIKE :text OR LOWER(f.summary) LIKE :text)");
            parameters.put(
                    "text",
                    "%" + filter.text().trim().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(f) FROM FindingCase f" + where, Long.class);
        TypedQuery<FindingCase> rows = em.createQuery(
                "SELECT f FROM FindingCase f" + where
                        + " ORDER BY f.status DESC, CASE f.severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END,"
                        + " f.raisedAt DESC, f.id DESC",
                FindingCase.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        int from = Math.max(0, first);
        int max = Math.min(Math.max(1, size), MAX_PAGE);
        return new Page<>(
                rows.setFirstResult(from).setMaxResults(max).getResultList().stream()
                        .map(FindingRow::of)
                        .toList(),
                count.getSingleResult(),
                from,
                max);
    }

    public FindingDetail detail(long id) {
        FindingCase f = mine(id);
        List<FindingDetail.Note> notes = em
                .createQuery(
                        "SELECT c FROM FindingComment c WHERE c.findingId = :id ORDER BY c.writtenAt, c.id",
                        FindingComment.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .map(c -> new FindingDetail.Note(c.getAuthor(), c.getWrittenAt(), c.getBody()))
                .toList();
        UserAccount account = f.getAccountId() == null ? null : em.find(UserAccount.class, f.getAccountId());
        Partner partner = f.getPartnerId() == null ? null : em.find(Partner.class, f.getPartnerId());
        String ruleLabel = rules.inForce(f.getRuleCode(), LocalDate.now(clock))
                .map(DetectionRule::getLabel)
                .orElse(f.getRuleCode());
        return new FindingDetail(
                FindingRow.of(f),
                ruleLabel,
                f.evidenceLines(),
                notes,
                f.getClosedBy(),
                f.getClosedAt(),
                f.getOutcome(),
                account == null ? null : account.getId(),
                account == null ? null : account.getLogin(),
                account == null ? null : account.getStatus().name(),
                partner == null ? null : partner.getId(),
                partner == null ? null : partner.getName(),
                partner == null ? null : partner.isAccessActive());
    }

    /** Assigns the finding to a Caf administrator of the caller's Caf (the caller when none is named). */
    public void assign(long id, long version, String assignee, ClientInfo client) {
        FindingCase f = open(id, version);
        UserAccount caller = actors.caller();
        String login = assignee == null || assignee.isBlank() ? caller.getLogin() : assignee.trim();
        boolean officer = em.createQuery(
                                "SELECT COUNT(a) FROM UserAccount a JOIN a.roles r WHERE a.login = :login AND a.cafId = :caf AND r = :admin",
                                Long.class)
                        .setParameter("login", login)
                        .setParameter("caf", caller.getCafId())
                        .setParameter("admin", Roles.CAF_ADMIN)
                        .getSingleResult()
                > 0;
        if (!officer) {
            throw RuleViolation.of("finding.assignee.unknown", login);
        }
        String before = f.getAssignee();
        f.assignTo(login);
        journal(f, client, "FINDING_ASSIGNED", before, login);
    }

    public void comment(long id, String text, ClientInfo client) {
        FindingCase f = mine(id);
        Problems problems = new Problems();
        problems.required(text, "finding.comment.required");
        problems.maxLength(text, 2000, "finding.comment.tooLong");
        problems.throwIfAny();
        em.persist(new FindingComment(f.getId(), actors.caller().getLogin(), clock.instant(), text.trim()));
        journal(f, client, "FINDING_COMMENTED", null, text.trim());
    }

    public void closeAsLegitimate(long id, long version, String reason, ClientInfo client) {
        FindingCase f = open(id, version);
        close(f, FindingStatus.LEGITIMATE, reason(reason), client);
    }

    /** Suspends the user the finding is about (mailed with the reason), then closes the finding as acted upon. */
    public void suspendUser(long id, long version, String reason, ClientInfo client) {
        FindingCase f = open(id, version);
        if (f.getAccountId() == null) {
            throw RuleViolation.of("finding.noAccount");
        }
        String why = reason(reason);
        accounts.suspend(f.getAccountId(), why, client);
        close(f, FindingStatus.ACTED, "Utilisateur " + f.getSubject() + " suspendu : " + why, client);
    }

    /** Suspends the access of the partner the finding is about (its administrators are mailed), then closes the finding. */
    public void suspendPartner(long id, long version, String reason, ClientInfo client) {
        FindingCase f = open(id, version);
        if (f.getPartnerId() == null) {
            throw RuleViolation.of("finding.noPartner");
        }
        String why = reason(reason);
        partners.suspend(f.getPartnerId(), why, client);
        close(f, FindingStatus.ACTED, "Accès du partenaire suspendu : " + why, client);
    }

    private void close(FindingCase f, FindingStatus how, String outcome, ClientInfo client) {
        f.close(how, actors.caller().getLogin(), clock.instant(), outcome);
        journal(
                f,
                client,
                how == FindingStatus.ACTED ? "FINDING_ACTED" : "FINDING_CLOSED",
                FindingStatus.OPEN.label(),
                how.label() + " : " + outcome);
    }

    private void journal(FindingCase f, ClientInfo client, String action, String before, String after) {
        audit.record(
                actors.caller().getLogin(),
                client,
                f.getCafId(),
                f.getPartnerId(),
                action,
                "constat " + f.getId() + " " + f.getRuleCode() + " " + f.getSubject(),
                before,
                after);
    }

    private static String reason(String reason) {
        Problems problems = new Problems();
        problems.required(reason, "finding.reason.required");
        problems.maxLength(reason, 900, "finding.reason.tooLong");
        problems.throwIfAny();
        return reason.trim();
    }

    private FindingCase open(long id, long version) {
        FindingCase f = mine(id);
        if (f.getStatus().closed()) {
            throw RuleViolation.of("finding.closed", f.getStatus().label(), f.getClosedBy());
        }
        if (f.getVersion() != version) {
            throw new ConcurrentEntry(RuleViolation.message("concurrent.modification"), f.getVersion(), Map.of());
        }
        return f;
    }

    private FindingCase mine(long id) {
        FindingCase f = em.find(FindingCase.class, id);
        if (f == null || !f.getCafId().equals(actors.caller().getCafId())) {
            throw OutOfScope.of("finding.notFound");
        }
        return f;
    }

    private static FindingStatus status(String value) {
        try {
            return FindingStatus.valueOf(value.trim());
        } catch (IllegalArgumentException unknown) {
            throw RuleViolation.of("finding.filter.invalid", value);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
