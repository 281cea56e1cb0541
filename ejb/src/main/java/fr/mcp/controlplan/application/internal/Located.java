package fr.mcp.controlplan.application.internal;

import fr.mcp.controlplan.domain.Finding;

/** A finding with what it bears on: the partner, and the account when the subject is a user. */
public record Located(Finding finding, Long partnerId, Long accountId) {}
