package fr.mcp.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginIdGeneratorTest {

    private final LoginIdGenerator generator = new LoginIdGenerator();

    @Test
    void loginIdsStartWithThePartnerFamilyPrefix() {
        String login = generator.next("ENF");

        assertTrue(login.startsWith("ENF"));
        assertEquals(3 + LoginIdGenerator.RANDOM_PART, login.length());
    }

    @Test
    void loginIdsNeverContainLookAlikeCharacters() {
        for (int i = 0; i < 2_000; i++) {
            String randomPart = generator.next("LOG").substring(3);
            assertTrue(randomPart.chars().noneMatch(c -> "IL1O0lo".indexOf(c) >= 0), randomPart);
        }
    }

    @Test
    void loginIdsAreSpreadEnoughToMakeCollisionsRare() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(generator.next("ACC"));
        }
        assertTrue(seen.size() > 9_950, "31^5 possibilities: " + seen.size());
    }

    @Test
    void aPrefixIsThreeCapitalLetters() {
        assertThrows(IllegalArgumentException.class, () -> generator.next("enf"));
        assertThrows(IllegalArgumentException.class, () -> generator.next("EN"));
        assertThrows(IllegalArgumentException.class, () -> generator.next(null));
    }
}
