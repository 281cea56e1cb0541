package fr.mcp.web.habilitation;

import fr.mcp.habilitation.application.NewPartner;
import fr.mcp.habilitation.application.PartnerRegistry;
import fr.mcp.habilitation.application.PartnerRow;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Caf back-office "Partenaires": search the Caf's partners and register a new one. */
@Named
@ViewScoped
public class CafPartners implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PartnerRegistry registry;

    private String search;
    private String siret;
    private String name;
    private String legalForm;
    private String addressLine;
    private String postalCode;
    private String city;
    private String departement;
    private boolean multiDepartement;
    private String family = "ENF";
    private transient List<PartnerRow> partners;

    public String register() {
        try {
            long id = registry.register(
                    new NewPartner(
                            siret,
                            name,
                            legalForm,
                            addressLine,
                            postalCode,
                            city,
                            departement,
                            multiDepartement,
                            family),
                    Clients.current());
            return "/caf/partenaire.xhtml?faces-redirect=true&id=" + id + "&nouveau=true";
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
            return null;
        }
    }

    public void filter() {
        partners = null;
    }

    public List<PartnerRow> getPartners() {
        if (partners == null) {
            partners = registry.partners(search);
        }
        return partners;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public boolean isMultiDepartement() {
        return multiDepartement;
    }

    public void setMultiDepartement(boolean multiDepartement) {
        this.multiDepartement = multiDepartement;
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }
}
