package fr.mcp.campaign.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CalledFacilitiesTest {

    @Test
    void aFewFacilitiesAreAllListedWithoutARemainder() {
        String text = new CalledFacilities(List.of("Crèche Les Lutins", "RPE Versailles"), 2).text();

        assertEquals("- Crèche Les Lutins\n- RPE Versailles", text);
    }

    @Test
    void aHolderOfThousandsOfFacilitiesGetsTheFirstThirtyAndHowManyMore() {
        List<String> names = IntStream.rangeClosed(1, CalledFacilities.LISTED + 1)
                .mapToObj(i -> String.format("LAEP %05d", i))
                .toList();

        String text = new CalledFacilities(names, 50_000).text();

        assertEquals(CalledFacilities.LISTED + 1, text.lines().count());
        assertTrue(text.contains("- LAEP 00030"));
        assertFalse(text.contains("LAEP 00031"), "the 31st name is read only to know that there are more");
        assertTrue(text.endsWith("- et 49970 autres équipements : la liste complète est sur le portail"), text);
    }

    @Test
    void oneMoreFacilityIsSaidInTheSingular() {
        List<String> names = IntStream.rangeClosed(1, CalledFacilities.LISTED + 1)
                .mapToObj(i -> "EAJE " + i)
                .toList();

        assertTrue(new CalledFacilities(names, CalledFacilities.LISTED + 1)
                .text()
                .endsWith("- et 1 autre équipement : la liste complète est sur le portail"));
    }

    @Test
    void theFacilitiesOfOneQueryAreNamedInOrderEachNameOnce() {
        CalledFacilities called = CalledFacilities.of(List.of(
                new CalledFacilities.Called(7, "RPE Versailles"),
                new CalledFacilities.Called(3, "Crèche Les Lutins"),
                new CalledFacilities.Called(9, "Crèche Les Lutins")));

        assertEquals("- Crèche Les Lutins\n- RPE Versailles", called.text());
        assertEquals(2, called.count(), "named facilities only, when every name is listed");
    }

    @Test
    void beyondThirtyNamesTheRemainderCountsFacilitiesNotNames() {
        List<CalledFacilities.Called> facilities = new ArrayList<>(IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new CalledFacilities.Called(i, String.format("LAEP %02d", i)))
                .toList());
        facilities.add(new CalledFacilities.Called(41, "LAEP 01"));

        CalledFacilities called = CalledFacilities.of(facilities);

        assertEquals(41, called.count());
        assertTrue(called.text().startsWith("- LAEP 01\n- LAEP 02\n"), called.text());
        assertTrue(
                called.text().endsWith("- et 11 autres équipements : la liste complète est sur le portail"),
                called.text());
    }
}
