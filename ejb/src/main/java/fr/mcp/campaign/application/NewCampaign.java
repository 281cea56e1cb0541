package fr.mcp.campaign.application;

import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.habilitation.domain.FacilityType;
import java.time.LocalDate;
import java.util.List;

/** A call for declarations to launch: kind, year, facility types, opening day, deadline, reminder days before it, financial form asked. */
public record NewCampaign(
        DeclarationKind kind,
        Integer year,
        List<FacilityType> facilityTypes,
        LocalDate opensOn,
        LocalDate deadline,
        Integer reminderDays,
        Boolean financialRequested) {}
