package fr.mcp.identity.domain;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemporaryPasswordGeneratorTest {

    @Test
    void temporaryPasswordsFollowThePolicy() {
        for (int i = 0; i < 500; i++) {
            String password = TemporaryPasswordGenerator.next();
            assertTrue(
                    PasswordPolicy.violations(password, "ENFK7Q2M", List.of()).isEmpty(), password);
        }
    }

    @Test
    void temporaryPasswordsDiffer() {
        assertNotEquals(TemporaryPasswordGenerator.next(), TemporaryPasswordGenerator.next());
    }
}
