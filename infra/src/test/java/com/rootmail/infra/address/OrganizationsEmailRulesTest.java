package com.rootmail.infra.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrganizationsEmailRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "root+k3v7q2mxa4bz@aws.mycompany.test", "first.last-x_y+z@sub.example.test"})
    void acceptsWhatOrganizationsAccepts(String address) {
        assertThat(OrganizationsEmailRules.check(address)).isEmpty();
        assertThat(OrganizationsEmailRules.isValid(address)).isTrue();
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a@b.c                                                  | LENGTH",
        "root+aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@x.test | LENGTH",
        "röot@example.test                                      | SEVEN_BIT_ASCII",
        "root@x@example.test                                    | ONE_AT_SIGN",
        "root@@example.test                                     | ONE_AT_SIGN",
        "@example.test                                          | ONE_AT_SIGN",
        "`ro ot@example.test`                                   | NO_WHITESPACE",
        "`root\t@example.test`                                  | NO_WHITESPACE",
        "root%1@example.test                                    | NO_FORBIDDEN_CHARACTER",
        "root&x@example.test                                    | NO_FORBIDDEN_CHARACTER",
        "`\"root\"@example.test`                                | NO_FORBIDDEN_CHARACTER",
        ".root@example.test                                     | LOCAL_PART_NOT_STARTING_WITH_DOT",
        "root@localhost                                         | DOMAIN_WITH_DOT",
        "root@example.                                          | DOMAIN_WITH_DOT",
        "root@.example                                          | DOMAIN_WITH_DOT",
    })
    void reportsTheRuleAnAddressBreaks(String address, EmailRule rule) {
        assertThat(OrganizationsEmailRules.check(address)).extracting(Violation::rule).containsExactly(rule);
    }

    @Test
    void aViolationSaysWhatWasFoundAndWhere() {
        assertThat(OrganizationsEmailRules.check("root|x@example.test"))
                .extracting(Violation::message)
                .containsExactly("the address needs none of \" ' ( ) < > [ ] : ; , \\ | % &: found '|' at index 4");
    }

    @Test
    void everyBrokenRuleIsReportedNotOnlyTheFirst() {
        assertThat(OrganizationsEmailRules.check(".é x"))
                .extracting(Violation::rule)
                .containsExactly(EmailRule.LENGTH, EmailRule.SEVEN_BIT_ASCII, EmailRule.ONE_AT_SIGN,
                        EmailRule.NO_WHITESPACE, EmailRule.LOCAL_PART_NOT_STARTING_WITH_DOT, EmailRule.DOMAIN_WITH_DOT);
    }

    @Test
    void anAddressWithoutAtSignHasNoDomainEither() {
        assertThat(OrganizationsEmailRules.check("root.example.test"))
                .extracting(Violation::rule).containsExactly(EmailRule.ONE_AT_SIGN, EmailRule.DOMAIN_WITH_DOT);
    }

    @Test
    void noAddressBreaksTheRulesRatherThanThrowing() {
        assertThat(OrganizationsEmailRules.check(null)).extracting(Violation::rule).containsExactly(EmailRule.LENGTH);
    }
}
