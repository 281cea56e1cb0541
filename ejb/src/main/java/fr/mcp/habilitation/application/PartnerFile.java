package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.Convention;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.identity.domain.UserAccount;
import java.util.List;

/** Everything the Caf knows of a partner: contracts, facilities and sites, administrators (loaded, detached). */
public record PartnerFile(
        Partner partner,
        String cafName,
        Convention convention,
        List<Facility> facilities,
        List<UserAccount> administrators) {}
