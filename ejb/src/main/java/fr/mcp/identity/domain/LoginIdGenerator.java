package fr.mcp.identity.domain;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Login ids: the partner family prefix (ENF, LOG, ACC…, CAF for Caf agents) followed by random characters
 * from an alphabet without the characters people confuse (no I, L, O, 0, 1).
 */
public final class LoginIdGenerator {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int RANDOM_PART = 5;

    private final RandomGenerator random;

    public LoginIdGenerator() {
        this(new SecureRandom());
    }

    LoginIdGenerator(RandomGenerator random) {
        this.random = random;
    }

    public String next(String prefix) {
        if (prefix == null || !prefix.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("A login prefix is three capital letters: " + prefix);
        }
        StringBuilder login = new StringBuilder(prefix);
        for (int i = 0; i < RANDOM_PART; i++) {
            login.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return login.toString();
    }
}
