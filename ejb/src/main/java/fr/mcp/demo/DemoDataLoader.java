package fr.mcp.demo;

import fr.mcp.declaration.domain.Author;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationForm;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.Caf;
import fr.mcp.habilitation.domain.Convention;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.FacilityType;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.RoleAssignment;
import fr.mcp.habilitation.domain.Scope;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.Site;
import fr.mcp.habilitation.domain.UserGroup;
import fr.mcp.identity.domain.IssuedLoginId;
import fr.mcp.identity.domain.PasswordHasher;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.platform.migration.SchemaReady;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demonstration data, loaded once into an empty database when the demo configuration is on: two Cafs, partners
 * with conventions and AFAS subscriptions, facilities of several types (single and multi-site) and one account
 * per actor. The logins are listed in README.md; they all share {@link #PASSWORD}.
 */
@Stateless
public class DemoDataLoader {

    public static final String PASSWORD = "Demo-2026!";
    static final String TERMS_VERSION = "2026-01";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private DemoSettings settings;

    @Inject
    private Clock clock;

    private String passwordHash;

    public void onSchemaReady(@Observes SchemaReady ready) {
        if (!settings.isEnabled()) {
            return;
        }
        long cafs = em.createQuery("SELECT COUNT(c) FROM Caf c", Long.class).getSingleResult();
        if (cafs > 0) {
            return;
        }
        passwordHash = new PasswordHasher(settings.getPasswordIterations()).hash(PASSWORD);
        load();
        LOG.info("Demo data loaded");
    }

    private void load() {
        LocalDate start = LocalDate.of(LocalDate.now(clock).getYear(), 1, 1);
        Caf yvelines = persist(new Caf("078", "Caf des Yvelines", "78"));
        Caf paris = persist(new Caf("075", "Caf de Paris", "75"));

        cafAgent("CAFADM", yvelines, "Martin", "Claire", Roles.CAF_ADMIN, start);
        cafAgent("CAFREV", yvelines, "Bernard", "Louis", Roles.CAF_REVIEWER, start);
        cafAgent("PARADM", paris, "Petit", "Sophie", Roles.CAF_ADMIN, start);

        Partner commune = persist(new Partner(
                "21780551000013",
                "Commune de Saint-Cyr-l'École",
                "Commune",
                "Square de l'Hôtel de Ville",
                "78210",
                "Saint-Cyr-l'École",
                "78",
                false,
                "ENF",
                yvelines.getId()));
        contract(commune, "CONV-078-0001", start, Scope.LOCAL);
        Facility rpe = new Facility(
                commune.getId(), FacilityType.RPE, "Relais petite enfance", "Relais petite enfance des Coteaux", true);
        rpe.setValidatedFte(new BigDecimal("1.50"));
        Site rpeMain = rpe.addSite("Relais des Coteaux - site principal", true, "Saint-Cyr-l'École");
        Site rpeBranch = rpe.addSite("Relais des Coteaux - antenne Fontenay", false, "Fontenay-le-Fleury");
        persist(rpe);
        Facility alsh = new Facility(
                commune.getId(),
                FacilityType.ALSH,
                "Accueil de loisirs périscolaire",
                "Accueil de loisirs Jean Moulin",
                false);
        alsh.addSite("École Jean Moulin", true, "Saint-Cyr-l'École");
        persist(alsh);

        UserAccount admin = partnerUser("ENFADM", commune, "Durand", "Hélène", start);
        admin.grant(Roles.PARTNER_ADMIN);
        UserAccount manager = partnerUser("ENFRESP", commune, "Moreau", "Julien", start);
        UserAccount activity = partnerUser("ENFFDA", commune, "Lefèvre", "Camille", start);
        UserAccount financial = partnerUser("ENFFDF", commune, "Roux", "Thomas", start);
        UserAccount approver = partnerUser("ENFAPP", commune, "Fournier", "Nathalie", start);
        UserAccount software = partnerUser("ENFLOG", commune, "Garnier", "Marc", start);

        UserGroup declarer = new UserGroup(commune.getId(), "AFAS - Déclarer", Service.AFAS, Roles.AFAS_DECLARER);
        declarer.nameManager(manager.getId());
        declarer.addMember(activity.getId());
        declarer.addMember(financial.getId());
        declarer.addMember(approver.getId());
        declarer.addMember(software.getId());
        persist(declarer);
        UserGroup habiliter = new UserGroup(commune.getId(), "AFAS - Habiliter", Service.AFAS, Roles.AFAS_HABILITER);
        habiliter.nameManager(manager.getId());
        habiliter.addMember(manager.getId());
        persist(habiliter);

        em.flush();
        assign(activity, AfasRole.FDA, rpe, rpeMain, start);
        assign(activity, AfasRole.FDA, rpe, rpeBranch, start);
        assign(activity, AfasRole.FDA, alsh, null, start);
        assign(financial, AfasRole.FDF, rpe, null, start);
        assign(financial, AfasRole.FDF, alsh, null, start);
        assign(approver, AfasRole.APPROVER, rpe, null, start).validateByCaf();
        assign(approver, AfasRole.APPROVER, alsh, null, start).validateByCaf();
        assign(software, AfasRole.FDI, rpe, null, start);
        assign(software, AfasRole.FDI, alsh, null, start);
        declarations(yvelines, commune, rpe, alsh);

        Partner association = persist(new Partner(
                "78234567800018",
                "Association Familles Paris Centre",
                "Association loi 1901",
                "12 rue de Rivoli",
                "75004",
                "Paris",
                "75",
                false,
                "ENF",
                paris.getId()));
        contract(association, "CONV-075-0001", start, Scope.LOCAL);
        Facility creche =
                new Facility(association.getId(), FacilityType.EAJE, "Multi-accueil", "Crèche Les Petits Pas", false);
        creche.addSite("Crèche Les Petits Pas", true, "Paris");
        persist(creche);
        Facility laep = new Facility(
                association.getId(), FacilityType.LAEP, "Lieu d'accueil enfants-parents", "LAEP La Passerelle", false);
        laep.addSite("La Passerelle", true, "Paris");
        persist(laep);
        Facility meetings = new Facility(
                association.getId(), FacilityType.ER, "Espace de rencontre", "Espace de rencontre Rivoli", false);
        meetings.addSite("Espace Rivoli", true, "Paris");
        persist(meetings);
        partnerUser("ASSADM", association, "Garnier", "Paul", start).grant(Roles.PARTNER_ADMIN);

        Partner mediation = persist(new Partner(
                "45123456700027",
                "Association Médiation Familiale Île-de-France",
                "Association loi 1901",
                "3 avenue de Paris",
                "78000",
                "Versailles",
                "78",
                true,
                "ENF",
                yvelines.getId()));
        contract(mediation, "CONV-078-0002", start, Scope.MULTI_CAF);
        Facility mf = new Facility(
                mediation.getId(), FacilityType.MF, "Médiation familiale", "Service de médiation familiale", true);
        mf.addSite("Permanence de Versailles", true, "Versailles");
        mf.addSite("Permanence de Nanterre", false, "Nanterre");
        persist(mf);
    }

    /**
     * Declarations to try the circuit: last year's actual of the relais, validated by the Caf (so this year's forecast
     * is compared with it), and this year's forecasts of the relais (two sites) and of the accueil de loisirs, to enter.
     */
    private void declarations(Caf caf, Partner partner, Facility rpe, Facility alsh) {
        int year = LocalDate.now(clock).getYear();
        Author caf78 = new Author("CAFREV", "Louis Bernard");
        Author provider = new Author("ENFFDA", "Camille Lefèvre");
        Author accountant = new Author("ENFFDF", "Thomas Roux");
        Author approver = new Author("ENFAPP", "Nathalie Fournier");
        Declaration actual = persist(openDeclaration(caf, partner, rpe, year - 1, DeclarationKind.ACTUAL, null, caf78));
        Instant at = now();
        for (DeclarationForm form : actual.getForms()) {
            Map<String, String> values = form.getKind() == FormKind.FINANCIAL
                    ? Map.of(
                            "purchases",
                            "4200",
                            "externalServices",
                            "9800",
                            "staffCosts",
                            "61000",
                            "otherExpenses",
                            "3000",
                            "cafServiceGrant",
                            "26000",
                            "localAuthorities",
                            "52000")
                    : Map.of(
                            "fteDeclared",
                            "0.75",
                            "monthsOpen",
                            "12",
                            "monthsPresent",
                            "12",
                            "reinforcedMissions",
                            "1",
                            "territories",
                            "3",
                            "collectiveSessions",
                            "40");
            actual.write(form, values, form.getKind() == FormKind.FINANCIAL ? accountant : provider, at, false);
        }
        actual.take(approver, at);
        actual.confirmStep(1);
        actual.confirmStep(2);
        actual.confirmStep(3);
        actual.transmit(approver, at, true, List.of(), null, null);
        actual.validate(null, caf78, at);
        persist(openDeclaration(
                caf,
                partner,
                rpe,
                year,
                DeclarationKind.FORECAST,
                LocalDate.now(clock).plusDays(45),
                caf78));
        persist(openDeclaration(
                caf,
                partner,
                alsh,
                year,
                DeclarationKind.FORECAST,
                LocalDate.now(clock).plusDays(45),
                caf78));
    }

    private Declaration openDeclaration(
            Caf caf,
            Partner partner,
            Facility facility,
            int year,
            DeclarationKind kind,
            LocalDate deadline,
            Author by) {
        Map<Long, String> sites = new LinkedHashMap<>();
        facility.getSites().forEach(site -> sites.put(site.getId(), site.getName()));
        return Declaration.open(
                facility.getId(),
                partner.getId(),
                caf.getId(),
                facility.getType().name(),
                year,
                kind,
                deadline,
                sites,
                true,
                by,
                now());
    }

    private void contract(Partner partner, String reference, LocalDate start, Scope scope) {
        Convention convention = new Convention(partner.getId(), reference, start);
        convention.subscribe(Service.AFAS, scope, start);
        persist(convention);
    }

    private void cafAgent(String login, Caf caf, String lastName, String firstName, String role, LocalDate start) {
        UserAccount account = UserAccount.cafAgent(
                login, caf.getId(), lastName, firstName, login.toLowerCase() + "@caf.demo.mcp.test", start, now());
        account.grant(role);
        ready(account);
    }

    private UserAccount partnerUser(String login, Partner partner, String lastName, String firstName, LocalDate start) {
        UserAccount account = UserAccount.partnerUser(
                login,
                partner.getId(),
                lastName,
                firstName,
                login.toLowerCase() + "@partenaire.demo.mcp.test",
                start,
                now());
        return ready(account);
    }

    private UserAccount ready(UserAccount account) {
        account.setPassword(passwordHash);
        account.acceptTerms(TERMS_VERSION, now());
        persist(new IssuedLoginId(account.getLogin(), now()));
        return persist(account);
    }

    private RoleAssignment assign(UserAccount account, AfasRole role, Facility facility, Site site, LocalDate start) {
        return persist(
                new RoleAssignment(account.getId(), role, facility.getId(), site == null ? null : site.getId(), start));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private Instant now() {
        return clock.instant();
    }
}
