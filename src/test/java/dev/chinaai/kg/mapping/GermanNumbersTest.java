package dev.chinaai.kg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** German number notation as the seeds write it. */
class GermanNumbersTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "50 %|50", "34.036|34036", "5,6 Millionen|5600000", "180 000|180000", "180\u00a0000|180000",
        "1,2 Milliarden|1200000000", "acht|8", "mehr als zehn|10", "etwa zehn Prozent|10", "fast 10|10",
        "0,5|0.5", "2018|2018"})
    void readsSingleNumbers(String written, String expected) {
        GermanNumbers.Amount a = GermanNumbers.parse(written);
        assertEquals(0, new BigDecimal(expected).compareTo(a.low()), written + " -> " + a.low());
        assertNull(a.high());
    }

    @Test
    void readsRanges() {
        GermanNumbers.Amount a = GermanNumbers.parse("zwei bis drei");
        assertEquals(BigDecimal.valueOf(2), a.low());
        assertEquals(BigDecimal.valueOf(3), a.high());
    }

    @Test
    void decimalCommaIsNotAThousandsSeparator() {
        assertEquals(0, new BigDecimal("5.6").compareTo(GermanNumbers.parse("5,6").low()));
        assertEquals(0, new BigDecimal("34036").compareTo(GermanNumbers.parse("34.036").low()));
    }

    @Test
    void refusesWhatItCannotRead() {
        BadValue e = assertThrows(BadValue.class, () -> GermanNumbers.parse("viele"));
        assertTrue(e.getMessage().contains("'viele'"), e.getMessage());
        assertThrows(BadValue.class, () -> GermanNumbers.parse("5,6 Zillionen"));
        assertThrows(BadValue.class, () -> GermanNumbers.parse("34.03"));
    }
}
