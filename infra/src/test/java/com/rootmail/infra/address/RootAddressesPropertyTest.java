package com.rootmail.infra.address;

import static com.rootmail.infra.address.SeededProperty.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RootAddressesPropertyTest {

    private static final int TRIES = 2_000;

    @Test
    void everyRandomAddressIsAcceptedByOrganizationsAndByTheIndependentCheck() {
        forAll(TRIES, g -> new RandomDraw(g.domain(), g.bits()), draw -> {
            // The alias bits come from the seeded draw, so a failing address can be replayed.
            RootAddress address = new RootAddresses(RootDomain.of(draw.domain()), () -> draw.bits()).random();

            assertThat(OrganizationsEmailRules.check(address.email())).isEmpty();
            assertThat(IndependentEmailCheck.accepts(address.email())).as(address.email()).isTrue();
            assertThat(address.email())
                    .matches("root\\+[a-z0-9]{10,}@" + Pattern.quote(draw.domain().toLowerCase(Locale.ROOT)));
        });
    }

    @Test
    void everyDerivedAddressIsAcceptedByOrganizationsAndByTheIndependentCheck() {
        forAll(TRIES, g -> new Derivation(g.domain(), g.seedText(), g.accountName()), d -> {
            RootAddress address = RootAddresses.forDomain(d.domain()).derived(AliasSeed.of(d.seed()), d.account());

            assertThat(OrganizationsEmailRules.check(address.email())).isEmpty();
            assertThat(IndependentEmailCheck.accepts(address.email())).as(address.email()).isTrue();
        });
    }

    @Test
    void aDerivedAddressIsTheSameEveryTime() {
        forAll(TRIES, g -> new Naming(g.seedText(), g.accountName()), n -> {
            RootAddress first = RootAddresses.forDomain("aws.mycompany.test").derived(AliasSeed.of(n.seed()), n.account());
            RootAddress again = RootAddresses.forDomain("AWS.MyCompany.test").derived(AliasSeed.of(n.seed()), n.account());

            assertThat(again).isEqualTo(first);
        });
    }

    @Test
    void caseAndSpacingOfTheAccountNameDoNotChangeTheAddress() {
        RootAddresses addresses = RootAddresses.forDomain("aws.mycompany.test");
        forAll(TRIES, g -> new Naming(g.seedText(), g.accountName()), n -> {
            String retyped = "  " + n.account().toUpperCase(Locale.ROOT).replace(" ", " \t ") + " ";

            assertThat(addresses.derived(AliasSeed.of(n.seed()), retyped))
                    .isEqualTo(addresses.derived(AliasSeed.of(n.seed()), n.account()));
        });
    }

    @Test
    void differentAccountsGetDifferentAddresses() {
        RootAddresses addresses = RootAddresses.forDomain("aws.mycompany.test");
        forAll(TRIES, g -> {
            String one = g.accountName();
            return new TwoAccounts(g.seedText(), one, g.accountNameOtherThan(one));
        }, pair -> {
            AliasSeed seed = AliasSeed.of(pair.seed());

            assertThat(addresses.derived(seed, pair.one())).isNotEqualTo(addresses.derived(seed, pair.other()));
        });
    }

    @Test
    void differentSeedsGiveTheSameAccountDifferentAddresses() {
        RootAddresses addresses = RootAddresses.forDomain("aws.mycompany.test");
        forAll(TRIES, g -> {
            String seed = g.seedText();
            return new TwoSeeds(seed, g.seedTextOtherThan(seed), g.accountName());
        }, pair -> assertThat(addresses.derived(AliasSeed.of(pair.seed()), pair.account()))
                .isNotEqualTo(addresses.derived(AliasSeed.of(pair.otherSeed()), pair.account())));
    }

    @Test
    void aDomainTooLongForAFullAliasIsRefusedNamingTheLimit() {
        forAll(TRIES, Generators::tooLongDomain, domain -> assertThatIllegalArgumentException()
                .isThrownBy(() -> RootAddresses.forDomain(domain))
                .withMessageContaining("at most " + RootDomain.MAX_LENGTH + " characters"));
    }

    @Test
    void aDomainThatIsNotAHostNameWithADotIsRefused() {
        forAll(TRIES, Generators::brokenDomain, domain -> assertThatIllegalArgumentException()
                .isThrownBy(() -> RootAddresses.forDomain(domain))
                .withMessageContaining("is not a host name with a dot"));
    }

    record RandomDraw(String domain, long bits) {
    }

    record Derivation(String domain, String seed, String account) {
    }

    record Naming(String seed, String account) {
    }

    record TwoAccounts(String seed, String one, String other) {
    }

    record TwoSeeds(String seed, String otherSeed, String account) {
    }
}
