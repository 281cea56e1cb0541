package fr.mcp.web.security;

import java.util.Optional;

/**
 * An address of this application that the browser may be sent back to, given by the browser itself (the page it came
 * from, the page it asked for before signing in): only a path under the application's context, never another site
 * ({@code //host}, {@code /\host}, which browsers read as {@code //host}) nor a header split by a line break.
 */
public final class LocalAddress {

    private static final int MAX_LENGTH = 2_000;

    private LocalAddress() {}

    public static Optional<String> of(String contextPath, String target) {
        if (target == null
                || target.length() > MAX_LENGTH
                || !target.startsWith(contextPath + "/")
                || target.startsWith("//")
                || target.chars().anyMatch(c -> c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        return Optional.of(target);
    }
}
