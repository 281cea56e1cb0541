package fr.mcp.habilitation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CafReferenteTest {

    @Test
    void theCafReferenteIsTheCafOfTheHeadOfficeDepartement() {
        assertEquals("75", CafReferente.departementFor("75", false));
        assertEquals("2A", CafReferente.departementFor("2A", false));
        assertEquals("974", CafReferente.departementFor("974", false));
    }

    @Test
    void multiDepartementPartnersGoToTheCafDesYvelines() {
        assertEquals("78", CafReferente.departementFor("92", true));
    }

    @Test
    void unknownDepartementsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CafReferente.departementFor("20", false));
        assertThrows(IllegalArgumentException.class, () -> CafReferente.departementFor("99", false));
        assertThrows(IllegalArgumentException.class, () -> CafReferente.departementFor(null, false));
    }
}
