package com.rootmail.infra.address;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Makes root email addresses for one domain: random ones from a {@link SecureRandom}, and
 * derived ones that are the same for the same seed and account name every time.
 *
 * <pre>{@code
 * RootAddresses addresses = RootAddresses.forDomain("aws.mycompany.test");
 * RootAddress one = addresses.random();
 * List<RootAddress> three = addresses.random(3, new OrganizationsExistingAddresses(client));
 * RootAddress payments = addresses.derived(AliasSeed.of(seedText), "Payments Prod");
 * }</pre>
 */
public final class RootAddresses {

    // With 60-bit aliases a single clash is already rare; this many in a row means a broken source.
    static final int MAX_CLASHES_IN_A_ROW = 64;

    private final RootDomain domain;
    private final RandomGenerator random;

    RootAddresses(RootDomain domain, RandomGenerator random) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Addresses in {@code domain}; throws IllegalArgumentException when it cannot hold them. */
    public static RootAddresses forDomain(String domain) {
        return new RootAddresses(RootDomain.of(domain), new SecureRandom());
    }

    /** One random address. */
    public RootAddress random() {
        return new RootAddress(Aliases.encode(random.nextLong()), domain);
    }

    /** {@code count} random addresses, no two alike. */
    public List<RootAddress> random(int count) {
        return random(count, ExistingAddresses.NONE);
    }

    /** {@code count} random addresses, no two alike and none of them already taken. */
    public List<RootAddress> random(int count, ExistingAddresses existing) {
        if (count < 1) {
            throw new IllegalArgumentException("the count is " + count + "; it must be at least 1");
        }
        Set<String> taken = new HashSet<>();
        existing.emails().forEach(email -> taken.add(email.toLowerCase(Locale.ROOT)));
        List<RootAddress> batch = new ArrayList<>(count);
        int clashesInARow = 0;
        while (batch.size() < count) {
            RootAddress candidate = random();
            if (taken.add(candidate.email())) {
                batch.add(candidate);
                clashesInARow = 0;
            } else if (++clashesInARow == MAX_CLASHES_IN_A_ROW) {
                throw new IllegalStateException(MAX_CLASHES_IN_A_ROW + " random addresses in a row were"
                        + " already taken; the random source is not random");
            }
        }
        return List.copyOf(batch);
    }

    /** The address of {@code accountName} under {@code seed}: the same inputs, the same address. */
    public RootAddress derived(AliasSeed seed, String accountName) {
        return new RootAddress(seed.aliasFor(accountName), domain);
    }
}
