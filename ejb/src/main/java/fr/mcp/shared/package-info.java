/**
 * Shared: what every context uses — the rule violations and refusals in French ({@code domain}), paging, bulk SQL
 * and the rule revision that tells every server to read dated rules again ({@code application}).
 */
package fr.mcp.shared;
