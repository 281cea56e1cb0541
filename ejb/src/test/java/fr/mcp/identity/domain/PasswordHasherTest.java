package fr.mcp.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("Demo-2026!");

        assertTrue(hasher.verify("Demo-2026!", stored));
        assertFalse(hasher.verify("demo-2026!", stored));
        assertFalse(hasher.verify("", stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("Demo-2026!"), hasher.hash("Demo-2026!"));
    }

    @Test
    void storesItsIterationCountSoThatItCanBeRaisedLater() {
        String stored = hasher.hash("Demo-2026!");

        assertTrue(stored.startsWith("pbkdf2-sha512$1000$"));
        assertTrue(new PasswordHasher(2_000).verify("Demo-2026!", stored));
    }

    @Test
    void defaultFollowsOwaspGuidanceForPbkdf2Sha512() {
        assertTrue(new PasswordHasher().hash("x").startsWith("pbkdf2-sha512$210000$"));
    }

    @Test
    void rejectsMissingOrMalformedHashes() {
        assertFalse(hasher.verify("Demo-2026!", null));
        assertFalse(hasher.verify(null, hasher.hash("Demo-2026!")));
        assertFalse(hasher.verify("Demo-2026!", "plain-text"));
        assertFalse(hasher.verify("Demo-2026!", "md5$1$abc$def"));
    }
}
