package com.rootmail.infra.cli;

import com.rootmail.infra.address.AliasSeed;
import com.rootmail.infra.address.ExistingAddresses;
import com.rootmail.infra.address.RootAddress;
import com.rootmail.infra.address.RootAddresses;
import com.rootmail.infra.address.aws.OrganizationsExistingAddresses;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rootmail alias}: prints root email addresses for new accounts.
 *
 * <pre>{@code
 * ./rootmail alias --domain aws.mycompany.test --count 3
 * ./rootmail alias --domain aws.mycompany.test --count 3 --check-organization
 * ./rootmail alias --domain aws.mycompany.test --account "Payments Prod" --seed-env ROOTMAIL_ALIAS_SEED
 * }</pre>
 */
@Command(
        name = "alias",
        mixinStandardHelpOptions = true,
        description = {
            "Print root email addresses root+<alias>@<domain> that AWS Organizations accepts, one per line.",
            "Random by default; with --account and --seed-env, the address derived from the seed and the"
                    + " account name (the same every time)."
        })
public final class AliasCommand implements Callable<Integer> {

    static final int MAX_COUNT = 10_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--domain", required = true, paramLabel = "DOMAIN",
            description = "The RootMail domain, e.g. aws.mycompany.test.")
    String domain;

    @Option(names = "--count", paramLabel = "N",
            description = "How many random addresses (1 to " + MAX_COUNT + ", default 1); all different.")
    Integer count;

    @Option(names = "--account", paramLabel = "NAME",
            description = "Derive the address of this account name (needs --seed-env).")
    String account;

    @Option(names = "--seed-env", paramLabel = "VAR",
            description = "Environment variable holding the alias seed (needs --account).")
    String seedEnv;

    @Option(names = "--check-organization",
            description = "Redraw random addresses that an account of the organization already uses"
                    + " (Organizations ListAccounts, default AWS credentials).")
    boolean checkOrganization;

    // Seams for tests: the real environment and organization are read only when the command runs.
    Function<String, String> environment = System::getenv;
    Supplier<ExistingAddresses> organization = OrganizationsExistingAddresses::fromDefaultCredentials;

    @Override
    public Integer call() {
        RootAddresses addresses = RootAddresses.forDomain(domain);
        List<RootAddress> printed = account != null || seedEnv != null
                ? List.of(derived(addresses))
                : addresses.random(count(), checkOrganization ? organization.get() : ExistingAddresses.NONE);
        PrintWriter out = spec.commandLine().getOut();
        printed.forEach(address -> out.println(address.email()));
        out.flush();
        return 0;
    }

    private RootAddress derived(RootAddresses addresses) {
        if (account == null || seedEnv == null) {
            throw wrong("--account and --seed-env go together: a derived address needs both");
        }
        if (count != null || checkOrganization) {
            throw wrong("--count and --check-organization apply to random addresses, not to a derived one");
        }
        String seed = environment.apply(seedEnv);
        if (seed == null || seed.isEmpty()) {
            throw wrong("the environment variable " + seedEnv + " holding the alias seed is not set"
                    + " (create a seed with: " + AliasSeed.HOW_TO_CREATE + ")");
        }
        return addresses.derived(AliasSeed.of(seed), account);
    }

    private int count() {
        int n = count == null ? 1 : count;
        if (n < 1 || n > MAX_COUNT) {
            throw wrong("--count is " + n + "; it must be between 1 and " + MAX_COUNT);
        }
        return n;
    }

    // Not a picocli ParameterException: that one prints the whole usage after the message.
    private static IllegalArgumentException wrong(String message) {
        return new IllegalArgumentException(message);
    }
}
