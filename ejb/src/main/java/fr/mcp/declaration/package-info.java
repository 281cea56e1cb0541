/**
 * AFAS declarations: a facility's yearly declarations with their forms, coherence controls, the provider, approver
 * and Caf circuit, the review queue, reminders, attachments, statistics; forms and controls are dated data.
 */
package fr.mcp.declaration;
