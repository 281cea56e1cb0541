/**
 * Identity: accounts, sign-in and its hardening, passwords, terms of use, API tokens, sessions' validity and the
 * security events; what it needs of organisations and groups it asks through {@code Organisations}.
 */
package fr.mcp.identity;
