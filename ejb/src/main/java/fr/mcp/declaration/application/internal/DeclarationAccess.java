package fr.mcp.declaration.application.internal;

import fr.mcp.declaration.domain.Author;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.habilitation.application.Memberships;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.RoleAssignment;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.ValidationStatus;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.domain.Forbidden;
import fr.mcp.shared.domain.OutOfScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds a declaration for the caller and says what they may do on it. Whatever id is sent, a declaration outside
 * the caller's facilities (partner side) or Caf (Caf side) answers "n'existe pas ou n'est pas dans votre périmètre".
 */
@Stateless
@PermitAll
public class DeclarationAccess {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Actors actors;

    @Inject
    private Memberships memberships;

    @Inject
    private Clock clock;

    /** The declaration and the caller's rights on it (concurrent changes are caught by the versions of the declaration and its forms). */
    public Access open(Long declarationId) {
        Declaration declaration = declarationId == null ? null : em.find(Declaration.class, declarationId);
        if (declaration == null) {
            throw OutOfScope.of("declaration.notFound");
        }
        Viewer viewer = viewerOf(declaration, actors.caller());
        if (!viewer.cafAgent() && viewer.roles().isEmpty()) {
            throw OutOfScope.of("declaration.notFound");
        }
        return new Access(declaration, viewer);
    }

    /** The caller's rights on a declaration (no right at all: an empty viewer). */
    public Viewer viewerOf(Declaration declaration, UserAccount account) {
        Author author = author(account);
        if (account.getPartnerId() == null) {
            boolean agent = (account.getRoles().contains(Roles.CAF_REVIEWER)
                            || account.getRoles().contains(Roles.CAF_ADMIN))
                    && Objects.equals(account.getCafId(), declaration.getCafId());
            return new Viewer(author, Set.of(), false, Set.of(), agent);
        }
        if (!account.getPartnerId().equals(declaration.getPartnerId())) {
            return new Viewer(author, Set.of(), false, Set.of(), false);
        }
        Partner partner = em.find(Partner.class, account.getPartnerId());
        LocalDate today = LocalDate.now(clock);
        if (!partner.isAccessActive()) {
            throw Forbidden.of("partner.accessSuspended");
        }
        if (!memberships.openServices(partner.getId(), today).contains(Service.AFAS)) {
            return new Viewer(author, Set.of(), false, Set.of(), false);
        }
        Set<AfasRole> roles = EnumSet.noneOf(AfasRole.class);
        Set<Long> sites = new HashSet<>();
        boolean wholeFacility = false;
        for (RoleAssignment assignment : assignmentsToday(account.getId(), declaration.getFacilityId(), today)) {
            roles.add(assignment.getRole());
            if (assignment.getRole() == AfasRole.FDA) {
                if (assignment.getSiteId() == null) {
                    wholeFacility = true;
                } else {
                    sites.add(assignment.getSiteId());
                }
            }
        }
        return new Viewer(author, Set.copyOf(roles), wholeFacility, Set.copyOf(sites), false);
    }

    public static Author author(UserAccount account) {
        return new Author(account.getLogin(), account.getFirstName() + " " + account.getLastName());
    }

    private List<RoleAssignment> assignmentsToday(long accountId, long facilityId, LocalDate today) {
        return em.createQuery(
                        "SELECT a FROM RoleAssignment a WHERE a.accountId = :account AND a.facilityId = :facility"
                                + " AND a.startsOn <= :today AND (a.endsOn IS NULL OR a.endsOn >= :today)"
                                + " AND a.validationStatus IN :effective",
                        RoleAssignment.class)
                .setParameter("account", accountId)
                .setParameter("facility", facilityId)
                .setParameter("today", today)
                .setParameter("effective", List.of(ValidationStatus.NOT_REQUIRED, ValidationStatus.VALIDATED))
                .getResultList();
    }

    /** A declaration with the caller's rights on it. */
    public record Access(Declaration declaration, Viewer viewer) {}
}
