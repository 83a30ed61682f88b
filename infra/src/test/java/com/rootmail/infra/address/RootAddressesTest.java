package com.rootmail.infra.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RootAddressesTest {

    private static final RootDomain DOMAIN = RootDomain.of("aws.mycompany.test");

    @Test
    void aMillionRandomDrawsNeverRepeatAnAddress() {
        RootAddresses addresses = RootAddresses.forDomain(DOMAIN.name());
        int draws = 1_000_000;
        long[] aliases = new long[draws];

        long start = System.nanoTime();
        for (int i = 0; i < draws; i++) {
            aliases[i] = Aliases.decode(addresses.random().alias());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Arrays.sort(aliases);

        assertThat(IntStream.range(1, draws).filter(i -> aliases[i] == aliases[i - 1]).count())
                .as("repeated aliases in %d draws", draws).isZero();
        System.out.printf("RootAddressesTest: %,d random addresses drawn in %d ms, none repeated%n", draws, millis);
    }

    @Test
    void aBatchNeverRepeatsAnAddressEvenWhenTheSourceDoes() {
        RandomGenerator repeating = sequence(1, 1, 2, 1, 2, 3);

        List<RootAddress> batch = new RootAddresses(DOMAIN, repeating).random(3);

        assertThat(batch).extracting(RootAddress::alias)
                .containsExactly(Aliases.encode(1), Aliases.encode(2), Aliases.encode(3));
    }

    @Test
    void anAddressAlreadyTakenIsRedrawnWhateverItsCase() {
        String taken = new RootAddress(Aliases.encode(1), DOMAIN).email().toUpperCase();

        List<RootAddress> batch = new RootAddresses(DOMAIN, sequence(1, 2)).random(1, () -> Set.of(taken));

        assertThat(batch).extracting(RootAddress::alias).containsExactly(Aliases.encode(2));
    }

    @Test
    void aSourceThatKeepsRepeatingTakenAddressesIsReportedNotLoopedOn() {
        RootAddresses stuck = new RootAddresses(DOMAIN, sequence(7));

        assertThatIllegalStateException().isThrownBy(() -> stuck.random(2))
                .withMessageContaining("in a row were already taken");
    }

    @Test
    void aliasesUseSixtyBitsAsTwelveLowerCaseCharacters() {
        long allBits = (1L << Aliases.BITS) - 1;

        assertThat(Aliases.encode(0)).isEqualTo("aaaaaaaaaaaa");
        assertThat(Aliases.encode(allBits)).isEqualTo("777777777777");
        assertThat(Aliases.decode(Aliases.encode(0x0123_4567_89ab_cdefL))).isEqualTo(0x0123_4567_89ab_cdefL & allBits);
        assertThat(Aliases.BITS).isGreaterThanOrEqualTo(48);
    }

    @Test
    void aHundredThousandAccountsGetAsManyDerivedAddresses() {
        RootAddresses addresses = RootAddresses.forDomain(DOMAIN.name());
        AliasSeed seed = AliasSeed.of("0123456789abcdef0123456789abcdef");
        Set<String> emails = new HashSet<>();

        IntStream.range(0, 100_000).forEach(i -> emails.add(addresses.derived(seed, "account-" + i).email()));

        assertThat(emails).hasSize(100_000);
    }

    @Test
    void aDerivedAddressIsPinnedSoAChangeOfAlgorithmCannotGoUnnoticed() {
        // Changing this value would move every vended account to a new root address. Computed
        // outside Java: printf %s "payments prod" | openssl dgst -sha256 -hmac <seed> -binary | base32
        RootAddress payments = RootAddresses.forDomain("aws.mycompany.test")
                .derived(AliasSeed.of("0123456789abcdef0123456789abcdef"), "Payments Prod");

        assertThat(payments.email()).isEqualTo("root+rs7agzulww32@aws.mycompany.test");
    }

    @Test
    void aTooLongDomainIsRefusedNamingTheLongestThatFits() {
        String domain = "a".repeat(RootDomain.MAX_LENGTH - 4) + ".test"; // one character too many

        assertThatIllegalArgumentException().isThrownBy(() -> RootAddresses.forDomain(domain))
                .withMessageContaining("is 47 characters long")
                .withMessageContaining("at most 46 characters");
        assertThat(RootAddresses.forDomain(domain.substring(1)).random().email()).hasSize(64);
    }

    @Test
    void aWeakSeedOrAnEmptyAccountNameIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> AliasSeed.of("short"))
                .withMessageContaining("at least 32").withMessageContaining("openssl rand -hex 32");
        AliasSeed seed = AliasSeed.of("0123456789abcdef0123456789abcdef");
        assertThatIllegalArgumentException().isThrownBy(() -> RootAddresses.forDomain("a.test").derived(seed, " \t"))
                .withMessageContaining("account name is empty");
        assertThat(seed).hasToString("AliasSeed[hidden]");
    }

    @Test
    void aCountBelowOneIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> RootAddresses.forDomain("a.test").random(0))
                .withMessageContaining("at least 1");
    }

    /** Returns the values in order, then the last one forever. */
    private static RandomGenerator sequence(long... values) {
        AtomicLong next = new AtomicLong();
        return () -> values[(int) Math.min(next.getAndIncrement(), values.length - 1)];
    }
}
