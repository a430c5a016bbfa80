package uk.safeguarding.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeTest {

    private static final LocalDate LEAP_DAY_BIRTH = LocalDate.of(2008, 2, 29);

    @Test
    void aLeapDayBirthdayFallsOn1MarchInOtherYearsForBirthdaysAndAgesAlike() {
        assertEquals(LocalDate.of(2022, 3, 1), Age.birthday(LEAP_DAY_BIRTH, 14));
        assertEquals(LocalDate.of(2024, 2, 29), Age.birthday(LEAP_DAY_BIRTH, 16));
        assertEquals(LocalDate.of(2026, 3, 1), Age.birthday(LEAP_DAY_BIRTH, 18));
        assertEquals(13, Age.yearsOn(LEAP_DAY_BIRTH, LocalDate.of(2022, 2, 28)));
        assertEquals(14, Age.yearsOn(LEAP_DAY_BIRTH, LocalDate.of(2022, 3, 1)));
        assertEquals(16, Age.yearsOn(LEAP_DAY_BIRTH, LocalDate.of(2024, 2, 29)));
        assertEquals(17, Age.yearsOn(LEAP_DAY_BIRTH, LocalDate.of(2026, 2, 28)));
    }

    @Test
    void otherBirthdaysAreTheSameDayEachYear() {
        LocalDate born = LocalDate.of(2008, 2, 28);
        assertEquals(LocalDate.of(2022, 2, 28), Age.birthday(born, 14));
        assertEquals(13, Age.yearsOn(born, LocalDate.of(2022, 2, 27)));
        assertEquals(14, Age.yearsOn(born, LocalDate.of(2022, 2, 28)));
    }
}
