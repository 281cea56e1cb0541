/**
 * Demo: the demonstration data, the in-application SMTP server and its mailbox; off in production
 * ({@code mcp.demo.enabled}).
 */
package fr.mcp.demo;
