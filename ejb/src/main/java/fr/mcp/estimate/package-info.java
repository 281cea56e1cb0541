/**
 * Estimate: the national subsidy scales (dated parameters with their legal references) and the explained estimate
 * of a declaration's subsidy, with its payment schedule.
 */
package fr.mcp.estimate;
