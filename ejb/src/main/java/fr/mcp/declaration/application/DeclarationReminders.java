package fr.mcp.declaration.application;

import fr.mcp.declaration.application.internal.CafSelection;
import fr.mcp.declaration.application.internal.DeclarationAccess;
import fr.mcp.declaration.domain.Author;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationReminder;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.habilitation.application.PartnerNotices;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.RoleAssignment;
import fr.mcp.habilitation.domain.ValidationStatus;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reminders a Caf agent sends for selected declarations of the review queue: every role holder in force on the
 * facility is mailed through JMS, in the same transaction as the reminder's row (one per declaration and day) and
 * the declaration's history; a declaration already transmitted, already reminded today or with nobody to mail is
 * left out with why.
 */
@Stateless
@RolesAllowed({Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
public class DeclarationReminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private PartnerNotices notices;

    @Inject
    private Clock clock;

    public BulkReminders remindAll(List<Long> declarationIds) {
        UserAccount me = actors.caller();
        Author author = DeclarationAccess.author(me);
        List<Declaration> selected = CafSelection.locked(em, me.getCafId(), declarationIds);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Set<Long> remindedToday = new HashSet<>(em.createQuery(
                        "SELECT r.declarationId FROM DeclarationReminder r WHERE r.sentOn = :today"
                                + " AND r.declarationId IN :ids",
                        Long.class)
                .setParameter("today", today)
                .setParameter("ids", selected.stream().map(Declaration::getId).toList())
                .getResultList());
        List<Long> reminded = new ArrayList<>();
        List<BulkValidation.Skipped> skipped = new ArrayList<>();
        int recipients = 0;
        for (Declaration declaration : selected) {
            if (declaration.getState() == DeclarationState.TRANSMITTED
                    || declaration.getState() == DeclarationState.VALIDATED) {
                skipped.add(new BulkValidation.Skipped(
                        declaration.getId(),
                        RuleViolation.message(
                                "declaration.reminder.sent",
                                declaration.getState().label())));
                continue;
            }
            if (remindedToday.contains(declaration.getId())) {
                skipped.add(new BulkValidation.Skipped(
                        declaration.getId(), RuleViolation.message("declaration.reminder.today")));
                continue;
            }
            List<UserAccount> holders = holders(declaration.getFacilityId(), today);
            if (holders.isEmpty()) {
                skipped.add(new BulkValidation.Skipped(
                        declaration.getId(), RuleViolation.message("declaration.reminder.nobody")));
                continue;
            }
            mail(declaration, holders);
            declaration.reminded(author, now, holders.size());
            em.persist(new DeclarationReminder(declaration.getId(), today, me.getLogin(), holders.size(), now));
            reminded.add(declaration.getId());
            recipients += holders.size();
        }
        em.flush();
        return new BulkReminders(reminded, recipients, skipped);
    }

    /** The open accounts holding a role in force today on the facility (not refused by the approver's validation). */
    private List<UserAccount> holders(long facilityId, LocalDate today) {
        return em.createQuery(
                        "SELECT DISTINCT u FROM UserAccount u, RoleAssignment a WHERE a.facilityId = :facility AND a.accountId = u.id"
                                + " AND u.status = :open AND " + RoleAssignment.IN_FORCE_NOT_REFUSED
                                + " ORDER BY u.id",
                        UserAccount.class)
                .setParameter("facility", facilityId)
                .setParameter("open", AccountStatus.OPEN)
                .setParameter("refused", ValidationStatus.REFUSED)
                .setParameter("today", today)
                .getResultList();
    }

    private void mail(Declaration declaration, List<UserAccount> holders) {
        Facility facility = em.find(Facility.class, declaration.getFacilityId());
        Partner partner = em.find(Partner.class, declaration.getPartnerId());
        Map<String, String> parameters = Map.of(
                "kind",
                declaration.getKind().label().toLowerCase(),
                "year",
                String.valueOf(declaration.getYear()),
                "facility",
                facility.getName(),
                "state",
                declaration.getState().label(),
                "deadline",
                declaration.getDeadline() == null
                        ? "la date fixée par votre Caf"
                        : DAY.format(declaration.getDeadline()));
        holders.forEach(holder -> notices.toAccount(holder, partner, "declaration-reminder", parameters));
    }
}
