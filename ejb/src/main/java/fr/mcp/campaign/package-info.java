/**
 * Campaigns: a Caf's yearly call to declare, launched in the background in batches, with the call and reminder
 * mails to each facility's holders exactly once, its progress and its report.
 */
package fr.mcp.campaign;
