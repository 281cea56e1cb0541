/**
 * Journal: the Caf's one search over the audit entries, the declarations' history and the security events of its
 * partners and agents (read only).
 */
package fr.mcp.journal;
