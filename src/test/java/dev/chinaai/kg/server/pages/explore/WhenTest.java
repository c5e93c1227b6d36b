package dev.chinaai.kg.server.pages.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading the graph's ISO values into intervals: a year or a month is never a day, and no value invents one. */
class WhenTest {
    @Test
    void aYearIsTheWholeYearNotItsFirstDay() {
        When w = When.of("Frühsommer 2025", "2025", null, null);
        assertEquals(LocalDate.of(2025, 1, 1), w.start());
        assertEquals(LocalDate.of(2025, 12, 31), w.end());
        assertFalse(w.exact());
    }

    @Test
    void aMonthIsItsDaysAndADayOrInstantIsExact() {
        When m = When.of("im Februar", "2024-02", null, null);
        assertEquals(LocalDate.of(2024, 2, 29), m.end());
        assertFalse(m.exact());
        assertTrue(When.of("Am 5. September", "2025-09-05", null, null).exact());
        assertEquals(LocalDate.of(2024, 3, 12), When.of("08:15", "2024-03-12T08:15:00", null, null).start());
    }

    @Test
    void boundsGiveAnIntervalThatMayBeOpen() {
        When w = When.of("Von Dezember bis Februar", null, "2023-12", "2024-02");
        assertEquals(LocalDate.of(2023, 12, 1), w.start());
        assertEquals(LocalDate.of(2024, 2, 29), w.end());
        When open = When.of("Zuvor", null, null, "2024-03-12");
        assertNull(open.start());
        assertEquals("until 2024-03-12", open.iso());
    }

    @Test
    void wordsWithoutAnIsoValueStayUndated() {
        When w = When.of("im vergangenen Juli", null, null, null);
        assertFalse(w.dated());
        assertEquals("", w.iso());
        assertFalse(When.of("bald", "sometime", null, null).dated());
    }

    @Test
    void anIntervalThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> When.of("x", null, "2025", "2024"));
    }
}
