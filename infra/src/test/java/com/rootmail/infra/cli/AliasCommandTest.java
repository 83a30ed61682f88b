package com.rootmail.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootmail.infra.address.ExistingAddresses;
import com.rootmail.infra.address.OrganizationsEmailRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class AliasCommandTest {

    private static final String SEED = "0123456789abcdef0123456789abcdef";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CommandLine rootmail = RootMailCommand.commandLine()
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true));
    private final AliasCommand alias = rootmail.getSubcommands().get("alias").getCommand();

    {
        alias.environment = Map.of("ROOTMAIL_ALIAS_SEED", SEED)::get;
        alias.organization = () -> {
            throw new AssertionError("the organization is asked only with --check-organization");
        };
    }

    @Test
    void printsOneRandomAddressByDefault() {
        int exit = rootmail.execute("alias", "--domain", "aws.mycompany.test");

        assertThat(exit).isZero();
        assertThat(lines()).singleElement().satisfies(address -> assertThat(address)
                .matches("root\\+[a-z2-7]{12}@aws\\.mycompany\\.test")
                .matches(OrganizationsEmailRules::isValid));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsTheRequestedNumberOfDifferentAddresses() {
        int exit = rootmail.execute("alias", "--domain", "AWS.MyCompany.test", "--count", "500");

        assertThat(exit).isZero();
        assertThat(lines()).hasSize(500).doesNotHaveDuplicates()
                .allMatch(address -> address.endsWith("@aws.mycompany.test"));
    }

    @Test
    void printsTheDerivedAddressOfAnAccountFromTheSeedInTheEnvironment() {
        int exit = rootmail.execute("alias", "--domain", "aws.mycompany.test",
                "--account", "Payments Prod", "--seed-env", "ROOTMAIL_ALIAS_SEED");

        assertThat(exit).isZero();
        assertThat(lines()).containsExactly("root+rs7agzulww32@aws.mycompany.test");
    }

    @Test
    void readsTheOrganizationsAddressesOnlyWithCheckOrganizationAndThenOnce() {
        var reads = new AtomicInteger();
        alias.organization = () -> () -> {
            reads.incrementAndGet();
            return Set.of();
        };

        rootmail.execute("alias", "--domain", "aws.mycompany.test", "--count", "3");
        int readsWithoutTheFlag = reads.get();
        int exit = rootmail.execute("alias", "--domain", "aws.mycompany.test", "--count", "3", "--check-organization");

        assertThat(readsWithoutTheFlag).isZero();
        assertThat(exit).isZero();
        assertThat(reads).hasValue(1);
        assertThat(lines()).hasSize(6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--domain localhost                                                 | is not a host name with a dot",
        "--domain an-unusually-long-subdomain.of-a-company.example.test     | at most 46 characters",
        "--domain a.test --count 0                                          | --count is 0; it must be between 1 and 10000",
        "--domain a.test --count 10001                                      | --count is 10001",
        "--domain a.test --seed-env ROOTMAIL_ALIAS_SEED                     | --account and --seed-env go together",
        "--domain a.test --account Payments                                 | --account and --seed-env go together",
        "--domain a.test --account Payments --seed-env NOT_SET              | the environment variable NOT_SET holding the alias seed is not set",
        "--domain a.test --account Payments --seed-env ROOTMAIL_ALIAS_SEED --count 2 | apply to random addresses",
        "--domain a.test --account Payments --seed-env SHORT_SEED           | it needs at least 32",
        "--count 2                                                          | Missing required option: '--domain=DOMAIN'",
    })
    void wrongArgumentsExitWithTwoAndOneClearLine(String arguments, String expected) {
        alias.environment = Map.of("ROOTMAIL_ALIAS_SEED", SEED, "SHORT_SEED", "abc")::get;
        String[] args = ("alias " + arguments.strip()).split(" +");

        int exit = rootmail.execute(args);

        assertThat(exit).isEqualTo(RootMailCommand.EXIT_BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains(expected).doesNotContain("\tat ", "Exception");
    }

    private List<String> lines() {
        return Arrays.stream(out.toString().split("\\R")).filter(line -> !line.isEmpty()).toList();
    }
}
