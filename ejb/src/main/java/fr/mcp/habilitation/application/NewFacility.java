package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.FacilityType;
import java.math.BigDecimal;
import java.util.List;

/** A facility of a partner with its sites (one for a single-site facility). */
public record NewFacility(
        FacilityType type,
        String nature,
        String name,
        boolean multiSite,
        BigDecimal validatedFte,
        List<NewSite> sites) {

    /** A lieu d'implantation. */
    public record NewSite(String name, String city) {}
}
