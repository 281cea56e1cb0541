package fr.mcp.declaration.domain;

/** Who performs a step on a declaration, as recorded in its history. */
public record Author(String login, String name) {}
