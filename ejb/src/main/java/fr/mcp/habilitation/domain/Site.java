package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A lieu d'implantation of a facility: activity data are declared per site. */
@Entity
@Table(name = "site")
public class Site extends BaseEntity {

    private String name;

    @Column(name = "main_site")
    private boolean mainSite;

    private String city;

    protected Site() {}

    Site(String name, boolean mainSite, String city) {
        this.name = name;
        this.mainSite = mainSite;
        this.city = city;
    }

    public String getName() {
        return name;
    }

    public boolean isMainSite() {
        return mainSite;
    }

    public String getCity() {
        return city;
    }
}
