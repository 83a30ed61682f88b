package com.rootmail.infra.address;

/**
 * The alias format: 12 characters of the lower-case RFC 4648 base32 alphabet, 5 bits each,
 * so 60 bits. A power-of-two alphabet maps random bits to characters with no modulo bias
 * (every alias equally likely), 60 bits clear the 48-bit floor with room to spare (one
 * repeat in a million draws has a chance of about 4e-7), and the alphabet has no 0, 1, 8
 * or 9 to confuse with o, l, b or g when an address is read aloud.
 */
final class Aliases {

    static final int LENGTH = 12;
    static final int BITS = 5 * LENGTH;

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final long MASK = (1L << BITS) - 1;

    private Aliases() {
    }

    /** The alias of the low 60 bits of {@code bits}. */
    static String encode(long bits) {
        char[] alias = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            alias[i] = ALPHABET[(int) (bits & 31)];
            bits >>>= 5;
        }
        return new String(alias);
    }

    /** The 60 bits an alias stands for; the inverse of {@link #encode}. */
    static long decode(String alias) {
        if (!isAlias(alias)) {
            throw new IllegalArgumentException("'" + alias + "' is not a " + LENGTH + "-character alias");
        }
        long bits = 0;
        for (int i = 0; i < LENGTH; i++) {
            bits = (bits << 5) | valueOf(alias.charAt(i));
        }
        return bits & MASK;
    }

    static boolean isAlias(String s) {
        if (s == null || s.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (valueOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int valueOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return 26 + c - '2';
        }
        return -1;
    }
}
