package com.rootmail.infra.address;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class OrganizationsEmailRulesPropertyTest {

    // Characters that matter to some rule, plus ordinary ones.
    private static final String TRICKY = "ab9.@ \t\"'()<>[]:;,\\|%&-+_é\u0001";

    @Property(tries = 3000)
    void theRulesAgreeWithAnIndependentlyWrittenCheck(@ForAll("addressLike") String candidate) {
        boolean valid = OrganizationsEmailRules.isValid(candidate);
        Statistics.label("valid").collect(valid).coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });

        assertThat(valid).as("rules vs independent check for '%s'", candidate)
                .isEqualTo(IndependentEmailCheck.accepts(candidate));
    }

    @Property(tries = 2000)
    void anInvalidAddressAlwaysComesWithAMessage(@ForAll("addressLike") String candidate) {
        assertThat(OrganizationsEmailRules.check(candidate)).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    /** Mostly local@domain shapes (so valid ones are common), sometimes with a tricky character spliced in. */
    @Provide
    Arbitrary<String> addressLike() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abz09.-+_").ofMaxLength(40);
        Arbitrary<String> shaped = Combinators.combine(plain, plain).as((local, domain) -> local + "@" + domain);
        Arbitrary<String> spliced = Combinators.combine(shaped, Arbitraries.strings().withChars(TRICKY).ofLength(1),
                        Arbitraries.integers().between(0, 100))
                .as((s, c, at) -> s.substring(0, Math.min(at, s.length())) + c + s.substring(Math.min(at, s.length())));
        Arbitrary<String> noise = Arbitraries.strings().withChars(TRICKY).ofMaxLength(70);
        return Arbitraries.frequencyOf(
                Tuple.of(6, shaped), Tuple.of(3, spliced), Tuple.of(1, noise));
    }
}
