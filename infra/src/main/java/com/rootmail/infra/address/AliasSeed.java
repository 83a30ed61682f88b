package com.rootmail.infra.address;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that derived aliases come from: {@code alias = HMAC-SHA256(seed, account name)}
 * cut to 60 bits. Whoever knows the seed can compute every address; nobody else can guess
 * one from the account name.
 *
 * <pre>{@code
 * AliasSeed seed = AliasSeed.of(System.getenv("ROOTMAIL_ALIAS_SEED"));  // e.g. from openssl rand -hex 32
 * RootAddress payments = RootAddresses.forDomain("aws.mycompany.test").derived(seed, "Payments Prod");
 * }</pre>
 *
 * <p>The seed text's UTF-8 bytes are the HMAC key, so any text works; 32 characters are
 * required so that a hex seed carries at least 128 bits.
 */
public final class AliasSeed {

    public static final int MIN_LENGTH = 32;
    public static final String HOW_TO_CREATE = "openssl rand -hex 32";

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    private AliasSeed(byte[] key) {
        this.key = new SecretKeySpec(key, HMAC);
    }

    /** The seed {@code text}; refused when shorter than {@value #MIN_LENGTH} characters. */
    public static AliasSeed of(String text) {
        if (text == null || text.strip().length() < MIN_LENGTH) {
            int length = text == null ? 0 : text.strip().length();
            throw new IllegalArgumentException("the alias seed has " + length + " characters; it needs at least "
                    + MIN_LENGTH + ", for example the output of " + HOW_TO_CREATE);
        }
        return new AliasSeed(text.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The 60-bit alias of {@code accountName}; names that differ only in case or spacing share it. */
    String aliasFor(String accountName) {
        byte[] digest = mac().doFinal(normalize(accountName).getBytes(StandardCharsets.UTF_8));
        return Aliases.encode(ByteBuffer.wrap(digest).getLong() >>> (Long.SIZE - Aliases.BITS));
    }

    // Account names are typed by people: "Payments Prod" and "payments  prod " mean one account.
    private static String normalize(String accountName) {
        String normalized = accountName == null ? "" : Normalizer.normalize(accountName, Normalizer.Form.NFC)
                .strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("the account name is empty; a derived address needs one");
        }
        return normalized;
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot compute " + HMAC, e);
        }
    }

    /** Never shows the seed, so it cannot leak through a log line. */
    @Override
    public String toString() {
        return "AliasSeed[hidden]";
    }
}
