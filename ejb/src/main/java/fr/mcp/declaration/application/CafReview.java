package fr.mcp.declaration.application;

import fr.mcp.declaration.application.internal.CafSelection;
import fr.mcp.declaration.application.internal.DeclarationAccess;
import fr.mcp.declaration.application.internal.DeclarationAccess.Access;
import fr.mcp.declaration.application.internal.DeclarationAnalysis;
import fr.mcp.declaration.domain.Author;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.habilitation.application.PartnerNotices;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.Site;
import fr.mcp.habilitation.domain.ValidationStatus;
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
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The Caf side of a declaration: opening one for a facility, sending it back "À revoir" (approver mailed), validating it. */
@Stateless
@RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
public class CafReview {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private DeclarationAccess access;

    @Inject
    private PartnerNotices notices;

    @Inject
    private Clock clock;

    @Inject
    private DeclarationAnalysis analysis;

    /** Opens a facility's declaration for a year and kind (one only), with a form per site and the financial form if asked. */
    public long open(
            Long facilityId, Integer year, DeclarationKind kind, LocalDate deadline, boolean financialRequested) {
        UserAccount me = actors.caller();
        Facility facility = facilityId == null ? null : em.find(Facility.class, facilityId);
        Partner partner = facility == null ? null : em.find(Partner.class, facility.getPartnerId());
        if (partner == null || me.getCafId() == null || !Objects.equals(partner.getCafId(), me.getCafId())) {
            throw OutOfScope.of("declaration.facility.notFound");
        }
        Problems problems = new Problems();
        problems.check(
                year != null && year >= FIRST_YEAR && year <= LAST_YEAR,
                "declaration.year.invalid",
                FIRST_YEAR,
                LAST_YEAR);
        problems.check(kind != null, "declaration.kind.required");
        problems.check(deadline == null || !deadline.isBefore(LocalDate.now(clock)), "declaration.deadline.past");
        problems.throwIfAny();
        long existing = em.createQuery(
                        "SELECT COUNT(d) FROM Declaration d WHERE d.facilityId = :facility AND d.year = :year AND d.kind = :kind",
                        Long.class)
                .setParameter("facility", facilityId)
                .setParameter("year", year)
                .setParameter("kind", kind)
                .getSingleResult();
        Problems duplicate = new Problems();
        duplicate.check(existing == 0, "declaration.exists", kind.label().toLowerCase(), year);
        duplicate.throwIfAny();
        Map<Long, String> sites = new LinkedHashMap<>();
        for (Site site : facility.getSites()) {
            sites.put(site.getId(), site.getName());
        }
        Declaration declaration = Declaration.open(
                facility.getId(),
                partner.getId(),
                partner.getCafId(),
                facility.getType().name(),
                year,
                kind,
                deadline,
                sites,
                financialRequested,
                DeclarationAccess.author(me),
                clock.instant());
        em.persist(declaration);
        em.flush();
        return declaration.getId();
    }

    /** Sends a transmitted declaration back "À revoir" with the reasons; the facility's approver is mailed through JMS. */
    public void returnForReview(Long declarationId, String reasons) {
        Access found = reviewerAccess(declarationId);
        Declaration declaration = found.declaration();
        declaration.returnForReview(reasons, found.viewer().author(), clock.instant());
        Facility facility = em.find(Facility.class, declaration.getFacilityId());
        Partner partner = em.find(Partner.class, declaration.getPartnerId());
        LocalDate today = LocalDate.now(clock);
        em.createQuery(
                        "SELECT u FROM UserAccount u, RoleAssignment a WHERE a.accountId = u.id AND a.facilityId = :facility"
                                + " AND a.role = :approver AND a.validationStatus = :validated AND a.startsOn <= :today"
                                + " AND (a.endsOn IS NULL OR a.endsOn >= :today)",
                        UserAccount.class)
                .setParameter("facility", facility.getId())
                .setParameter("approver", AfasRole.APPROVER)
                .setParameter("validated", ValidationStatus.VALIDATED)
                .setParameter("today", today)
                .getResultList()
                .forEach(approver -> notices.toAccount(
                        approver,
                        partner,
                        "declaration-to-review",
                        Map.of(
                                "kind",
                                declaration.getKind().label().toLowerCase(),
                                "year",
                                String.valueOf(declaration.getYear()),
                                "facility",
                                facility.getName(),
                                "reasons",
                                reasons.trim())));
    }

    /** Validates a transmitted declaration: it is locked with the estimate frozen at its transmission. */
    public void validate(Long declarationId, String comment) {
        Access found = reviewerAccess(declarationId);
        found.declaration().validate(comment, found.viewer().author(), clock.instant());
    }

    /** Puts declarations of the caller's Caf in the hands of one of its agents (null: nobody); every id is checked. */
    public int assignReviewer(List<Long> declarationIds, String reviewer) {
        UserAccount me = actors.caller();
        String login = reviewer == null || reviewer.isBlank() ? null : reviewer.trim();
        if (login != null) {
            boolean agent = em.createQuery(
                                    "SELECT COUNT(a) FROM UserAccount a JOIN a.roles r WHERE a.login = :login AND a.cafId = :caf"
                                            + " AND r IN :roles",
                                    Long.class)
                            .setParameter("login", login)
                            .setParameter("caf", me.getCafId())
                            .setParameter("roles", List.of(Roles.CAF_REVIEWER, Roles.CAF_ADMIN))
                            .getSingleResult()
                    > 0;
            if (!agent) {
                throw RuleViolation.of("declaration.reviewer.unknown", login);
            }
        }
        List<Declaration> declarations = mine(declarationIds);
        declarations.forEach(d -> d.assignReviewer(login));
        return declarations.size();
    }

    /**
     * Validates, among the selected declarations, those transmitted with no raised coherence control; the others are
     * left as they are, each with why.
     */
    public BulkValidation validateAll(List<Long> declarationIds) {
        Author me = DeclarationAccess.author(actors.caller());
        List<Long> validated = new ArrayList<>();
        List<BulkValidation.Skipped> skipped = new ArrayList<>();
        for (Declaration declaration : mine(declarationIds)) {
            if (declaration.getState() != DeclarationState.TRANSMITTED) {
                skipped.add(new BulkValidation.Skipped(
                        declaration.getId(),
                        RuleViolation.message(
                                "declaration.bulk.notTransmitted",
                                declaration.getState().label())));
                continue;
            }
            List<String> raised = analysis.analyse(declaration).codes();
            if (!raised.isEmpty()) {
                skipped.add(new BulkValidation.Skipped(
                        declaration.getId(),
                        RuleViolation.message("declaration.bulk.controls", String.join(", ", raised))));
                continue;
            }
            declaration.validate(null, me, clock.instant());
            validated.add(declaration.getId());
        }
        return new BulkValidation(validated, skipped);
    }

    private List<Declaration> mine(List<Long> declarationIds) {
        return CafSelection.locked(em, actors.caller().getCafId(), declarationIds);
    }

    private Access reviewerAccess(Long declarationId) {
        Access found = access.open(declarationId);
        if (!found.viewer().cafAgent()) {
            throw Forbidden.of("declaration.rights.reviewer");
        }
        return found;
    }
}
