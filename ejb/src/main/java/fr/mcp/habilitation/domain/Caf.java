package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A local family-benefits fund, one per département. */
@Entity
@Table(name = "caf")
public class Caf extends BaseEntity {

    private String code;
    private String name;
    private String departement;

    protected Caf() {}

    public Caf(String code, String name, String departement) {
        this.code = code;
        this.name = name;
        this.departement = departement;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDepartement() {
        return departement;
    }
}
