package fr.mcp.web.habilitation;

import fr.mcp.habilitation.application.AssignmentFilter;
import fr.mcp.habilitation.application.AssignmentRequest;
import fr.mcp.habilitation.application.AssignmentRow;
import fr.mcp.habilitation.application.Habilitations;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.AssignmentState;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.FacilityType;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Page;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** "Habilitations AFAS": assign roles to members of AFAS-Déclarer; search by user, role, facility, state, sites. */
@Named
@ViewScoped
public class HabilitationsView extends PagedPartnerView<AssignmentRow> {

    private static final long serialVersionUID = 1L;

    @Override
    protected void probe() {
        getPage();
    }

    @Inject
    private transient Habilitations habilitations;

    private Long accountId;
    private AfasRole role;
    private Long facilityId;
    private List<String> siteIds = new ArrayList<>();
    private LocalDate startsOn = LocalDate.now();
    private LocalDate endsOn;

    private Long accountFilter;
    private AfasRole roleFilter;
    private FacilityType typeFilter;
    private String natureFilter;
    private AssignmentState stateFilter;
    private String siteFilter;
    private transient List<Facility> facilities;
    private transient List<UserAccount> declarers;

    public void assign() {
        try {
            habilitations.assign(
                    partnerId,
                    new AssignmentRequest(
                            accountId,
                            role,
                            facilityId,
                            siteIds == null
                                    ? List.of()
                                    : siteIds.stream().map(Long::valueOf).toList(),
                            startsOn,
                            endsOn),
                    Clients.current());
            Texts.info(role == AfasRole.APPROVER ? "habilitations.assigned.pending" : "habilitations.assigned");
            siteIds = new ArrayList<>();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        reload();
    }

    public void end(long assignmentId) {
        try {
            habilitations.end(partnerId, assignmentId, LocalDate.now(), Clients.current());
            Texts.info("habilitations.ended");
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        reload();
    }

    @Override
    protected int pageSize() {
        return 50;
    }

    @Override
    protected Page<AssignmentRow> load(int from, int size) {
        Boolean onSite = siteFilter == null || siteFilter.isBlank() ? null : Boolean.valueOf(siteFilter);
        return habilitations.search(
                partnerId,
                new AssignmentFilter(accountFilter, roleFilter, typeFilter, natureFilter, stateFilter, onSite),
                from,
                size);
    }

    public List<Facility> getFacilities() {
        if (facilities == null) {
            facilities = habilitations.facilities(partnerId);
        }
        return facilities;
    }

    /** Sites of multi-site facilities, labelled with their facility. */
    public List<SelectItem> getSites() {
        List<SelectItem> items = new ArrayList<>();
        getFacilities().stream().filter(Facility::isMultiSite).forEach(f -> f.getSites()
                .forEach(s -> items.add(new SelectItem(String.valueOf(s.getId()), f.getName() + " - " + s.getName()))));
        return items;
    }

    public List<UserAccount> getDeclarers() {
        if (declarers == null) {
            declarers = habilitations.declarers(partnerId);
        }
        return declarers;
    }

    public String roleLabel(String role) {
        return AfasRole.valueOf(role).label();
    }

    public String stateLabel(AssignmentRow row) {
        String label = Texts.get("habilitations.state." + row.state());
        if ("PENDING".equals(row.validationStatus())) {
            return label + " - " + Texts.get("habilitations.pendingCaf");
        }
        if ("REFUSED".equals(row.validationStatus())) {
            return label + " - " + Texts.get("habilitations.refusedCaf")
                    + (row.refusalReason() == null ? "" : " : " + row.refusalReason());
        }
        return label;
    }

    public AfasRole[] getRoles() {
        return AfasRole.values();
    }

    public AssignmentState[] getStates() {
        return AssignmentState.values();
    }

    public FacilityType[] getTypes() {
        return FacilityType.values();
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public AfasRole getRole() {
        return role;
    }

    public void setRole(AfasRole role) {
        this.role = role;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public void setFacilityId(Long facilityId) {
        this.facilityId = facilityId;
    }

    public List<String> getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(List<String> siteIds) {
        this.siteIds = siteIds;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Long getAccountFilter() {
        return accountFilter;
    }

    public void setAccountFilter(Long accountFilter) {
        this.accountFilter = accountFilter;
    }

    public AfasRole getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(AfasRole roleFilter) {
        this.roleFilter = roleFilter;
    }

    public FacilityType getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(FacilityType typeFilter) {
        this.typeFilter = typeFilter;
    }

    public String getNatureFilter() {
        return natureFilter;
    }

    public void setNatureFilter(String natureFilter) {
        this.natureFilter = natureFilter;
    }

    public AssignmentState getStateFilter() {
        return stateFilter;
    }

    public void setStateFilter(AssignmentState stateFilter) {
        this.stateFilter = stateFilter;
    }

    public String getSiteFilter() {
        return siteFilter;
    }

    public void setSiteFilter(String siteFilter) {
        this.siteFilter = siteFilter;
    }
}
