package fr.mcp.campaign.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        List<String> names = IntStream.rangeClosed(1, CalledFacilities.LISTED + 1).mapToObj(i -> String.format("LAEP %05d", i)).toList();

        String text = new CalledFacilities(names, 50_000).text();

        assertEquals(CalledFacilities.LISTED + 1, text.lines().count());
        assertTrue(text.contains("- LAEP 00030"));
        assertFalse(text.contains("LAEP 00031"), "the 31st name is read only to know that there are more");
        assertTrue(text.endsWith("- et 49970 autres équipements : la liste complète est sur le portail"), text);
    }

    @Test
    void oneMoreFacilityIsSaidInTheSingular() {
        List<String> names = IntStream.rangeClosed(1, CalledFacilities.LISTED + 1).mapToObj(i -> "EAJE " + i).toList();

        assertTrue(new CalledFacilities(names, CalledFacilities.LISTED + 1).text().endsWith("- et 1 autre équipement : la liste complète est sur le portail"));
    }
}
