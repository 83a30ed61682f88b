package com.rootmail.infra.address;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Checks an email address against the rules AWS Organizations enforces for account
 * email addresses, and lists every rule it breaks (empty when the address is accepted).
 *
 * <pre>{@code
 * List<Violation> broken = OrganizationsEmailRules.check("root+k3v7q2mxa4bz@aws.mycompany.test");
 * if (!broken.isEmpty()) throw new IllegalArgumentException(broken.get(0).message());
 * }</pre>
 *
 * <p>The rules follow the CreateAccount API reference: 6-64 characters, 7-bit ASCII, the
 * pattern {@code [^\s@]+@[^\s@]+\.[^\s@]+}, none of {@code " ' ( ) < > [ ] : ; , \ | % &},
 * and a local part that does not start with a dot.
 */
public final class OrganizationsEmailRules {

    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 64;

    private static final String FORBIDDEN = "\"'()<>[]:;,\\|%&";
    // The whitespace of the API's \s pattern: space, tab, newline, vertical tab, form feed, return.
    private static final String WHITESPACE = " \t\n\u000B\f\r";

    private OrganizationsEmailRules() {
    }

    /** Every rule {@code address} breaks, in the order of {@link EmailRule}; empty when valid. */
    public static List<Violation> check(String address) {
        if (address == null) {
            return List.of(Violation.of(EmailRule.LENGTH, "there is no address"));
        }
        List<Violation> broken = new ArrayList<>();
        if (address.length() < MIN_LENGTH || address.length() > MAX_LENGTH) {
            broken.add(Violation.of(EmailRule.LENGTH, address.length() + " characters"));
        }
        firstIndexOf(address, OrganizationsEmailRules::isNotAscii).ifPresent(i ->
                broken.add(Violation.of(EmailRule.SEVEN_BIT_ASCII, found(address, i))));
        int at = address.indexOf('@');
        boolean oneAt = at > 0 && at < address.length() - 1 && address.indexOf('@', at + 1) < 0;
        if (!oneAt) {
            broken.add(Violation.of(EmailRule.ONE_AT_SIGN, "found " + count(address, '@') + " @"
                    + (at == 0 ? " at the start" : at == address.length() - 1 ? " at the end" : "")));
        }
        firstIndexOf(address, c -> WHITESPACE.indexOf(c) >= 0).ifPresent(i ->
                broken.add(Violation.of(EmailRule.NO_WHITESPACE, found(address, i))));
        firstIndexOf(address, c -> FORBIDDEN.indexOf(c) >= 0).ifPresent(i ->
                broken.add(Violation.of(EmailRule.NO_FORBIDDEN_CHARACTER, found(address, i))));
        if (address.startsWith(".")) {
            broken.add(Violation.of(EmailRule.LOCAL_PART_NOT_STARTING_WITH_DOT, found(address, 0)));
        }
        String domain = at < 0 ? "" : address.substring(address.lastIndexOf('@') + 1);
        if (!hasInnerDot(domain)) {
            broken.add(Violation.of(EmailRule.DOMAIN_WITH_DOT, "the domain is '" + domain + "'"));
        }
        return List.copyOf(broken);
    }

    /** True when AWS Organizations accepts {@code address}. */
    public static boolean isValid(String address) {
        return check(address).isEmpty();
    }

    private static boolean hasInnerDot(String domain) {
        int dot = domain.indexOf('.', 1);
        return dot > 0 && dot < domain.length() - 1;
    }

    private static boolean isNotAscii(char c) {
        return c > 0x7F;
    }

    private static OptionalInt firstIndexOf(String s, CharPredicate test) {
        for (int i = 0; i < s.length(); i++) {
            if (test.test(s.charAt(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static String found(String address, int index) {
        char c = address.charAt(index);
        String shown = c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
        return "found " + shown + " at index " + index;
    }

    @FunctionalInterface
    private interface CharPredicate {
        boolean test(char c);
    }
}
