package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.UserGroup;
import fr.mcp.identity.application.Accounts;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.domain.Forbidden;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves the {@link Actor} behind a call. A partner's user always acts on their own partner, whatever partner id
 * they send; a Caf administrator acts on a partner of its own Caf only; anyone else is refused.
 */
@Stateless
@PermitAll
public class Actors {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Memberships memberships;

    @Inject
    private Clock clock;

    /** The caller's own account, read now. */
    public UserAccount caller() {
        return accounts.caller();
    }

    /** The actor on a partner; {@code requestedPartnerId} is only used by Caf administrators (null: none chosen). */
    public Actor on(Long requestedPartnerId) {
        UserAccount account = caller();
        if (account.getPartnerId() == null) {
            return cafAdministratorOn(account, requestedPartnerId);
        }
        if (requestedPartnerId != null && !requestedPartnerId.equals(account.getPartnerId())) {
            throw OutOfScope.of("partner.notFound");
        }
        Partner partner = em.find(Partner.class, account.getPartnerId());
        if (!partner.isAccessActive()) {
            throw Forbidden.of("partner.accessSuspended");
        }
        Set<Long> managed = new HashSet<>();
        boolean habiliter = false;
        boolean afasValid =
                memberships.openServices(partner.getId(), LocalDate.now(clock)).contains(Service.AFAS);
        for (UserGroup group : memberships.groupsOf(account)) {
            if (account.getId().equals(group.getManagerId())) {
                managed.add(group.getId());
            }
            if (afasValid
                    && group.hasMember(account.getId())
                    && Roles.AFAS_HABILITER.equals(group.getApplicationRole())) {
                habiliter = true;
            }
        }
        return new Actor(
                account,
                partner,
                false,
                account.getRoles().contains(Roles.PARTNER_ADMIN),
                Set.copyOf(managed),
                habiliter);
    }

    private Actor cafAdministratorOn(UserAccount account, Long requestedPartnerId) {
        if (!account.getRoles().contains(Roles.CAF_ADMIN)) {
            throw Forbidden.of("rights.missing");
        }
        if (requestedPartnerId == null) {
            throw RuleViolation.of("partner.required");
        }
        Partner partner = em.find(Partner.class, requestedPartnerId);
        if (partner == null || !Objects.equals(partner.getCafId(), account.getCafId())) {
            throw OutOfScope.of("partner.notFound");
        }
        return new Actor(account, partner, true, false, Set.of(), true);
    }

    /** A partner of the caller's Caf (caller: a Caf agent). */
    public Partner partnerOfMyCaf(Long partnerId) {
        UserAccount account = caller();
        Partner partner = partnerId == null ? null : em.find(Partner.class, partnerId);
        if (partner == null || account.getCafId() == null || !Objects.equals(partner.getCafId(), account.getCafId())) {
            throw OutOfScope.of("partner.notFound");
        }
        return partner;
    }
}
