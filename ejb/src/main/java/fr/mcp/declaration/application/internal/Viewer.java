package fr.mcp.declaration.application.internal;

import fr.mcp.declaration.domain.Author;
import fr.mcp.declaration.domain.DeclarationForm;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.habilitation.domain.AfasRole;
import java.util.Set;

/**
 * What the caller may do on one declaration, read from the database at the time of the call: the AFAS roles they
 * hold today on its facility (an approver only once validated by the Caf), the sites they provide activity for, or
 * the Caf agent's review right.
 */
public record Viewer(
        Author author,
        Set<AfasRole> roles,
        boolean activityOnWholeFacility,
        Set<Long> activitySites,
        boolean cafAgent) {

    public boolean approver() {
        return roles.contains(AfasRole.APPROVER);
    }

    public boolean mayEnter(DeclarationForm form) {
        if (form.getKind() == FormKind.FINANCIAL) {
            return roles.contains(AfasRole.FDF);
        }
        return activityOnWholeFacility || activitySites.contains(form.getSiteId());
    }
}
