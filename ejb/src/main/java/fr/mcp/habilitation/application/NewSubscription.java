package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.Scope;
import fr.mcp.habilitation.domain.Service;
import java.time.LocalDate;
import java.util.Set;

/** A bulletin d'adhésion: service, scope, period and the roles it makes available. */
public record NewSubscription(
        Service service, Scope scope, LocalDate startsOn, LocalDate endsOn, Set<AfasRole> roles) {}
