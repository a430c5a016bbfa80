package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What startup says, or refuses, for each combination of the demonstration users and OpenID Connect. */
class DemoUsersTest {

    @Test
    void bothSwitchedOnRefusesToStartAndSaysHowToFixIt() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DemoUsers.startupMessage(true, true));
        assertTrue(refused.getMessage().contains("Refusing to start"), refused.getMessage());
        assertTrue(refused.getMessage().contains(DemoUsers.SWITCH + "=false"), refused.getMessage());
    }

    @Test
    void demonstrationUsersAloneAreAnnouncedLoudlyWithHowToTurnThemOff() {
        String warning = DemoUsers.startupMessage(true, false);
        assertTrue(warning.contains("DEMONSTRATION USERS ARE IN USE"), warning);
        assertTrue(warning.contains("SAFEGUARDING_ACCESS_DEMO_USERS=false"), warning);
    }

    @Test
    void oidcAloneIsTheQuietProductionCase() {
        assertFalse(DemoUsers.startupMessage(false, true).contains("DEMONSTRATION"));
        assertTrue(DemoUsers.startupMessage(false, false).contains("nobody can sign in"));
    }
}
