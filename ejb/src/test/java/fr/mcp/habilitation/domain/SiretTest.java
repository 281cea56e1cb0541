package fr.mcp.habilitation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {"21780551000013", "78234567800018", "45123456700027", "73282932000074"})
    void siretsWithAValidLuhnChecksumAreAccepted(String siret) {
        assertTrue(Siret.isValid(siret));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21780551000014", "7823456780001", "782345678000180", "7823456780001A", ""})
    void wrongChecksumsLengthsOrCharactersAreRefused(String siret) {
        assertFalse(Siret.isValid(siret));
    }

    @Test
    void laPosteEstablishmentsUseTheirOwnRule() {
        assertTrue(Siret.isValid("35600000000048"), "head office, Luhn-valid");
        assertTrue(Siret.isValid("35600000049837"), "digit sum 50, not Luhn-valid");
        assertFalse(Siret.isValid("35600000049838"));
    }

    @Test
    void theSirenIsTheFirstNineDigits() {
        assertEquals("217805510", new Siret("21780551000013").siren());
        assertThrows(IllegalArgumentException.class, () -> new Siret("21780551000014"));
        assertFalse(Siret.isValid(null));
    }
}
