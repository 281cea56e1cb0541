package fr.mcp.habilitation.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.habilitation.domain.Convention;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.FacilityType;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.ServiceSubscription;
import fr.mcp.habilitation.domain.Site;
import fr.mcp.identity.application.AccountOpening;
import fr.mcp.identity.application.NewAccount;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;

/**
 * Caf back-office: what gives a partner access — bulletins d'adhésion, facilities and sites, the (at most two)
 * partner administrators — and the suspension or restoration of that access. Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class PartnerAccess {

    static final int MAX_ADMINISTRATORS = 2;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private Subscriptions subscriptions;

    @Inject
    private AccountOpening opening;

    @Inject
    private PartnerNotices notices;

    @Inject
    private AuditTrail audit;

    /** Adds a bulletin d'adhésion to the convention; one service cannot be subscribed twice over overlapping periods. */
    public void subscribe(long partnerId, NewSubscription form, ClientInfo client) {
        Partner partner = actors.partnerOfMyCaf(partnerId);
        Convention convention =
                subscriptions.conventionOf(partnerId).orElseThrow(() -> RuleViolation.of("convention.missing"));
        Problems problems = new Problems();
        problems.check(form.service() != null, "subscription.service.required");
        problems.check(form.scope() != null, "subscription.scope.required");
        problems.check(form.startsOn() != null, "subscription.startsOn.required");
        problems.check(
                form.service() != Service.AFAS
                        || (form.roles() != null && !form.roles().isEmpty()),
                "subscription.roles.required");
        problems.throwIfAny();
        problems.check(
                form.endsOn() == null || !form.endsOn().isBefore(form.startsOn()), "subscription.endsOn.beforeStart");
        problems.check(!form.startsOn().isBefore(convention.getStartsOn()), "subscription.startsOn.beforeConvention");
        boolean overlapping = convention.getSubscriptions().stream()
                .anyMatch(existing -> existing.getService() == form.service() && overlaps(existing, form));
        problems.check(!overlapping, "subscription.duplicate", form.service().name());
        problems.throwIfAny();
        ServiceSubscription subscription = convention.subscribe(
                form.service(),
                form.scope(),
                form.startsOn(),
                form.endsOn(),
                form.roles() == null ? Set.of() : form.roles());
        audit.record(
                actors.caller().getLogin(),
                client,
                partner.getCafId(),
                partnerId,
                "SUBSCRIPTION_ADDED",
                "bulletin " + form.service(),
                null,
                form.scope() + " du " + form.startsOn() + (form.endsOn() == null ? "" : " au " + form.endsOn())
                        + ", rôles " + subscription.getAvailableRoles());
    }

    private static boolean overlaps(ServiceSubscription existing, NewSubscription form) {
        boolean existingEndsBefore =
                existing.getEndsOn() != null && existing.getEndsOn().isBefore(form.startsOn());
        boolean newEndsBefore = form.endsOn() != null && form.endsOn().isBefore(existing.getStartsOn());
        return !existingEndsBefore && !newEndsBefore;
    }

    /** Adds a facility with its sites; an RPE carries the ETP validated by the Caf board (at most 6). */
    public long addFacility(long partnerId, NewFacility form, ClientInfo client) {
        Partner partner = actors.partnerOfMyCaf(partnerId);
        Problems problems = new Problems();
        problems.check(form.type() != null, "facility.type.required");
        problems.required(form.name(), "facility.name.required");
        problems.maxLength(form.name(), 200, "facility.name.tooLong");
        problems.required(form.nature(), "facility.nature.required");
        int sites = form.sites() == null ? 0 : form.sites().size();
        problems.check(sites >= 1, "facility.sites.required");
        problems.check(form.multiSite() || sites <= 1, "facility.singleSite.oneSite");
        if (form.sites() != null) {
            form.sites().forEach(site -> {
                problems.required(site.name(), "site.name.required");
                problems.required(site.city(), "site.city.required");
            });
        }
        if (form.type() == FacilityType.RPE) {
            problems.check(
                    form.validatedFte() != null
                            && form.validatedFte().signum() > 0
                            && form.validatedFte().compareTo(Facility.MAX_RPE_VALIDATED_FTE) <= 0,
                    "facility.fte.range");
        } else {
            problems.check(form.validatedFte() == null, "facility.fte.rpeOnly");
        }
        problems.throwIfAny();
        Facility facility = new Facility(
                partnerId, form.type(), form.nature().trim(), form.name().trim(), form.multiSite());
        facility.setValidatedFte(form.validatedFte());
        boolean first = true;
        for (NewFacility.NewSite site : form.sites()) {
            facility.addSite(site.name().trim(), first, site.city().trim());
            first = false;
        }
        em.persist(facility);
        em.flush();
        audit.record(
                actors.caller().getLogin(),
                client,
                partner.getCafId(),
                partnerId,
                "FACILITY_ADDED",
                "équipement " + facility.getName(),
                null,
                form.type() + ", " + (form.multiSite() ? "multi-sites" : "mono-site") + ", " + sites + " site(s)"
                        + (form.validatedFte() == null ? "" : ", ETP validés " + form.validatedFte()));
        return facility.getId();
    }

    /** Adds a site (antenne or itinerant place) to a multi-site facility of a partner of the Caf. */
    public long addSite(long facilityId, NewFacility.NewSite form, ClientInfo client) {
        Facility facility = em.find(Facility.class, facilityId);
        if (facility == null) {
            throw OutOfScope.of("facility.notFound");
        }
        Partner partner = actors.partnerOfMyCaf(facility.getPartnerId());
        Problems problems = new Problems();
        problems.check(facility.isMultiSite(), "facility.singleSite.oneSite");
        problems.required(form.name(), "site.name.required");
        problems.required(form.city(), "site.city.required");
        problems.throwIfAny();
        Site site = facility.addSite(form.name().trim(), false, form.city().trim());
        em.flush();
        audit.record(
                actors.caller().getLogin(),
                client,
                partner.getCafId(),
                partner.getId(),
                "SITE_ADDED",
                "équipement " + facility.getName(),
                null,
                "site " + site.getName() + " (" + site.getCity() + ")");
        return site.getId();
    }

    /** Opens a partner administrator's account (main or deputy): at most two open ones; no service role by default. */
    public String createAdministrator(long partnerId, NewAccount form, ClientInfo client) {
        Partner partner = actors.partnerOfMyCaf(partnerId);
        Partner locked = em.find(Partner.class, partner.getId(), LockModeType.PESSIMISTIC_WRITE);
        long administrators = em.createQuery(
                        "SELECT COUNT(a) FROM UserAccount a JOIN a.roles r WHERE a.partnerId = :partner"
                                + " AND r = :admin AND a.status <> :closed",
                        Long.class)
                .setParameter("partner", partnerId)
                .setParameter("admin", Roles.PARTNER_ADMIN)
                .setParameter("closed", AccountStatus.CLOSED)
                .getSingleResult();
        if (administrators >= MAX_ADMINISTRATORS) {
            throw RuleViolation.of("partner.administrators.max", MAX_ADMINISTRATORS);
        }
        UserAccount account = opening.open(
                locked.getId(),
                locked.getFamily(),
                new NewAccount(
                        partnerId,
                        form.lastName(),
                        form.firstName(),
                        form.email(),
                        form.emailConfirmation(),
                        form.phone(),
                        form.mobility(),
                        form.opensOn(),
                        form.closesOn()),
                Roles.PARTNER_ADMIN,
                actors.caller().getLogin(),
                client);
        audit.record(
                actors.caller().getLogin(),
                client,
                partner.getCafId(),
                partnerId,
                "PARTNER_ADMIN_CREATED",
                "compte " + account.getLogin(),
                null,
                account.getFirstName() + " " + account.getLastName() + " <" + account.getEmail() + ">, administrateur "
                        + (administrators == 0 ? "principal" : "suppléant"));
        return account.getLogin();
    }

    /** Suspends every access of the partner's users (security risk, long inactivity); its administrators are told by mail. */
    public void suspend(long partnerId, String reason, ClientInfo client) {
        Partner partner = actors.partnerOfMyCaf(partnerId);
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.of("partner.suspension.reason.required");
        }
        if (!partner.isAccessActive()) {
            throw RuleViolation.of("partner.alreadySuspended");
        }
        partner.suspendAccess();
        audit.record(
                actors.caller().getLogin(),
                client,
                partner.getCafId(),
                partnerId,
                "PARTNER_SUSPENDED",
                "partenaire " + partner.getSiret(),
                "ACTIVE",
                "SUSPENDED : " + reason.trim());
        notices.toAdministrators(partner, "partner-access-suspended", Map.of("reason", reason.trim()));
    }

    public void restore(long partnerId, ClientInfo client) {
        Partner partner = actors.partnerOfMyCaf(partnerId);
        if (partner.isAccessActive()) {
            throw RuleViolation.of("partner.notSuspended");
        }
        partner.restoreAccess();
        audit.record(
                actors.caller().getLogin(),
                client,
                partner.getCafId(),
                partnerId,
                "PARTNER_RESTORED",
                "partenaire " + partner.getSiret(),
                "SUSPENDED",
                "ACTIVE");
        notices.toAdministrators(partner, "partner-access-restored", Map.of());
    }
}
