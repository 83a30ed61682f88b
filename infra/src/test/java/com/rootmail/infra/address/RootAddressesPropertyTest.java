package com.rootmail.infra.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RootAddressesPropertyTest {

    @Property
    void everyRandomAddressIsAcceptedByOrganizationsAndByTheIndependentCheck(@ForAll("domains") String domain) {
        RootAddress address = RootAddresses.forDomain(domain).random();

        assertThat(OrganizationsEmailRules.check(address.email())).isEmpty();
        assertThat(IndependentEmailCheck.accepts(address.email())).as(address.email()).isTrue();
        assertThat(address.email()).matches("root\\+[a-z0-9]{10,}@" + domain.toLowerCase(Locale.ROOT).replace(".", "\\."));
    }

    @Property
    void everyDerivedAddressIsAcceptedByOrganizationsAndByTheIndependentCheck(
            @ForAll("domains") String domain, @ForAll("seeds") String seed, @ForAll("accountNames") String account) {
        RootAddress address = RootAddresses.forDomain(domain).derived(AliasSeed.of(seed), account);

        assertThat(OrganizationsEmailRules.check(address.email())).isEmpty();
        assertThat(IndependentEmailCheck.accepts(address.email())).as(address.email()).isTrue();
    }

    @Property
    void aDerivedAddressIsTheSameEveryTime(@ForAll("seeds") String seed, @ForAll("accountNames") String account) {
        RootAddress first = RootAddresses.forDomain("aws.mycompany.test").derived(AliasSeed.of(seed), account);
        RootAddress again = RootAddresses.forDomain("AWS.MyCompany.test").derived(AliasSeed.of(seed), account);

        assertThat(again).isEqualTo(first);
    }

    @Property
    void caseAndSpacingOfTheAccountNameDoNotChangeTheAddress(@ForAll("seeds") String seed, @ForAll("accountNames") String account) {
        RootAddresses addresses = RootAddresses.forDomain("aws.mycompany.test");
        String retyped = "  " + account.toUpperCase(Locale.ROOT).replace(" ", " \t ") + " ";

        assertThat(addresses.derived(AliasSeed.of(seed), retyped)).isEqualTo(addresses.derived(AliasSeed.of(seed), account));
    }

    @Property
    void differentAccountsGetDifferentAddresses(
            @ForAll("seeds") String seed, @ForAll("accountNames") String one, @ForAll("accountNames") String other) {
        Assume.that(!one.equalsIgnoreCase(other));
        RootAddresses addresses = RootAddresses.forDomain("aws.mycompany.test");

        assertThat(addresses.derived(AliasSeed.of(seed), one)).isNotEqualTo(addresses.derived(AliasSeed.of(seed), other));
    }

    @Property
    void differentSeedsGiveTheSameAccountDifferentAddresses(
            @ForAll("seeds") String seed, @ForAll("seeds") String otherSeed, @ForAll("accountNames") String account) {
        Assume.that(!seed.equals(otherSeed));
        RootAddresses addresses = RootAddresses.forDomain("aws.mycompany.test");

        assertThat(addresses.derived(AliasSeed.of(seed), account)).isNotEqualTo(addresses.derived(AliasSeed.of(otherSeed), account));
    }

    @Property
    void aDomainTooLongForAFullAliasIsRefusedNamingTheLimit(@ForAll("tooLongDomains") String domain) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RootAddresses.forDomain(domain))
                .withMessageContaining("at most " + RootDomain.MAX_LENGTH + " characters");
    }

    @Property
    void aDomainThatIsNotAHostNameWithADotIsRefused(@ForAll("brokenDomains") String domain) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RootAddresses.forDomain(domain))
                .withMessageContaining("is not a host name with a dot");
    }

    @Provide
    Arbitrary<String> domains() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcxyzABZ0129-").ofMinLength(1).ofMaxLength(14)
                .filter(s -> !s.startsWith("-") && !s.endsWith("-"));
        return label.list().ofMinSize(2).ofMaxSize(5).map(labels -> String.join(".", labels))
                .filter(d -> d.length() <= RootDomain.MAX_LENGTH);
    }

    @Provide
    Arbitrary<String> tooLongDomains() {
        Arbitrary<String> longLabel = Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(63);
        return Combinators.combine(longLabel, domains()).as((label, domain) -> label + "." + domain)
                .filter(d -> d.length() > RootDomain.MAX_LENGTH);
    }

    @Provide
    Arbitrary<String> brokenDomains() {
        Arbitrary<String> noDot = Arbitraries.strings().withChars("abc019").ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> badCharacter = Combinators.combine(domains(),
                        Arbitraries.of("@", " ", "_", "%", "&", "(", "\"", "é", ":", "\t", ".."),
                        Arbitraries.integers().between(0, RootDomain.MAX_LENGTH))
                .as((d, bad, at) -> d.substring(0, Math.min(at, d.length())) + bad + d.substring(Math.min(at, d.length())))
                .filter(d -> d.length() <= RootDomain.MAX_LENGTH);
        Arbitrary<String> badEdges = domains().flatMap(d -> Arbitraries.of("." + d, d + ".", "-" + d, d + "-"))
                .filter(d -> d.length() <= RootDomain.MAX_LENGTH);
        return Arbitraries.oneOf(noDot, badCharacter, badEdges);
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(AliasSeed.MIN_LENGTH).ofMaxLength(64);
    }

    @Provide
    Arbitrary<String> accountNames() {
        return Arbitraries.strings().withChars("abcdefgXYZ0123-_ é").ofMinLength(1).ofMaxLength(50)
                .map(s -> s.strip().replaceAll("\\s+", " "))
                .filter(s -> !s.isEmpty());
    }
}
