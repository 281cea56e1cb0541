package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A bulletin d'adhésion: the partner's subscription to one service, with its scope. */
@Entity
@Table(name = "service_subscription")
public class ServiceSubscription extends BaseEntity {

    @Enumerated(EnumType.STRING)
    private Service service;
    @Enumerated(EnumType.STRING)
    private Scope scope;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected ServiceSubscription() {
    }

    ServiceSubscription(Service service, Scope scope, LocalDate startsOn) {
        this.service = service;
        this.scope = scope;
        this.startsOn = startsOn;
    }

    public Service getService() {
        return service;
    }

    public Scope getScope() {
        return scope;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
