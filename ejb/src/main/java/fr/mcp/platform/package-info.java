/**
 * Platform: the database schema's migrations (Flyway), run before the application serves, and its readiness.
 */
package fr.mcp.platform;
