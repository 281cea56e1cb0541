package fr.mcp.habilitation.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.habilitation.domain.Caf;
import fr.mcp.habilitation.domain.CafReferente;
import fr.mcp.habilitation.domain.Convention;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.ServiceContract;
import fr.mcp.habilitation.domain.Siret;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Caf back-office: the partners of the administrator's Caf, their identity (SIRET, Caf référente) and their
 * convention d'accès with its contrat de service. Contracts, facilities and administrators have their own services.
 */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class PartnerRegistry {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private Subscriptions subscriptions;

    @Inject
    private AuditTrail audit;

    /** Partners of the caller's Caf whose name, SIRET or city contains the text (all when blank). */
    public List<PartnerRow> partners(String text) {
        UserAccount caller = actors.caller();
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        return em
                .createQuery(
                        "SELECT p, c.reference, (SELECT COUNT(a) FROM UserAccount a JOIN a.roles r"
                                + " WHERE a.partnerId = p.id AND r = :admin AND a.status <> fr.mcp.identity.domain.AccountStatus.CLOSED)"
                                + " FROM Partner p LEFT JOIN Convention c ON c.partnerId = p.id"
                                + " WHERE p.cafId = :caf AND (LOWER(p.name) LIKE :text OR p.siret LIKE :text OR LOWER(p.city) LIKE :text)"
                                + " ORDER BY p.name",
                        Object[].class)
                .setParameter("caf", caller.getCafId())
                .setParameter("admin", Roles.PARTNER_ADMIN)
                .setParameter("text", pattern)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(row -> {
                    Partner p = (Partner) row[0];
                    return new PartnerRow(
                            p.getId(),
                            p.getSiret(),
                            p.getName(),
                            p.getCity(),
                            p.getAccessStatus().name(),
                            (String) row[1],
                            ((Number) row[2]).longValue());
                })
                .toList();
    }

    public PartnerFile file(long partnerId) {
        Partner partner = actors.partnerOfMyCaf(partnerId);
        Convention convention = subscriptions.conventionOf(partnerId).orElse(null);
        if (convention != null) {
            convention.getSubscriptions();
        }
        List<Facility> facilities = em.createQuery(
                        "SELECT f FROM Facility f WHERE f.partnerId = :partner ORDER BY f.name", Facility.class)
                .setParameter("partner", partnerId)
                .getResultList();
        facilities.forEach(Facility::getSites);
        List<UserAccount> administrators = em.createQuery(
                        "SELECT a FROM UserAccount a JOIN a.roles r WHERE a.partnerId = :partner"
                                + " AND r = :admin ORDER BY a.lastName",
                        UserAccount.class)
                .setParameter("partner", partnerId)
                .setParameter("admin", Roles.PARTNER_ADMIN)
                .getResultList();
        return new PartnerFile(
                partner, em.find(Caf.class, partner.getCafId()).getName(), convention, facilities, administrators);
    }

    /** Registers a partner of the caller's Caf: valid and unused SIRET, Caf référente from the head-office département. */
    public long register(NewPartner form, ClientInfo client) {
        UserAccount caller = actors.caller();
        Problems problems = new Problems();
        String siret = form.siret() == null ? "" : form.siret().replace(" ", "");
        if (problems.check(Siret.isValid(siret), "partner.siret.invalid")) {
            problems.check(
                    em.createQuery("SELECT COUNT(p) FROM Partner p WHERE p.siret = :siret", Long.class)
                                    .setParameter("siret", siret)
                                    .getSingleResult()
                            == 0,
                    "partner.siret.taken");
        }
        problems.required(form.name(), "partner.name.required");
        problems.maxLength(form.name(), 200, "partner.name.tooLong");
        problems.required(form.legalForm(), "partner.legalForm.required");
        problems.required(form.addressLine(), "partner.address.required");
        problems.check(
                form.postalCode() != null && form.postalCode().trim().matches("\\d{5}"), "partner.postalCode.invalid");
        problems.required(form.city(), "partner.city.required");
        problems.check(form.family() != null && form.family().trim().matches("[A-Z]{3}"), "partner.family.invalid");
        String departement = null;
        try {
            departement = CafReferente.departementFor(
                    Problems.trimmed(form.headOfficeDepartement()), form.multiDepartement());
        } catch (IllegalArgumentException e) {
            problems.check(false, "partner.departement.invalid");
        }
        problems.throwIfAny();
        Caf referente = em.createQuery("SELECT c FROM Caf c WHERE c.departement = :dep", Caf.class)
                .setParameter("dep", departement)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> RuleViolation.of("partner.caf.unknown"));
        if (!referente.getId().equals(caller.getCafId())) {
            throw RuleViolation.of("partner.caf.other", referente.getName());
        }
        Partner partner = new Partner(
                siret,
                form.name().trim(),
                form.legalForm().trim(),
                form.addressLine().trim(),
                form.postalCode().trim(),
                form.city().trim(),
                form.headOfficeDepartement().trim(),
                form.multiDepartement(),
                form.family().trim(),
                referente.getId());
        em.persist(partner);
        em.flush();
        audit.record(
                caller.getLogin(),
                client,
                referente.getId(),
                partner.getId(),
                "PARTNER_REGISTERED",
                "partenaire " + siret,
                null,
                partner.getName() + ", " + partner.getCity() + ", Caf " + referente.getCode());
        return partner.getId();
    }

    /** Opens the partner's convention d'accès (one per SIRET) with its contrat de service. */
    public void openConvention(long partnerId, NewConvention form, ClientInfo client) {
        Partner partner = actors.partnerOfMyCaf(partnerId);
        Problems problems = new Problems();
        problems.check(subscriptions.conventionOf(partnerId).isEmpty(), "convention.exists");
        problems.required(form.reference(), "convention.reference.required");
        problems.maxLength(form.reference(), 40, "convention.reference.tooLong");
        problems.check(form.startsOn() != null, "convention.startsOn.required");
        checkContract(form, problems);
        problems.throwIfAny();
        Convention convention = new Convention(partnerId, form.reference().trim(), form.startsOn());
        convention.setTacitRenewal(form.tacitRenewal());
        convention.setEligibilityReceivedOn(form.eligibilityReceivedOn());
        convention.setServiceContract(contractOf(form));
        em.persist(convention);
        audit.record(
                actors.caller().getLogin(),
                client,
                partner.getCafId(),
                partnerId,
                "CONVENTION_OPENED",
                "convention " + convention.getReference(),
                null,
                "du " + form.startsOn() + (form.tacitRenewal() ? ", tacite reconduction" : ", un an") + "; "
                        + convention.getServiceContract());
    }

    /** Replaces the contacts, hours and escalation procedure of the contrat de service. */
    public void updateServiceContract(long partnerId, NewConvention form, ClientInfo client) {
        Partner partner = actors.partnerOfMyCaf(partnerId);
        Convention convention =
                subscriptions.conventionOf(partnerId).orElseThrow(() -> RuleViolation.of("convention.missing"));
        Problems problems = new Problems();
        checkContract(form, problems);
        problems.throwIfAny();
        String before = String.valueOf(convention.getServiceContract());
        convention.setServiceContract(contractOf(form));
        audit.record(
                actors.caller().getLogin(),
                client,
                partner.getCafId(),
                partnerId,
                "SERVICE_CONTRACT_UPDATED",
                "convention " + convention.getReference(),
                before,
                convention.getServiceContract());
    }

    /** Ends the convention: from that day its subscriptions give no access any more. */
    public void terminateConvention(long partnerId, LocalDate on, ClientInfo client) {
        Partner partner = actors.partnerOfMyCaf(partnerId);
        Convention convention =
                subscriptions.conventionOf(partnerId).orElseThrow(() -> RuleViolation.of("convention.missing"));
        if (on == null) {
            throw RuleViolation.of("convention.terminatedOn.required");
        }
        if (convention.getTerminatedOn() != null) {
            throw RuleViolation.of("convention.alreadyTerminated");
        }
        if (on.isBefore(convention.getStartsOn())) {
            throw RuleViolation.of("convention.terminatedOn.beforeStart");
        }
        convention.terminate(on);
        audit.record(
                actors.caller().getLogin(),
                client,
                partner.getCafId(),
                partnerId,
                "CONVENTION_TERMINATED",
                "convention " + convention.getReference(),
                "en vigueur",
                "résiliée au " + on);
    }

    private static void checkContract(NewConvention form, Problems problems) {
        problems.required(form.partnerAdministrator(), "contract.partnerAdministrator.required");
        problems.required(form.partnerSecurityOfficer(), "contract.partnerSecurityOfficer.required");
        problems.required(form.partnerCnilReferent(), "contract.partnerCnilReferent.required");
        problems.required(form.cafMcpOfficer(), "contract.cafMcpOfficer.required");
        for (String contact : new String[] {
            form.partnerAdministrator(),
            form.partnerSecurityOfficer(),
            form.partnerCnilReferent(),
            form.cafMcpOfficer(),
            form.openingHours()
        }) {
            problems.maxLength(contact, 300, "contract.field.tooLong");
        }
        problems.maxLength(form.escalationProcedure(), 1000, "contract.escalation.tooLong");
    }

    private static ServiceContract contractOf(NewConvention form) {
        return new ServiceContract(
                Problems.trimmed(form.partnerAdministrator()),
                Problems.trimmed(form.partnerSecurityOfficer()),
                Problems.trimmed(form.partnerCnilReferent()),
                Problems.trimmed(form.cafMcpOfficer()),
                Problems.trimmed(form.openingHours()),
                Problems.trimmed(form.escalationProcedure()));
    }
}
