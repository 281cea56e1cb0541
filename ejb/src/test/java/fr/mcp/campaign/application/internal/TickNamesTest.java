package fr.mcp.campaign.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TickNamesTest {

    private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void twoTicksCreatedByTwoServersLeaveTheOldestWhicheverServerLooks() {
        String first = TickNames.create(2_000, NOON);
        String second = TickNames.create(2_000, NOON.plusMillis(40));
        List<String> seenByOne = List.of(first, second);
        List<String> seenByOther = List.of(second, first);

        assertEquals(List.of(second), TickNames.surplus(seenByOne, Function.identity(), 2_000));
        assertEquals(List.of(second), TickNames.surplus(seenByOther, Function.identity(), 2_000));
    }

    @Test
    void ticksCreatedInTheSameMillisecondAreStillToldApart() {
        String one = TickNames.create(2_000, NOON);
        String other = TickNames.create(2_000, NOON);
        assertNotEquals(one, other);

        List<String> surplus = TickNames.surplus(List.of(one, other), Function.identity(), 2_000);
        List<String> reversed = TickNames.surplus(List.of(other, one), Function.identity(), 2_000);

        assertEquals(1, surplus.size());
        assertEquals(surplus, reversed, "both servers cancel the same one");
    }

    @Test
    void aTickOfAnotherPeriodIsCancelledAndTheCurrentOneKept() {
        String old = TickNames.create(5_000, NOON);
        String current = TickNames.create(2_000, NOON.plusSeconds(3_600));

        assertEquals(List.of(old), TickNames.surplus(List.of(current, old), Function.identity(), 2_000));
    }

    @Test
    void aTickNamedByItsPeriodOnlyIsKeptAndTheNewerOnesGo() {
        String legacy = "campaigns every 2000 ms";
        String newer = TickNames.create(2_000, NOON);
        List<String> ticks = new ArrayList<>(List.of(newer, legacy));
        Collections.reverse(ticks);

        assertEquals(List.of(newer), TickNames.surplus(ticks, Function.identity(), 2_000));
    }

    @Test
    void ticksNamedAlikeAreNeverCancelled() {
        String legacy = "campaigns every 2000 ms";

        assertTrue(TickNames.surplus(List.of(legacy, new String(legacy)), Function.identity(), 2_000)
                .isEmpty());
    }

    @Test
    void aSingleTickIsNeverSurplus() {
        assertTrue(TickNames.surplus(List.of(TickNames.create(2_000, NOON)), Function.identity(), 2_000)
                .isEmpty());
    }

    @Test
    void onlyCampaignTicksAreRecognised() {
        assertTrue(TickNames.isTick(TickNames.create(2_000, NOON)));
        assertFalse(TickNames.isTick("campaignsXYZ"));
        assertFalse(TickNames.isTick("audit-digest"));
        assertFalse(TickNames.isTick(null));
    }
}
