package com.rootmail.infra.address;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Pseudo-random test data for the address properties, all from one {@link SplittableRandom}
 * so that a seed replays every value. One draw in {@value #EDGE_CASE_ODDS} is an edge case
 * (shortest, longest, a boundary length, a known trap) instead of an ordinary value.
 *
 * <pre>{@code
 * Generators generators = new Generators(42);
 * String domain = generators.domain();        // e.g. "x0.AB-z9.c"
 * String candidate = generators.addressLike(); // e.g. "z+a@9b.0_", ".a@b.c", "a\"b@c.d"
 * }</pre>
 */
final class Generators {

    private static final int EDGE_CASE_ODDS = 8;

    private static final String LABEL_ENDS = "abcxyzABZ0129";
    private static final String LABEL_INNER = LABEL_ENDS + "-";
    private static final int MAX_LABEL = 14;
    private static final String HEX = "0123456789abcdef";
    private static final String ACCOUNT_CHARACTERS = "abcdefgXYZ0123-_ é";
    private static final int MAX_ACCOUNT_NAME = 50;
    private static final String PLAIN_ADDRESS_CHARACTERS = "abz09.-+_";
    // Characters that matter to some rule, plus ordinary ones; U+0085 and U+2028 end a line for java.util.regex.
    private static final String TRICKY = "ab9.@ \t\n\u000B\f\r\"'()<>[]:;,\\|%&-+_é\u0001\u0085\u2028";
    private static final List<String> NOT_IN_A_HOST_NAME =
            List.of("@", " ", "_", "%", "&", "(", "\"", "é", ":", "\t", "..");
    private static final List<String> BROKEN_DOMAINS = List.of(
            "a", "a.", ".a", ".a.b", "a.b.", "a..b", "-a.b", "a.b-", "a-.b", "a.-b", "a_b.c", "a b.c");
    private static final List<String> ADDRESS_TRAPS = List.of(
            "", ".ab@c.d", "ab@.c.d", "ab@c.", "ab@c.d.", "ab@@c.d", "@abc.de", "abcde@", "ab@c..d", "ab@cde",
            "a.@b.cd", "ab@c.d\n", "ab@c.d\r", "ab@c.d\u0085", "ab@c.d\u2028", "ab@c.d é", "ab@c.dé", "ab\u0001@c.d");

    private final SplittableRandom random;

    Generators(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Bits for a random alias; the edge cases are all zeros, all ones and the sign bits. */
    long bits() {
        if (edgeCase()) {
            return pick(List.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        return random.nextLong();
    }

    /** A usable root domain: 2-5 labels of 1-14 characters, mixed case, at most {@link RootDomain#MAX_LENGTH}. */
    String domain() {
        if (edgeCase()) {
            return random.nextBoolean() ? domainOfLength(RootDomain.MAX_LENGTH) : pick(List.of("a.b", "0.9", "a-b.c", "ABZ.XYZ"));
        }
        String domain;
        do {
            StringBuilder labels = new StringBuilder(label(between(1, MAX_LABEL)));
            for (int i = between(2, 5); i > 1; i--) {
                labels.append('.').append(label(between(1, MAX_LABEL)));
            }
            domain = labels.toString();
        } while (domain.length() > RootDomain.MAX_LENGTH);
        return domain;
    }

    /** A host name too long to leave room for a full alias. */
    String tooLongDomain() {
        if (edgeCase()) {
            return domainOfLength(RootDomain.MAX_LENGTH + 1);
        }
        String domain;
        do {
            domain = string("abc", between(1, 63)) + "." + domain();
        } while (domain.length() <= RootDomain.MAX_LENGTH);
        return domain;
    }

    /** Short enough, but not a host name with a dot: no dot, a character out of place, or a bad edge. */
    String brokenDomain() {
        if (edgeCase()) {
            return pick(BROKEN_DOMAINS);
        }
        String domain;
        do {
            domain = switch (random.nextInt(3)) {
                case 0 -> string("abc019", between(1, 30));
                case 1 -> insert(pick(NOT_IN_A_HOST_NAME), domain());
                default -> badEdge(domain());
            };
        } while (domain.length() > RootDomain.MAX_LENGTH);
        return domain;
    }

    /** Seed text as {@code openssl rand -hex} prints it, 32 to 64 characters. */
    String seedText() {
        int length = edgeCase() ? pick(List.of(AliasSeed.MIN_LENGTH, 64)) : between(AliasSeed.MIN_LENGTH, 64);
        return string(HEX, length);
    }

    /** The same kind of seed text, but never {@code other}; half the time one character away from it. */
    String seedTextOtherThan(String other) {
        String seed;
        do {
            seed = random.nextBoolean() ? seedText() : oneCharacterChanged(other, HEX);
        } while (seed.equals(other));
        return seed;
    }

    /**
     * An account name: letters in both cases, a non-ASCII one, digits, hyphens, and spacing
     * already tidy (no spaces at the ends, single spaces inside) so that retyping it can add some.
     */
    String accountName() {
        String name;
        do {
            int length = edgeCase() ? pick(List.of(1, MAX_ACCOUNT_NAME)) : between(1, MAX_ACCOUNT_NAME);
            name = tidySpacing(string(ACCOUNT_CHARACTERS, length));
        } while (name.isEmpty());
        return name;
    }

    /**
     * An account name that is a different account from {@code other} (it differs beyond case);
     * half the time one character away from it, where a careless normalization would merge them.
     */
    String accountNameOtherThan(String other) {
        String name;
        do {
            name = random.nextBoolean() ? accountName() : tidySpacing(oneCharacterChanged(other, ACCOUNT_CHARACTERS));
        } while (name.isEmpty() || name.equalsIgnoreCase(other));
        return name;
    }

    private static String tidySpacing(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    /**
     * Mostly {@code local@domain} shapes (so valid addresses are common), some with a tricky
     * character spliced in, some pure noise, and the traps and boundary lengths of the rules.
     */
    String addressLike() {
        if (edgeCase()) {
            return random.nextBoolean()
                    ? addressOfLength(pick(List.of(OrganizationsEmailRules.MIN_LENGTH - 1, OrganizationsEmailRules.MIN_LENGTH,
                            OrganizationsEmailRules.MAX_LENGTH, OrganizationsEmailRules.MAX_LENGTH + 1)))
                    : pick(ADDRESS_TRAPS);
        }
        int kind = random.nextInt(10);
        if (kind < 6) {
            return shapedAddress();
        }
        if (kind < 9) {
            return insert(string(TRICKY, 1), shapedAddress());
        }
        return string(TRICKY, between(0, 70));
    }

    private String shapedAddress() {
        return string(PLAIN_ADDRESS_CHARACTERS, between(0, 40)) + "@" + string(PLAIN_ADDRESS_CHARACTERS, between(0, 40));
    }

    // A valid address of exactly this length, at least 5.
    private String addressOfLength(int length) {
        return string("abz09", length - 4) + "@" + string("abz09", 1) + "." + string("abz09", 1);
    }

    // Labels joined by dots, exactly this many characters (at least 3).
    private String domainOfLength(int length) {
        StringBuilder domain = new StringBuilder(label(between(1, Math.min(MAX_LABEL, length - 2))));
        while (domain.length() < length) {
            int room = length - domain.length() - 1;
            // Never leave exactly one character: it cannot hold a dot and a label.
            domain.append('.').append(label(room <= MAX_LABEL ? room : between(1, Math.min(MAX_LABEL, room - 2))));
        }
        return domain.toString();
    }

    private String badEdge(String domain) {
        return switch (random.nextInt(4)) {
            case 0 -> "." + domain;
            case 1 -> domain + ".";
            case 2 -> "-" + domain;
            default -> domain + "-";
        };
    }

    private String label(int length) {
        if (length == 1) {
            return string(LABEL_ENDS, 1);
        }
        return string(LABEL_ENDS, 1) + string(LABEL_INNER, length - 2) + string(LABEL_ENDS, 1);
    }

    private String oneCharacterChanged(String text, String alphabet) {
        int at = random.nextInt(text.length());
        return text.substring(0, at) + string(alphabet, 1) + text.substring(at + 1);
    }

    private String insert(String piece, String text) {
        int at = between(0, text.length());
        return text.substring(0, at) + piece + text.substring(at);
    }

    private String string(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    private boolean edgeCase() {
        return random.nextInt(EDGE_CASE_ODDS) == 0;
    }
}
