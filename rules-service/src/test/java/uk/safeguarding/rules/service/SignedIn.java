package uk.safeguarding.rules.service;

import io.restassured.RestAssured;

/** The tests that are about something other than access call the API as a safeguarding lead. */
final class SignedIn {

    private SignedIn() {
    }

    static void asLead() {
        RestAssured.authentication = RestAssured.preemptive().basic(Roles.LEAD, "lead-demo");
    }
}
