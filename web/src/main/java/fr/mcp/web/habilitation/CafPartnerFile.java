package fr.mcp.web.habilitation;

import fr.mcp.habilitation.application.NewConvention;
import fr.mcp.habilitation.application.NewFacility;
import fr.mcp.habilitation.application.NewSubscription;
import fr.mcp.habilitation.application.PartnerAccess;
import fr.mcp.habilitation.application.PartnerFile;
import fr.mcp.habilitation.application.PartnerRegistry;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.FacilityType;
import fr.mcp.habilitation.domain.Scope;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.ServiceContract;
import fr.mcp.identity.application.NewAccount;
import fr.mcp.identity.domain.Mobility;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Caf back-office "Dossier du partenaire": convention and service contract, subscriptions, facilities, administrators, suspension. */
@Named
@ViewScoped
public class CafPartnerFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PartnerRegistry registry;

    @Inject
    private transient PartnerAccess access;

    private Long id;
    private transient PartnerFile file;

    private String reference;
    private LocalDate conventionStartsOn = LocalDate.now();
    private boolean tacitRenewal = true;
    private LocalDate eligibilityReceivedOn;
    private String partnerAdministrator;
    private String partnerSecurityOfficer;
    private String partnerCnilReferent;
    private String cafMcpOfficer;
    private String openingHours = "Du lundi au vendredi, de 8h30 à 17h30";
    private String escalationProcedure;

    private Service service = Service.AFAS;
    private Scope scope = Scope.LOCAL;
    private LocalDate subscriptionStartsOn = LocalDate.now();
    private List<String> roles = new ArrayList<>(
            EnumSet.allOf(AfasRole.class).stream().map(Enum::name).toList());

    private FacilityType facilityType;
    private String facilityNature;
    private String facilityName;
    private boolean multiSite;
    private BigDecimal validatedFte;
    private String sites;

    private String adminLastName;
    private String adminFirstName;
    private String adminEmail;
    private String adminEmailConfirmation;
    private String adminPhone;

    private String suspensionReason;
    private LocalDate terminatedOn;
    private Long siteFacilityId;
    private String siteName;
    private String siteCity;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            file = registry.file(id);
            prefillContract();
        } catch (RuntimeException e) {
            file = null;
            Violations.showOrRethrow(e);
        }
    }

    /** The contract form starts from the contract in force. */
    private void prefillContract() {
        if (file.convention() == null
                || file.convention().getServiceContract() == null
                || partnerAdministrator != null) {
            return;
        }
        ServiceContract contract = file.convention().getServiceContract();
        partnerAdministrator = contract.getPartnerAdministrator();
        partnerSecurityOfficer = contract.getPartnerSecurityOfficer();
        partnerCnilReferent = contract.getPartnerCnilReferent();
        cafMcpOfficer = contract.getCafMcpOfficer();
        openingHours = contract.getOpeningHours();
        escalationProcedure = contract.getEscalationProcedure();
    }

    public void updateContract() {
        run(
                () -> registry.updateServiceContract(
                        id,
                        new NewConvention(
                                null,
                                null,
                                true,
                                null,
                                partnerAdministrator,
                                partnerSecurityOfficer,
                                partnerCnilReferent,
                                cafMcpOfficer,
                                openingHours,
                                escalationProcedure),
                        Clients.current()),
                "partnerFile.contract.updated");
    }

    public void terminate() {
        run(() -> registry.terminateConvention(id, terminatedOn, Clients.current()), "partnerFile.terminated");
    }

    public void addSite() {
        run(
                () -> access.addSite(
                        siteFacilityId == null ? -1 : siteFacilityId,
                        new NewFacility.NewSite(siteName, siteCity),
                        Clients.current()),
                "partnerFile.site.added");
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public void setTerminatedOn(LocalDate terminatedOn) {
        this.terminatedOn = terminatedOn;
    }

    public Long getSiteFacilityId() {
        return siteFacilityId;
    }

    public void setSiteFacilityId(Long siteFacilityId) {
        this.siteFacilityId = siteFacilityId;
    }

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName;
    }

    public String getSiteCity() {
        return siteCity;
    }

    public void setSiteCity(String siteCity) {
        this.siteCity = siteCity;
    }

    public PartnerFile getFile() {
        return file;
    }

    public void openConvention() {
        run(
                () -> registry.openConvention(
                        id,
                        new NewConvention(
                                reference,
                                conventionStartsOn,
                                tacitRenewal,
                                eligibilityReceivedOn,
                                partnerAdministrator,
                                partnerSecurityOfficer,
                                partnerCnilReferent,
                                cafMcpOfficer,
                                openingHours,
                                escalationProcedure),
                        Clients.current()),
                "partnerFile.convention.opened");
    }

    public void subscribe() {
        run(
                () -> access.subscribe(
                        id,
                        new NewSubscription(
                                service,
                                scope,
                                subscriptionStartsOn,
                                null,
                                roles == null || roles.isEmpty()
                                        ? Set.of()
                                        : EnumSet.copyOf(roles.stream()
                                                .map(AfasRole::valueOf)
                                                .toList())),
                        Clients.current()),
                "partnerFile.subscription.added");
    }

    public void addFacility() {
        run(
                () -> access.addFacility(
                        id,
                        new NewFacility(
                                facilityType, facilityNature, facilityName, multiSite, validatedFte, parseSites()),
                        Clients.current()),
                "partnerFile.facility.added");
    }

    /** One site per line, "name ; city". */
    private List<NewFacility.NewSite> parseSites() {
        List<NewFacility.NewSite> parsed = new ArrayList<>();
        if (sites == null) {
            return parsed;
        }
        for (String line : sites.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            parsed.add(new NewFacility.NewSite(parts[0].trim(), parts.length > 1 ? parts[1].trim() : null));
        }
        return parsed;
    }

    public void createAdministrator() {
        try {
            String login = access.createAdministrator(
                    id,
                    new NewAccount(
                            id,
                            adminLastName,
                            adminFirstName,
                            adminEmail,
                            adminEmailConfirmation,
                            adminPhone,
                            Mobility.SEDENTARY,
                            LocalDate.now(),
                            null),
                    Clients.current());
            Texts.info("partnerFile.admin.created", login, adminEmail.trim());
            adminLastName = null;
            adminFirstName = null;
            adminEmail = null;
            adminEmailConfirmation = null;
            adminPhone = null;
            load();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public void suspend() {
        run(() -> access.suspend(id, suspensionReason, Clients.current()), "partnerFile.suspended");
    }

    public void restore() {
        run(() -> access.restore(id, Clients.current()), "partnerFile.restored");
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Texts.info(doneKey);
            load();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public FacilityType[] getFacilityTypes() {
        return FacilityType.values();
    }

    public Scope[] getScopes() {
        return Scope.values();
    }

    public Service[] getServices() {
        return new Service[] {Service.AFAS, Service.CDAP};
    }

    public AfasRole[] getAfasRoles() {
        return AfasRole.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getConventionStartsOn() {
        return conventionStartsOn;
    }

    public void setConventionStartsOn(LocalDate conventionStartsOn) {
        this.conventionStartsOn = conventionStartsOn;
    }

    public boolean isTacitRenewal() {
        return tacitRenewal;
    }

    public void setTacitRenewal(boolean tacitRenewal) {
        this.tacitRenewal = tacitRenewal;
    }

    public LocalDate getEligibilityReceivedOn() {
        return eligibilityReceivedOn;
    }

    public void setEligibilityReceivedOn(LocalDate eligibilityReceivedOn) {
        this.eligibilityReceivedOn = eligibilityReceivedOn;
    }

    public String getPartnerAdministrator() {
        return partnerAdministrator;
    }

    public void setPartnerAdministrator(String partnerAdministrator) {
        this.partnerAdministrator = partnerAdministrator;
    }

    public String getPartnerSecurityOfficer() {
        return partnerSecurityOfficer;
    }

    public void setPartnerSecurityOfficer(String partnerSecurityOfficer) {
        this.partnerSecurityOfficer = partnerSecurityOfficer;
    }

    public String getPartnerCnilReferent() {
        return partnerCnilReferent;
    }

    public void setPartnerCnilReferent(String partnerCnilReferent) {
        this.partnerCnilReferent = partnerCnilReferent;
    }

    public String getCafMcpOfficer() {
        return cafMcpOfficer;
    }

    public void setCafMcpOfficer(String cafMcpOfficer) {
        this.cafMcpOfficer = cafMcpOfficer;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public String getEscalationProcedure() {
        return escalationProcedure;
    }

    public void setEscalationProcedure(String escalationProcedure) {
        this.escalationProcedure = escalationProcedure;
    }

    public Service getService() {
        return service;
    }

    public void setService(Service service) {
        this.service = service;
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope;
    }

    public LocalDate getSubscriptionStartsOn() {
        return subscriptionStartsOn;
    }

    public void setSubscriptionStartsOn(LocalDate subscriptionStartsOn) {
        this.subscriptionStartsOn = subscriptionStartsOn;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public FacilityType getFacilityType() {
        return facilityType;
    }

    public void setFacilityType(FacilityType facilityType) {
        this.facilityType = facilityType;
    }

    public String getFacilityNature() {
        return facilityNature;
    }

    public void setFacilityNature(String facilityNature) {
        this.facilityNature = facilityNature;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public void setFacilityName(String facilityName) {
        this.facilityName = facilityName;
    }

    public boolean isMultiSite() {
        return multiSite;
    }

    public void setMultiSite(boolean multiSite) {
        this.multiSite = multiSite;
    }

    public BigDecimal getValidatedFte() {
        return validatedFte;
    }

    public void setValidatedFte(BigDecimal validatedFte) {
        this.validatedFte = validatedFte;
    }

    public String getSites() {
        return sites;
    }

    public void setSites(String sites) {
        this.sites = sites;
    }

    public String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(String adminLastName) {
        this.adminLastName = adminLastName;
    }

    public String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminEmailConfirmation() {
        return adminEmailConfirmation;
    }

    public void setAdminEmailConfirmation(String adminEmailConfirmation) {
        this.adminEmailConfirmation = adminEmailConfirmation;
    }

    public String getAdminPhone() {
        return adminPhone;
    }

    public void setAdminPhone(String adminPhone) {
        this.adminPhone = adminPhone;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    public void setSuspensionReason(String suspensionReason) {
        this.suspensionReason = suspensionReason;
    }
}
