package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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

    @Column(name = "available_roles")
    private String availableRoles;

    protected ServiceSubscription() {}

    ServiceSubscription(Service service, Scope scope, LocalDate startsOn, LocalDate endsOn, Set<AfasRole> roles) {
        this.service = service;
        this.scope = scope;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.availableRoles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** The AFAS roles this bulletin makes available to the partner's users. */
    public Set<AfasRole> getAvailableRoles() {
        if (availableRoles == null || availableRoles.isBlank()) {
            return EnumSet.noneOf(AfasRole.class);
        }
        return Arrays.stream(availableRoles.split(","))
                .map(AfasRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AfasRole.class)));
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
