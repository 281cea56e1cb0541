/**
 * Operations: the checks an administrator runs on a live platform (an end-to-end mail through the queue, the state
 * of the mail queue).
 */
package fr.mcp.ops;
