package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A facility the Caf subsidises, on a single site or on several sites. */
@Entity
@Table(name = "facility")
public class Facility extends BaseEntity {

    /** ETP an RPE may have validated by the Caf board (beyond: two conventions, DOMAIN.md §6). */
    public static final BigDecimal MAX_RPE_VALIDATED_FTE = new BigDecimal("6");

    @Column(name = "partner_id")
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private FacilityType type;

    private String nature;
    private String name;

    @Column(name = "multi_site")
    private boolean multiSite;

    @Column(name = "validated_fte")
    private BigDecimal validatedFte;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "facility_id", nullable = false)
    @OrderBy("name")
    private List<Site> sites = new ArrayList<>();

    protected Facility() {}

    public Facility(long partnerId, FacilityType type, String nature, String name, boolean multiSite) {
        this.partnerId = partnerId;
        this.type = type;
        this.nature = nature;
        this.name = name;
        this.multiSite = multiSite;
    }

    public Site addSite(String siteName, boolean main, String city) {
        if (!multiSite && !sites.isEmpty()) {
            throw new IllegalStateException("A single-site facility has one site");
        }
        Site site = new Site(siteName, main, city);
        sites.add(site);
        return site;
    }

    public void setValidatedFte(BigDecimal validatedFte) {
        this.validatedFte = validatedFte;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public FacilityType getType() {
        return type;
    }

    public String getNature() {
        return nature;
    }

    public String getName() {
        return name;
    }

    public boolean isMultiSite() {
        return multiSite;
    }

    public BigDecimal getValidatedFte() {
        return validatedFte;
    }

    public List<Site> getSites() {
        return List.copyOf(sites);
    }
}
