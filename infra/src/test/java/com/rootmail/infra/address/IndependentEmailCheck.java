package com.rootmail.infra.address;

import java.util.regex.Pattern;

/**
 * The AWS Organizations email rules written a second time, as one regular expression
 * taken straight from the CreateAccount reference, so the tests can catch a mistake in
 * {@link OrganizationsEmailRules} instead of repeating it.
 */
final class IndependentEmailCheck {

    private static final String PART = "[^\\s\"'()<>\\[\\]:;,\\\\|%&@]+";
    private static final Pattern ACCEPTED = Pattern.compile(
            "(?=[\\x00-\\x7F]{6,64}$)(?!\\.)" + PART + "@" + PART + "\\." + PART);

    private IndependentEmailCheck() {
    }

    static boolean accepts(String address) {
        return ACCEPTED.matcher(address).matches();
    }
}
