package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.Convention;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.ServiceSubscription;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/** Whether a partner's convention gives access to a service on a day: convention in force and a valid bulletin d'adhésion. */
@Stateless
public class Subscriptions {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    public Optional<Convention> conventionOf(long partnerId) {
        return em.createQuery("SELECT c FROM Convention c WHERE c.partnerId = :partner", Convention.class)
                .setParameter("partner", partnerId)
                .getResultStream()
                .findFirst();
    }

    public Optional<ServiceSubscription> valid(long partnerId, Service service, LocalDate day) {
        return conventionOf(partnerId).flatMap(convention -> convention.validSubscription(service, day));
    }

    public boolean isValid(long partnerId, Service service, LocalDate day) {
        return valid(partnerId, service, day).isPresent();
    }
}
