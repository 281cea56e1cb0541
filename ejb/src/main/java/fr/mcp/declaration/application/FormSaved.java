package fr.mcp.declaration.application;

import java.time.Instant;

/** A form saved: its new version (to send with the next save) and when. */
public record FormSaved(long formId, long version, Instant savedAt) {}
