/**
 * Audit: the tamper-evident chain of every administrative and security event (sealing, verification, daily digests)
 * and the retention of the events; every context records what it changes through {@code AuditTrail}.
 */
package fr.mcp.audit;
