package com.rootmail.infra.address;

/**
 * The rules AWS Organizations applies to an account's email address (CreateAccount,
 * UpdateAccount): what {@link OrganizationsEmailRules#check} reports as broken.
 *
 * <pre>{@code
 * boolean tooLong = OrganizationsEmailRules.check(address).stream()
 *         .anyMatch(v -> v.rule() == EmailRule.LENGTH);
 * }</pre>
 */
public enum EmailRule {
    LENGTH("6 to 64 characters"),
    SEVEN_BIT_ASCII("7-bit ASCII only"),
    ONE_AT_SIGN("exactly one @ between a non-empty local part and a domain"),
    NO_WHITESPACE("no whitespace"),
    NO_FORBIDDEN_CHARACTER("none of \" ' ( ) < > [ ] : ; , \\ | % &"),
    LOCAL_PART_NOT_STARTING_WITH_DOT("a local part that does not start with a dot"),
    DOMAIN_WITH_DOT("a domain with a dot between two characters");

    private final String requirement;

    EmailRule(String requirement) {
        this.requirement = requirement;
    }

    /** What the rule asks for, phrased to follow "the address needs ...". */
    public String requirement() {
        return requirement;
    }
}
