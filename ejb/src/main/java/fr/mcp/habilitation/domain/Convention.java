package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The access agreement of a partner (one per SIRET): one year, tacitly renewed, with its service subscriptions. */
@Entity
@Table(name = "convention")
public class Convention extends BaseEntity {

    @Column(name = "partner_id")
    private Long partnerId;

    private String reference;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "term_months")
    private int termMonths;

    @Column(name = "tacit_renewal")
    private boolean tacitRenewal;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Column(name = "eligibility_received_on")
    private LocalDate eligibilityReceivedOn;

    @Embedded
    private ServiceContract serviceContract;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "convention_id", nullable = false)
    private List<ServiceSubscription> subscriptions = new ArrayList<>();

    protected Convention() {}

    public Convention(long partnerId, String reference, LocalDate startsOn) {
        this.partnerId = partnerId;
        this.reference = reference;
        this.startsOn = startsOn;
        this.termMonths = 12;
        this.tacitRenewal = true;
    }

    public ServiceSubscription subscribe(Service service, Scope scope, LocalDate from) {
        return subscribe(
                service, scope, from, null, service == Service.AFAS ? EnumSet.allOf(AfasRole.class) : Set.of());
    }

    /** Adds a bulletin d'adhésion; a service already subscribed for an overlapping period is refused by the caller. */
    public ServiceSubscription subscribe(
            Service service, Scope scope, LocalDate from, LocalDate until, Set<AfasRole> roles) {
        ServiceSubscription subscription = new ServiceSubscription(service, scope, from, until, roles);
        subscriptions.add(subscription);
        return subscription;
    }

    /** Whether the convention is in force that day: started, and neither terminated nor (without tacit renewal) over. */
    public boolean isInForceOn(LocalDate day) {
        if (day.isBefore(startsOn)) {
            return false;
        }
        if (terminatedOn != null && !day.isBefore(terminatedOn)) {
            return false;
        }
        return tacitRenewal || day.isBefore(startsOn.plusMonths(termMonths));
    }

    /** The subscription to that service valid that day, if the convention itself is in force. */
    public Optional<ServiceSubscription> validSubscription(Service service, LocalDate day) {
        if (!isInForceOn(day)) {
            return Optional.empty();
        }
        return subscriptions.stream()
                .filter(s -> s.getService() == service && s.isValidOn(day))
                .findFirst();
    }

    public void terminate(LocalDate on) {
        if (terminatedOn != null) {
            throw new IllegalStateException("Already terminated");
        }
        this.terminatedOn = on;
    }

    public void setTacitRenewal(boolean tacitRenewal) {
        this.tacitRenewal = tacitRenewal;
    }

    public void setEligibilityReceivedOn(LocalDate eligibilityReceivedOn) {
        this.eligibilityReceivedOn = eligibilityReceivedOn;
    }

    public void setServiceContract(ServiceContract serviceContract) {
        this.serviceContract = serviceContract;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public boolean isTacitRenewal() {
        return tacitRenewal;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public LocalDate getEligibilityReceivedOn() {
        return eligibilityReceivedOn;
    }

    public ServiceContract getServiceContract() {
        return serviceContract;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public List<ServiceSubscription> getSubscriptions() {
        return List.copyOf(subscriptions);
    }
}
