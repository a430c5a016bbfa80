package uk.safeguarding.rules.service;

import io.restassured.RestAssured;

/** The tests that are about something other than access call the API as a safeguarding lead. */
final class SignedIn {

    private SignedIn() {
    }

    static void asLead() {
        RestAssured.authentication = RestAssured.preemptive().basic(Roles.LEAD, "lead-demo");
    }

    /** Policy staff, who may also administer the rules (reload). */
    static void asPolicy() {
        RestAssured.authentication = RestAssured.preemptive().basic(Roles.POLICY, "policy-demo");
    }

    /** The Authorization header a generated client sends for a safeguarding lead. */
    static String leadAuthorization() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((Roles.LEAD + ":lead-demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
