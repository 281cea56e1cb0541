/**
 * Control plan: the detection rules over sign-ins and habilitations, the findings the Caf's agents work on, and
 * the inactive accounts closed by the national policy.
 */
package fr.mcp.controlplan;
