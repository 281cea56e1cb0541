package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "convention_id", nullable = false)
    private List<ServiceSubscription> subscriptions = new ArrayList<>();

    protected Convention() {
    }

    public Convention(long partnerId, String reference, LocalDate startsOn) {
        this.partnerId = partnerId;
        this.reference = reference;
        this.startsOn = startsOn;
        this.termMonths = 12;
        this.tacitRenewal = true;
    }

    public ServiceSubscription subscribe(Service service, Scope scope, LocalDate from) {
        ServiceSubscription subscription = new ServiceSubscription(service, scope, from);
        subscriptions.add(subscription);
        return subscription;
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
