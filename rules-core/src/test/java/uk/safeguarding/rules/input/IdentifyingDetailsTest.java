package uk.safeguarding.rules.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifyingDetailsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Baby of Jane Smith                     | a full name",
            "RR-2026 Mr Jones                       | a title and name",
            "child named Kayden                     | a person's name",
            "lives at 14 Acacia Avenue              | a street address",
            "Flat 2, 3 Mill Lane                    | a street address",
            "postcode B15 2TT                       | a UK postcode",
            "sw1a1aa                                | a UK postcode",
            "call 07700 900123                      | a telephone number",
            "tel +44 121 496 0000                   | a telephone number",
            "NHS 943 476 5919                       | an NHS number",
            "mum.smith@example.org                  | an email address"})
    void findsWhatCouldIdentifyAChildOrFamily(String text, String shape) {
        assertEquals(Optional.of(shape), IdentifyingDetails.in(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RR-2026-014", "LCSPR/2025/07", "Northshire 2026 case 14", "SUDI-23", "case 12345", ""})
    void anonymisedReferencesPass(String text) {
        assertEquals(Optional.empty(), IdentifyingDetails.in(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "A ten-week-old baby dies co-sleeping after persistent neglect. Children's Social Care knew the family.",
            "The Integrated Care Board and Northshire Police attended the Rapid Review on 27 March 2026."})
    void storiesInPlainEnglishPassAsProse(String story) {
        assertEquals(Optional.empty(), IdentifyingDetails.inProse(story));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The baby, named Kayden, died.", "The family lived at 14 Acacia Avenue."})
    void proseStillRefusesNamesAndAddresses(String story) {
        assertEquals(true, IdentifyingDetails.inProse(story).isPresent());
    }
}
