package fr.mcp.declaration.domain;

import fr.mcp.habilitation.domain.AfasRole;

/** Activity data (per site) or financial data (once per facility), and the provider role that enters each. */
public enum FormKind {
    ACTIVITY(AfasRole.FDA),
    FINANCIAL(AfasRole.FDF);

    private final AfasRole provider;

    FormKind(AfasRole provider) {
        this.provider = provider;
    }

    public AfasRole provider() {
        return provider;
    }
}
