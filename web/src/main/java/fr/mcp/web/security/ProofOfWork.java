package fr.mcp.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The captcha of the portal, served by the application itself: a proof of work. The page receives a signed
 * challenge; the browser searches a number whose SHA-256 with the challenge starts with {@code difficulty}
 * zero bits (a second or so for a person, a real cost for a robot sending thousands of requests); the server
 * checks the signature, the expiry, the work, and that the challenge was not used before. No third party,
 * nothing to read or to click, so nothing that a screen reader or a keyboard cannot pass.
 */
@ApplicationScoped
public class ProofOfWork {

    private static final Duration VALIDITY = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret = new byte[32];
    private final Map<String, Instant> used = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "mcp.captcha.difficulty", defaultValue = "16")
    int difficulty;

    @Inject
    Clock clock;

    public ProofOfWork() {
        RANDOM.nextBytes(secret);
    }

    /** A new challenge: nonce.expiry.difficulty.signature */
    public String challenge() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "."
                + clock.instant().plus(VALIDITY).getEpochSecond() + "." + difficulty;
        return payload + "." + sign(payload);
    }

    /** Whether the solution proves the work for a valid, unexpired challenge used for the first time. */
    public boolean verify(String challenge, String solution) {
        if (challenge == null || solution == null || !solution.matches("\\d{1,12}")) {
            return false;
        }
        String[] parts = challenge.split("\\.");
        if (parts.length != 4) {
            return false;
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        Instant expiry;
        int bits;
        try {
            expiry = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            bits = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        Instant now = clock.instant();
        if (now.isAfter(expiry) || !hasLeadingZeroBits(sha256(challenge + ":" + solution), bits)) {
            return false;
        }
        used.entrySet().removeIf(entry -> now.isAfter(entry.getValue()));
        return used.putIfAbsent(parts[0], expiry) == null;
    }

    static boolean hasLeadingZeroBits(byte[] hash, int bits) {
        for (int i = 0; i < bits; i++) {
            if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
