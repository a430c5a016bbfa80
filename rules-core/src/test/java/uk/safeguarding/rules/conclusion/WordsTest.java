package uk.safeguarding.rules.conclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.model.CauseOfDeath;
import uk.safeguarding.rules.model.HarmCausedBy;

class WordsTest {

    @Test
    void agesReadAsEnglishIncludingInfants() {
        assertEquals("under a year old", Words.age(0));
        assertEquals("1 year old", Words.age(1));
        assertEquals("17 years old", Words.age(17));
    }

    @Test
    void daysAreWrittenOutInFull() {
        assertEquals("Monday 21 December 2026", Words.day(LocalDate.of(2026, 12, 21)));
        assertEquals("an unknown date", Words.day(null));
    }

    @Test
    void enumValuesBecomeWordsButAcronymsStay() {
        assertEquals("SUDI", Words.words(CauseOfDeath.SUDI));
        assertEquals("parent or carer", Words.words(HarmCausedBy.PARENT_OR_CARER));
        assertEquals("unknown", Words.words(null));
    }
}
