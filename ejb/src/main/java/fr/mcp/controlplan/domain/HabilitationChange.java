package fr.mcp.controlplan.domain;

import java.time.Instant;

/** A right given to or taken from a user: an AFAS role on a facility, or a place in a group. */
public record HabilitationChange(String login, Instant at, boolean granted, String what) {}
