package fr.mcp.identity.application;

/** CDI event: a user signed in successfully (observed after the sign-in's transaction commits). */
public record SignedIn(String login) {}
