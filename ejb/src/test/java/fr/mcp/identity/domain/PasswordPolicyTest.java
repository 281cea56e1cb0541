package fr.mcp.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static Set<PasswordRule> check(String candidate) {
        return PasswordPolicy.violations(candidate, "ENFK7Q2M", List.of("Camille", "Lefèvre"));
    }

    @Test
    void aPasswordFollowingEveryRuleIsAccepted() {
        assertTrue(check("Azerty-2026").isEmpty());
    }

    @Test
    void lengthMustBeBetween8And32() {
        assertEquals(Set.of(PasswordRule.LENGTH), check("Az-2026"));
        assertTrue(check("Az-20261").isEmpty(), "8 characters");
        assertTrue(check("Az-2" + "x".repeat(28)).isEmpty(), "32 characters");
        assertEquals(Set.of(PasswordRule.LENGTH), check("Az-2" + "x".repeat(29)));
    }

    @Test
    void anUpperCaseLetterIsRequired() {
        assertEquals(Set.of(PasswordRule.UPPERCASE), check("azerty-2026"));
    }

    @Test
    void aLowerCaseLetterIsRequired() {
        assertEquals(Set.of(PasswordRule.LOWERCASE), check("AZERTY-2026"));
    }

    @Test
    void aDigitIsRequired() {
        assertEquals(Set.of(PasswordRule.DIGIT), check("Azerty-deux"));
    }

    @Test
    void aSpecialCharacterIsRequired() {
        assertEquals(Set.of(PasswordRule.SPECIAL), check("Azerty2026"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"€", "£", "$", "¥", "¢", "₹"})
    void currencySignsDoNotCountAsSpecialCharacters(String currency) {
        assertEquals(Set.of(PasswordRule.SPECIAL), check("Azerty2026" + currency));
    }

    @Test
    void aSpaceDoesNotCountAsASpecialCharacter() {
        assertEquals(Set.of(PasswordRule.SPECIAL), check("Azerty 2026"));
    }

    @Test
    void theLoginIdAndTheNamesAreRefusedWhateverTheirCase() {
        assertEquals(Set.of(PasswordRule.NOT_PERSONAL), check("enfk7q2m-A1"));
        assertEquals(Set.of(PasswordRule.NOT_PERSONAL), check("CAMILLE-2026a"));
        assertEquals(Set.of(PasswordRule.NOT_PERSONAL), check("xLefèvre-2026"));
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        assertEquals(
                EnumSet.of(PasswordRule.LENGTH, PasswordRule.UPPERCASE, PasswordRule.DIGIT, PasswordRule.SPECIAL),
                check("abc"));
        assertEquals(
                EnumSet.of(
                        PasswordRule.LENGTH,
                        PasswordRule.UPPERCASE,
                        PasswordRule.LOWERCASE,
                        PasswordRule.DIGIT,
                        PasswordRule.SPECIAL),
                check(null));
    }
}
