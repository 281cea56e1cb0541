/**
 * Imports: declaration values brought by a partner's software in a file or through the API, checked line by line,
 * applied per declaration, with a kept report.
 */
package fr.mcp.feed;
