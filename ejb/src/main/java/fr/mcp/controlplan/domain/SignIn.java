package fr.mcp.controlplan.domain;

import java.time.Instant;

/** A successful sign-in as the control plan reads it from the security events. */
public record SignIn(String login, Instant at, String address) {}
