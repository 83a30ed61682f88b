package com.rootmail.infra.address;

import static com.rootmail.infra.address.SeededProperty.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationsEmailRulesPropertyTest {

    @Test
    void theRulesAgreeWithAnIndependentlyWrittenCheck() {
        List<String> tried = forAll(5_000, Generators::addressLike, candidate ->
                assertThat(OrganizationsEmailRules.isValid(candidate)).as("OrganizationsEmailRules.isValid (actual) vs IndependentEmailCheck (expected)")
                        .isEqualTo(IndependentEmailCheck.accepts(candidate)));

        // Agreement only means something when both answers are common among the candidates.
        long valid = tried.stream().filter(OrganizationsEmailRules::isValid).count();
        assertThat(valid).as("valid candidates of %d", tried.size()).isGreaterThan(tried.size() / 10);
        assertThat(tried.size() - valid).as("invalid candidates of %d", tried.size()).isGreaterThan(tried.size() / 10);
    }

    @Test
    void anInvalidAddressAlwaysComesWithAMessage() {
        forAll(3_000, Generators::addressLike, candidate ->
                assertThat(OrganizationsEmailRules.check(candidate)).allSatisfy(v -> assertThat(v.message()).isNotBlank()));
    }
}
