package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.Partner;
import fr.mcp.identity.domain.UserAccount;
import java.util.Set;

/**
 * Who acts on a partner's habilitations, as read from the database at the time of the call (not from the roles
 * cached in the session): the partner acted on, and what the caller may do there.
 *
 * @param cafAdmin        a Caf administrator acting for a partner of its Caf (partner in difficulty)
 * @param partnerAdmin    one of the partner's (at most two) administrators
 * @param managedGroupIds the groups the caller manages
 * @param habiliter       member of an AFAS-Habiliter group of the partner
 */
public record Actor(
        UserAccount account,
        Partner partner,
        boolean cafAdmin,
        boolean partnerAdmin,
        Set<Long> managedGroupIds,
        boolean habiliter) {

    /** Administers every user and group of the partner. */
    public boolean administersPartner() {
        return cafAdmin || partnerAdmin;
    }

    public boolean manages(long groupId) {
        return administersPartner() || managedGroupIds.contains(groupId);
    }

    public String login() {
        return account.getLogin();
    }

    public long partnerId() {
        return partner.getId();
    }
}
