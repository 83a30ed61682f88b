package com.rootmail.infra.address;

import java.util.regex.Pattern;

/**
 * The AWS Organizations email rules written a second time, as one regular expression
 * taken straight from the CreateAccount reference, so the tests can catch a mistake in
 * {@link OrganizationsEmailRules} instead of repeating it.
 */
final class IndependentEmailCheck {

    private static final String PART = "[^\\s\"'()<>\\[\\]:;,\\\\|%&@]+";
    // \z, not $: $ also matches before a final line terminator such as U+2028, which would let
    // a non-ASCII last character slip past the length and ASCII look-ahead.
    private static final Pattern ACCEPTED = Pattern.compile(
            "(?=[\\x00-\\x7F]{6,64}\\z)(?!\\.)" + PART + "@" + PART + "\\." + PART);

    private IndependentEmailCheck() {
    }

    static boolean accepts(String address) {
        return ACCEPTED.matcher(address).matches();
    }
}
