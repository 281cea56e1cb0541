package fr.mcp.web.shell;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short incident ids that users quote to support and that are found in the logs next to the stack trace. */
public final class Incidents {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {}

    public static String newId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
