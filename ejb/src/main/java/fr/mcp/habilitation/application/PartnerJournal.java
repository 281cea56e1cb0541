package fr.mcp.habilitation.application;

import fr.mcp.audit.application.AuditTrail;
import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.application.Page;
import fr.mcp.shared.domain.Forbidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The partner's own audit trail, shown to its administrators: every change made on it, including by its Caf. */
@Stateless
@RolesAllowed({Roles.PARTNER_ADMIN, Roles.CAF_ADMIN})
public class PartnerJournal {

    @Inject
    private Actors actors;

    @Inject
    private AuditTrail audit;

    public Page<AuditEntry> entries(Long partnerId, int first, int size) {
        Actor actor = actors.on(partnerId);
        if (!actor.administersPartner()) {
            throw Forbidden.of("rights.missing");
        }
        int pageSize = Math.max(1, Math.min(size, 200));
        return new Page<>(
                audit.ofPartner(actor.partnerId(), Math.max(0, first), pageSize),
                audit.countOfPartner(actor.partnerId()),
                Math.max(0, first),
                pageSize);
    }
}
