package fr.mcp.web.api;

import fr.mcp.controlplan.application.InactiveAccounts;
import fr.mcp.controlplan.application.InactivityReport;
import fr.mcp.identity.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inactivity rule of the control plan, run on demand by a Caf administrator on the accounts of the Caf. */
@Path("/v1/ops/inactivity-checks")
@RequestScoped
@Tag(name = "Plan de contrôle")
@SecurityRequirement(name = "basic")
@RolesAllowed(Roles.CAF_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InactivityChecksResource {

    /** Body: one partner of the Caf (none: every account of the Caf) and the day (none: today; later: anticipate). */
    public record InactivityCheck(Long partnerId, LocalDate asOf) {}

    @Inject
    private InactiveAccounts inactiveAccounts;

    @POST
    @Operation(
            summary =
                    "Applique la règle d'inactivité (INACTIVE_ACCOUNT) aux comptes de votre Caf ou d'un de ses partenaires :"
                            + " avertit par e-mail les comptes sans connexion depuis trop longtemps, suspend ceux restés muets après le délai de grâce.")
    public InactivityReport run(InactivityCheck body) {
        return inactiveAccounts.runForCaf(body == null ? null : body.partnerId(), body == null ? null : body.asOf());
    }
}
