package fr.mcp.campaign.application.internal;

import fr.mcp.campaign.domain.Campaign;
import fr.mcp.campaign.domain.CampaignNotice;
import fr.mcp.campaign.domain.CampaignState;
import fr.mcp.campaign.domain.CampaignTarget;
import fr.mcp.declaration.application.OpenedDeclarations;
import fr.mcp.declaration.domain.Author;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.habilitation.application.PartnerNotices;
import fr.mcp.habilitation.application.Subscriptions;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.RoleAssignment;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.Site;
import fr.mcp.habilitation.domain.ValidationStatus;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.BulkSql;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One batch of a campaign's background work, in its own transaction: create the next facilities' declarations (or
 * record why they are skipped), then mail the next role holders, then (once launched) the reminders and the overdue
 * notices. Every item leaves a row (target, notice) in the same transaction as what it did, so a batch cut by a
 * restart is redone whole, and a batch run twice (two servers) breaks a unique key and rolls back, mails included.
 */
@Stateless
@PermitAll
public class CampaignWorker {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> TARGET =
            List.of("id", "campaign_id", "facility_id", "declaration_id", "outcome", "reason", "version");
    private static final List<String> NOTICE =
            List.of("id", "campaign_id", "account_id", "notice", "email", "facilities", "sent_at", "version");
    private static final List<DeclarationState> DONE =
            List.of(DeclarationState.TRANSMITTED, DeclarationState.VALIDATED);

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Subscriptions subscriptions;

    @EJB
    private PartnerNotices notices;

    @Inject
    @ConfigProperty(name = "mcp.campaign.batchSize", defaultValue = "1000")
    private int batchSize;

    /** Campaigns with work to do today. */
    public List<Long> pending() {
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery(
                        "SELECT c FROM Campaign c WHERE c.state <> :launched OR c.remindersDone = FALSE OR c.overdueDone = FALSE ORDER BY c.id",
                        Campaign.class)
                .setParameter("launched", CampaignState.LAUNCHED)
                .getResultList()
                .stream()
                .filter(c -> c.getState() == CampaignState.CREATING
                        || c.getState() == CampaignState.MAILING
                        || c.getState() == CampaignState.SCHEDULED && !today.isBefore(c.getOpensOn())
                        || c.reminderDue(today)
                        || c.overdueDue(today))
                .map(Campaign::getId)
                .toList();
    }

    /**
     * Does the next batch of a campaign; returns how many items it handled, a change of phase counting as one, so that
     * the caller goes on with the next phase at once (the mails right after the last declarations, not a tick later);
     * 0: nothing left for now.
     */
    public int step(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        LocalDate today = LocalDate.now(clock);
        if (campaign.start(today, clock.instant())) {
            return 1;
        }
        if (campaign.getState() == CampaignState.CREATING) {
            int done = createNext(campaign, today);
            if (done == 0) {
                campaign.declarationsCreated();
                // The mail batches join the targets just written: planned on statistics that count them, not on those
                // of before the creation (PostgreSQL's autovacuum would refresh them only a minute later).
                BulkSql.on(em).refreshStatistics("campaign_target");
                return 1;
            }
            return done;
        }
        if (campaign.getState() == CampaignState.MAILING) {
            int done = mailNext(campaign, CampaignNotice.CALL, "campaign-call", today);
            if (done == 0) {
                campaign.mailed(clock.instant());
                return 1;
            }
            return done;
        }
        if (campaign.reminderDue(today)) {
            int done = mailNext(campaign, CampaignNotice.REMINDER, "campaign-reminder", today);
            if (done == 0) {
                campaign.remindersSent();
                return 1;
            }
            return done;
        }
        if (campaign.overdueDue(today)) {
            int done = mailNext(campaign, CampaignNotice.OVERDUE, "campaign-overdue", today);
            if (done == 0) {
                campaign.overdueSent();
                return 1;
            }
            return done;
        }
        return 0;
    }

    /**
     * Handles the next facilities in id order, after the highest one this campaign already handled (its mark, moved
     * by each batch with the targets it writes): a batch commits whole, so every facility below the mark has its
     * target row (keyset paging, no anti-join over the targets).
     */
    private int createNext(Campaign campaign, LocalDate today) {
        Long handled = campaign.getHandledUpTo();
        // The sites of the whole batch in one query (IN), not one query per facility.
        List<Facility> next = em.createQuery(
                        "SELECT f FROM Facility f, Partner p WHERE p.id = f.partnerId AND p.cafId = :caf AND f.type IN :types"
                                + " AND f.id > :handled ORDER BY f.id",
                        Facility.class)
                .setParameter("caf", campaign.getCafId())
                .setParameter("types", campaign.getFacilityTypes())
                .setParameter("handled", handled == null ? Long.MIN_VALUE : handled)
                .setMaxResults(batchSize)
                .setHint("eclipselink.batch", "f.sites")
                .setHint("eclipselink.batch.type", "IN")
                // Only read: not registered in the unit of work, so the commit does not compare them for changes.
                .setHint("eclipselink.read-only", "true")
                .getResultList();
        if (next.isEmpty()) {
            return 0;
        }
        Map<Long, DeclarationState> existing =
                existing(campaign, next.stream().map(Facility::getId).toList());
        // Each partner checked once per batch (access, subscription).
        Map<Long, String> partnerSkips = new HashMap<>();
        for (Facility facility : next) {
            partnerSkips.computeIfAbsent(
                    facility.getPartnerId(), id -> partnerSkipReason(em.find(Partner.class, id), today));
        }
        Author author = new Author(campaign.getCreatedBy(), "Campagne n° " + campaign.getId());
        List<Declaration> opened = new ArrayList<>();
        List<Long> openedFor = new ArrayList<>();
        List<CampaignTarget> targets = new ArrayList<>();
        for (Facility facility : next) {
            Partner partner = em.find(Partner.class, facility.getPartnerId());
            String skipped = partnerSkips.get(partner.getId());
            if (skipped.isEmpty() && existing.containsKey(facility.getId())) {
                skipped = "Déclaration déjà ouverte ("
                        + existing.get(facility.getId()).label() + ")";
            }
            if (!skipped.isEmpty()) {
                targets.add(CampaignTarget.skipped(campaign.getId(), facility.getId(), skipped));
                continue;
            }
            Map<Long, String> sites = new LinkedHashMap<>();
            for (Site site : facility.getSites()) {
                sites.put(site.getId(), site.getName());
            }
            Declaration declaration = Declaration.open(
                    facility.getId(),
                    partner.getId(),
                    partner.getCafId(),
                    facility.getType().name(),
                    campaign.getYear(),
                    campaign.getKind(),
                    campaign.getDeadline(),
                    sites,
                    campaign.isFinancialRequested(),
                    author,
                    clock.instant());
            declaration.openedBy(campaign.getId());
            opened.add(declaration);
            openedFor.add(facility.getId());
        }
        // Thousands of new rows: written by JDBC batches, not through the persistence context (see BulkSql).
        BulkSql rows = BulkSql.on(em);
        List<Long> ids = OpenedDeclarations.write(rows, opened);
        for (int i = 0; i < ids.size(); i++) {
            targets.add(CampaignTarget.created(campaign.getId(), openedFor.get(i), ids.get(i)));
        }
        campaign.facilitiesHandled(next.get(next.size() - 1).getId(), ids.size(), next.size() - ids.size());
        rows.reserve(targets.size());
        rows.insert(
                "campaign_target",
                TARGET,
                targets.stream()
                        .map(t -> new Object[] {
                            rows.nextId(),
                            t.getCampaignId(),
                            t.getFacilityId(),
                            t.getDeclarationId(),
                            t.getOutcome(),
                            t.getReason(),
                            BulkSql.NEW_ROW_VERSION
                        })
                        .toList());
        return next.size();
    }

    /** Why a partner's facilities are skipped, or "" when they are not. */
    private String partnerSkipReason(Partner partner, LocalDate today) {
        if (!partner.isAccessActive()) {
            return "Accès du partenaire suspendu";
        }
        if (!subscriptions.isValid(partner.getId(), Service.AFAS, today)) {
            return "Pas de convention ni d'adhésion AFAS en vigueur";
        }
        return "";
    }

    /** The state of the declaration of the campaign's year and kind that each of these facilities already has. */
    private Map<Long, DeclarationState> existing(Campaign campaign, List<Long> facilityIds) {
        Map<Long, DeclarationState> states = new HashMap<>();
        em.createQuery(
                        "SELECT d.facilityId, d.state FROM Declaration d WHERE d.facilityId IN :facilities AND d.year = :year AND d.kind = :kind",
                        Object[].class)
                .setParameter("facilities", facilityIds)
                .setParameter("year", campaign.getYear())
                .setParameter("kind", campaign.getKind())
                .getResultList()
                .forEach(row -> states.putIfAbsent((Long) row[0], (DeclarationState) row[1]));
        return states;
    }

    /** Mails the next role holders of the campaign's declarations (only those still to transmit, after the call). */
    private int mailNext(Campaign campaign, String notice, String template, LocalDate today) {
        String stillOpen = notice.equals(CampaignNotice.CALL)
                ? ""
                : " AND EXISTS (SELECT d FROM Declaration d WHERE d.id = t.declarationId AND d.state NOT IN :done)";
        // The mark only spares the batch the holders already mailed; the NOT EXISTS is what keeps a holder from a
        // second mail (a campaign launched before the marks were kept starts from the lowest account).
        Long mailed = campaign.mailedUpTo(notice);
        // Ids first (a narrow DISTINCT over the join), then the accounts themselves. Planned with this batch's mark:
        // the
        // generic plan would join every holder above it, then sort them, for each batch of the campaign. The notices
        // are read above the mark only (the same rows for the holders considered): planned on statistics of before the
        // launch, the anti-join may rescan the notices for each holder, and those below the mark made 1.6 s of one
        // batch.
        BulkSql.on(em).planWithValues();
        var query = em.createQuery(
                        "SELECT DISTINCT u.id FROM UserAccount u, RoleAssignment a, CampaignTarget t WHERE t.campaignId = :campaign"
                                + " AND u.id > :mailed AND a.accountId > :mailed"
                                + " AND t.outcome = :created AND a.facilityId = t.facilityId AND a.accountId = u.id AND u.status = :open"
                                + " AND " + RoleAssignment.IN_FORCE_NOT_REFUSED + stillOpen
                                + " AND NOT EXISTS (SELECT n FROM CampaignNotice n WHERE n.campaignId = :campaign AND n.accountId > :mailed AND n.accountId = u.id"
                                + " AND n.notice = :notice)"
                                + " ORDER BY u.id",
                        Long.class)
                .setParameter("campaign", campaign.getId())
                .setParameter("created", CampaignTarget.CREATED)
                .setParameter("open", AccountStatus.OPEN)
                .setParameter("refused", ValidationStatus.REFUSED)
                .setParameter("today", today)
                .setParameter("notice", notice)
                .setParameter("mailed", mailed == null ? Long.MIN_VALUE : mailed)
                .setMaxResults(batchSize);
        if (!stillOpen.isEmpty()) {
            query.setParameter("done", DONE);
        }
        List<Long> ids = query.getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        // Each read is one query for the whole batch: the accounts with their roles, then the facilities they are
        // called
        // for; the batch's rows are then written by JDBC batches, not through the persistence context.
        List<UserAccount> holders = em.createQuery(
                        "SELECT u FROM UserAccount u WHERE u.id IN :ids ORDER BY u.id", UserAccount.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        Map<Long, CalledFacilities> called = facilitiesOf(ids, campaign, stillOpen, today);
        List<PartnerNotices.Addressed> mails = new ArrayList<>();
        List<CampaignNotice> sent = new ArrayList<>();
        for (UserAccount holder : holders) {
            CalledFacilities facilities = called.getOrDefault(holder.getId(), CalledFacilities.of(List.of()));
            Partner partner = em.find(Partner.class, holder.getPartnerId());
            mails.add(new PartnerNotices.Addressed(
                    holder,
                    partner,
                    Map.of(
                            "kind",
                            campaign.getKind().label().toLowerCase(),
                            "year",
                            String.valueOf(campaign.getYear()),
                            "facilities",
                            facilities.text(),
                            "opensOn",
                            DAY.format(campaign.getOpensOn()),
                            "deadline",
                            DAY.format(campaign.getDeadline()))));
            sent.add(new CampaignNotice(
                    campaign.getId(),
                    holder.getId(),
                    notice,
                    holder.getEmail(),
                    (int) facilities.count(),
                    clock.instant()));
        }
        // Hundreds of mails and notices: their rows by JDBC batches (see BulkSql), a JMS message per mail.
        notices.toAccounts(mails, template);
        BulkSql rows = BulkSql.on(em);
        rows.reserve(sent.size());
        rows.insert(
                "campaign_notice",
                NOTICE,
                sent.stream()
                        .map(n -> new Object[] {
                            rows.nextId(),
                            n.getCampaignId(),
                            n.getAccountId(),
                            n.getNotice(),
                            n.getEmail(),
                            n.getFacilities(),
                            n.getSentAt(),
                            BulkSql.NEW_ROW_VERSION
                        })
                        .toList());
        campaign.holdersMailed(notice, ids.get(ids.size() - 1), holders.size());
        return holders.size();
    }

    /** The facilities each of these holders is mailed about, in one query for the batch. */
    private Map<Long, CalledFacilities> facilitiesOf(
            List<Long> holders, Campaign campaign, String stillOpen, LocalDate today) {
        var query = em.createQuery(
                        "SELECT DISTINCT a.accountId, f.id, f.name FROM Facility f, RoleAssignment a, CampaignTarget t"
                                + " WHERE t.campaignId = :campaign AND t.outcome = :created AND f.id = t.facilityId AND a.facilityId = f.id"
                                + " AND a.accountId IN :accounts AND " + RoleAssignment.IN_FORCE_NOT_REFUSED
                                + stillOpen,
                        Object[].class)
                .setParameter("campaign", campaign.getId())
                .setParameter("created", CampaignTarget.CREATED)
                .setParameter("accounts", holders)
                .setParameter("refused", ValidationStatus.REFUSED)
                .setParameter("today", today);
        if (!stillOpen.isEmpty()) {
            query.setParameter("done", DONE);
        }
        Map<Long, List<CalledFacilities.Called>> byHolder = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            byHolder.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new CalledFacilities.Called((Long) row[1], (String) row[2]));
        }
        Map<Long, CalledFacilities> called = new HashMap<>();
        byHolder.forEach((holder, facilities) -> called.put(holder, CalledFacilities.of(facilities)));
        return called;
    }
}
