package fr.mcp.identity.application.internal;

import fr.mcp.identity.domain.PasswordHasher;

/** The application's password hasher, and a decoy hash that makes unknown ids cost as much as known ones. */
public final class Passwords {

    public static final PasswordHasher HASHER = new PasswordHasher();
    private static volatile String decoy;

    private Passwords() {}

    public static String decoyHash() {
        if (decoy == null) {
            decoy = HASHER.hash("decoy-password-never-used");
        }
        return decoy;
    }
}
