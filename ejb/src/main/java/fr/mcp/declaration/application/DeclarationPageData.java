package fr.mcp.declaration.application;

import java.util.List;

/** What a declaration's page shows, read in one call: the declaration, its comparison with similar facilities, its documents. */
public record DeclarationPageData(DeclarationView view, Comparison comparison, List<AttachmentRow> attachments) {}
