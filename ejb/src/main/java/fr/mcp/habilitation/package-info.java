/**
 * Habilitation: Cafs, partners, access conventions and service subscriptions, facilities and sites, groups, AFAS
 * roles and their validation, and the delegated administration of a partner's users.
 */
package fr.mcp.habilitation;
