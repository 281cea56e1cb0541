/**
 * The web: Faces pages by context ({@code web.<context>}), the REST API ({@code web.api}), sign-in and sessions
 * ({@code web.security}), the portal shell ({@code web.shell}) and the documents both produce ({@code web.documents}).
 */
package fr.mcp.web;
