package uk.safeguarding.rules.service;

/**
 * The callers' roles, named once. Case-management systems and safeguarding leads assess cases, work out timescales,
 * check quorum and read the rule catalogue; policy staff may do all of that and also administer the rules.
 */
public final class Roles {

    /** A case-management system calling the API. */
    public static final String CASE_SYSTEM = "case-system";
    /** A safeguarding lead, through the lead's page or Swagger UI. */
    public static final String LEAD = "lead";
    /** Policy staff, who maintain the rules. */
    public static final String POLICY = "policy";

    private Roles() {
    }
}
