package fr.mcp.campaign.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.campaign.domain.Campaign;
import fr.mcp.campaign.domain.CampaignNotice;
import fr.mcp.campaign.domain.CampaignState;
import fr.mcp.campaign.domain.CampaignTarget;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Calls for declarations of the caller's Caf: launch one (checked in French, nothing stored when refused), follow the
 * launches with their progress, read a launch's report, ask for the reminder now. The work itself is done in the
 * background by {@link CampaignJob}.
 */
@Stateless
@RolesAllowed({Roles.CAF_ADMIN, Roles.CAF_REVIEWER})
public class Campaigns {

    private static final int MAX_REMINDER_DAYS = 60;
    private static final int MAX_REPORT_ROWS = 1_000;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @EJB
    private CampaignJob job;

    public long launch(NewCampaign form, ClientInfo client) {
        UserAccount me = actors.caller();
        LocalDate today = LocalDate.now(clock);
        Problems problems = new Problems();
        problems.check(form.kind() != null, "campaign.kind.required");
        problems.check(form.year() != null && form.year() >= 2000 && form.year() <= 2100, "campaign.year.invalid");
        problems.check(form.facilityTypes() != null && !form.facilityTypes().isEmpty(), "campaign.types.required");
        problems.check(form.opensOn() != null, "campaign.opensOn.required");
        if (problems.check(form.deadline() != null, "campaign.deadline.required")) {
            problems.check(!form.deadline().isBefore(today), "campaign.deadline.past");
            problems.check(
                    form.opensOn() == null || form.opensOn().isBefore(form.deadline()),
                    "campaign.deadline.beforeOpening");
        }
        problems.check(
                form.opensOn() == null || !form.opensOn().isBefore(today.minusDays(MAX_REMINDER_DAYS)),
                "campaign.opensOn.tooOld");
        int reminderDays = form.reminderDays() == null ? 7 : form.reminderDays();
        problems.check(
                reminderDays >= 0 && reminderDays <= MAX_REMINDER_DAYS,
                "campaign.reminderDays.invalid",
                MAX_REMINDER_DAYS);
        problems.throwIfAny();
        int eligible = em.createQuery(
                        "SELECT COUNT(f) FROM Facility f, Partner p WHERE p.id = f.partnerId AND p.cafId = :caf AND f.type IN :types",
                        Long.class)
                .setParameter("caf", me.getCafId())
                .setParameter("types", form.facilityTypes())
                .getSingleResult()
                .intValue();
        Campaign campaign = new Campaign(
                me.getCafId(),
                form.kind(),
                form.year(),
                form.facilityTypes(),
                form.opensOn(),
                form.deadline(),
                reminderDays,
                !Boolean.FALSE.equals(form.financialRequested()),
                eligible,
                me.getLogin(),
                clock.instant());
        em.persist(campaign);
        em.flush();
        audit.record(
                me.getLogin(),
                client,
                me.getCafId(),
                null,
                "CAMPAIGN_LAUNCHED",
                "campagne " + campaign.getId(),
                null,
                form.kind().label() + " " + form.year() + " — " + form.facilityTypes() + ", du " + form.opensOn()
                        + " au " + form.deadline() + ", " + eligible + " équipement(s) éligible(s)");
        job.startSoon();
        return campaign.getId();
    }

    /** The Caf's campaigns, newest first (50 at most). */
    public List<CampaignRow> list() {
        return em
                .createQuery(
                        "SELECT c FROM Campaign c WHERE c.cafId = :caf ORDER BY c.createdAt DESC, c.id DESC",
                        Campaign.class)
                .setParameter("caf", actors.caller().getCafId())
                .setMaxResults(50)
                .getResultList()
                .stream()
                .map(this::row)
                .toList();
    }

    public CampaignRow campaign(long id) {
        return row(mine(id));
    }

    public CampaignReport report(long id) {
        Campaign campaign = mine(id);
        List<CampaignReport.Skipped> skipped = em
                .createQuery(
                        "SELECT t.facilityId, f.name, p.name, t.reason FROM CampaignTarget t, Facility f, Partner p"
                                + " WHERE t.campaignId = :campaign AND t.outcome = :skipped AND f.id = t.facilityId AND p.id = f.partnerId ORDER BY p.name, f.name",
                        Object[].class)
                .setParameter("campaign", id)
                .setParameter("skipped", CampaignTarget.SKIPPED)
                .setMaxResults(MAX_REPORT_ROWS)
                .getResultList()
                .stream()
                .map(r -> new CampaignReport.Skipped((Long) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
        List<CampaignReport.Mailed> mailed = em
                .createQuery(
                        "SELECT n FROM CampaignNotice n WHERE n.campaignId = :campaign ORDER BY n.notice, n.email",
                        CampaignNotice.class)
                .setParameter("campaign", id)
                .setMaxResults(MAX_REPORT_ROWS)
                .getResultList()
                .stream()
                .map(n -> new CampaignReport.Mailed(n.getNotice(), n.getEmail(), n.getFacilities()))
                .toList();
        return new CampaignReport(row(campaign), skipped, mailed);
    }

    /** Asks for the reminder of a launched campaign now, once: holders of declarations not transmitted yet are mailed in the background. */
    public void remindNow(long id, ClientInfo client) {
        Campaign campaign = mine(id);
        if (campaign.getState() != CampaignState.LAUNCHED) {
            throw RuleViolation.of("campaign.reminder.notLaunched");
        }
        if (campaign.isRemindersDone()) {
            throw RuleViolation.of("campaign.reminder.done");
        }
        if (campaign.getDeadline().isBefore(LocalDate.now(clock))) {
            throw RuleViolation.of("campaign.reminder.pastDeadline");
        }
        campaign.requestReminder();
        UserAccount me = actors.caller();
        audit.record(
                me.getLogin(),
                client,
                me.getCafId(),
                null,
                "CAMPAIGN_REMINDER_REQUESTED",
                "campagne " + id,
                null,
                "relance demandée");
    }

    private Campaign mine(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null || !campaign.getCafId().equals(actors.caller().getCafId())) {
            throw OutOfScope.of("campaign.notFound");
        }
        return campaign;
    }

    /** The campaign with where its launch stands, from its own row (kept by every batch): no count over its targets. */
    private CampaignRow row(Campaign c) {
        long created = c.getCreatedCount();
        long skipped = c.getSkippedCount();
        int progress =
                switch (c.getState()) {
                    case SCHEDULED -> 0;
                    case CREATING -> c.getEligibleCount() == 0
                            ? 90
                            : (int) Math.min(90, (created + skipped) * 90 / c.getEligibleCount());
                    case MAILING -> 95;
                    case LAUNCHED -> 100;
                };
        return new CampaignRow(
                c.getId(),
                c.getVersion(),
                c.getKind().name(),
                c.getKind().label(),
                c.getYear(),
                c.getFacilityTypes().stream().map(Enum::name).toList(),
                c.getOpensOn(),
                c.getDeadline(),
                c.reminderDay(),
                c.getState().name(),
                c.getState().label(),
                c.getEligibleCount(),
                created,
                skipped,
                c.mailedCount(CampaignNotice.CALL),
                c.mailedCount(CampaignNotice.REMINDER),
                c.mailedCount(CampaignNotice.OVERDUE),
                c.getCreatedBy(),
                c.getCreatedAt(),
                c.getFinishedAt(),
                progress);
    }
}
