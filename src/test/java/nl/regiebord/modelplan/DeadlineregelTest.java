package nl.regiebord.modelplan;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineregelTest {

    private static final LocalDate MODEL = LocalDate.of(2022, 1, 1);
    private static final LocalDate LATER = LocalDate.of(2027, 7, 1);

    @Test
    void aMonthIsDueAtItsLastDay() {
        Deadlineregel.Verschuiving v = Deadlineregel.lees("oktober 2021", "");
        assertEquals(LocalDate.of(2021, 10, 31), Deadlineregel.deadline(MODEL, v.deadlineMaanden()));
        assertEquals(LocalDate.of(2027, 4, 30), Deadlineregel.deadline(LATER, v.deadlineMaanden()));
        assertNull(v.startMaanden());
    }

    @Test
    void uiterlijkMeansTheSameMonth() {
        Deadlineregel.Verschuiving v = Deadlineregel.lees("uiterlijk september 2021", "");
        assertEquals(LocalDate.of(2021, 9, 30), Deadlineregel.deadline(MODEL, v.deadlineMaanden()));
        assertEquals(LocalDate.of(2027, 3, 31), Deadlineregel.deadline(LATER, v.deadlineMaanden()));
    }

    @Test
    void aPeriodStartsOnTheFirstOfItsFirstMonthAndIsDueAtTheEndOfItsLast() {
        Deadlineregel.Verschuiving v = Deadlineregel.lees("september - oktober 2021", "");
        assertEquals(LocalDate.of(2021, 9, 1), Deadlineregel.start(MODEL, v.startMaanden()));
        assertEquals(LocalDate.of(2021, 10, 31), Deadlineregel.deadline(MODEL, v.deadlineMaanden()));
        assertEquals(LocalDate.of(2027, 3, 1), Deadlineregel.start(LATER, v.startMaanden()));
        assertEquals(LocalDate.of(2027, 4, 30), Deadlineregel.deadline(LATER, v.deadlineMaanden()));
    }

    @Test
    void afgerondWithoutDeadlineMeansDoneBefore2021() {
        Deadlineregel.Verschuiving v = Deadlineregel.lees("", "afgerond");
        assertEquals(LocalDate.of(2020, 12, 31), Deadlineregel.deadline(MODEL, v.deadlineMaanden()));
        assertEquals(LocalDate.of(2026, 6, 30), Deadlineregel.deadline(LATER, v.deadlineMaanden()));
    }

    @Test
    void noDeadlineAndNoStatusHasNoDeadline() {
        Deadlineregel.Verschuiving v = Deadlineregel.lees("", "");
        assertNull(Deadlineregel.deadline(MODEL, v.deadlineMaanden()));
    }

    @Test
    void februaryEndsOnItsLastDayInLeapYears() {
        Deadlineregel.Verschuiving v = Deadlineregel.lees("februari 2021", "");
        assertEquals(LocalDate.of(2021, 2, 28), Deadlineregel.deadline(MODEL, v.deadlineMaanden()));
        assertEquals(LocalDate.of(2024, 2, 29), Deadlineregel.deadline(LocalDate.of(2025, 1, 15), v.deadlineMaanden()));
    }

    @Test
    void anInwerkingtredingMidMonthCountsFromItsMonth() {
        Deadlineregel.Verschuiving v = Deadlineregel.lees("oktober 2021", "");
        assertEquals(LocalDate.of(2022, 4, 30), Deadlineregel.deadline(LocalDate.of(2022, 7, 15), v.deadlineMaanden()));
    }

    @Test
    void textThatIsNoMonthIsRefusedWithADutchMessage() {
        IllegalArgumentException fout = assertThrows(IllegalArgumentException.class,
                () -> Deadlineregel.lees("ergens in 2021", ""));
        assertTrue(fout.getMessage().contains("ergens in 2021"), fout.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Deadlineregel.lees("oktobre 2021", ""));
    }
}
