package fr.mcp.identity.domain;

/** Where a request came from: client address and user agent, as recorded in security events. */
public record ClientInfo(String address, String userAgent) {

    public static final ClientInfo SYSTEM = new ClientInfo(null, "system");
}
