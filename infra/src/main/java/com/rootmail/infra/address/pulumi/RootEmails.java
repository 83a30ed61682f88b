package com.rootmail.infra.address.pulumi;

import com.pulumi.Config;
import com.pulumi.core.Output;
import com.rootmail.infra.address.AliasSeed;
import com.rootmail.infra.address.RootAddresses;
import java.util.Objects;

/**
 * Root email addresses for account vending in a Pulumi program: derived from the secret
 * stack setting {@code rootmail:aliasSeed} and the account name, so every {@code pulumi up}
 * gives an account the address it had before.
 *
 * <pre>{@code
 * RootEmails rootEmails = RootEmails.fromConfig(ctx.config("rootmail"), "aws.mycompany.test");
 * new Account("payments", AccountArgs.builder()
 *         .name("Payments Prod")
 *         .email(rootEmails.forAccount("Payments Prod"))
 *         .build());
 * }</pre>
 *
 * <p>The address is returned as a secret Output. It is not a credential, but the point of
 * the random alias is that outsiders cannot guess it (a known address invites mail
 * floods that become OpsItems), and it is derived from a secret: keeping it secret keeps
 * it out of preview output and CI logs. {@code Output.unsecret(...)} shows it on purpose.
 */
public final class RootEmails {

    public static final String SEED_KEY = "aliasSeed";

    private final RootAddresses addresses;
    private final AliasSeed seed;

    private RootEmails(RootAddresses addresses, AliasSeed seed) {
        this.addresses = addresses;
        this.seed = seed;
    }

    /**
     * Reads the seed from {@code config} (the {@code rootmail} namespace) now, so a missing
     * or weak seed stops the program before any resource is registered.
     */
    public static RootEmails fromConfig(Config config, String domain) {
        String key = config.getName() + ":" + SEED_KEY;
        String seedText = config.get(SEED_KEY).orElseThrow(() -> new IllegalStateException(
                "the stack setting " + key + " is missing; create it once per stack with: pulumi config set"
                        + " --secret " + key + " \"$(" + AliasSeed.HOW_TO_CREATE + ")\""));
        AliasSeed seed;
        try {
            seed = AliasSeed.of(seedText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the stack setting " + key + " is too weak: " + e.getMessage(), e);
        }
        return new RootEmails(RootAddresses.forDomain(domain), seed);
    }

    /** The root email address of the account named {@code accountName}, as a secret. */
    public Output<String> forAccount(String accountName) {
        Objects.requireNonNull(accountName, "accountName");
        return Output.ofSecret(addresses.derived(seed, accountName).email());
    }
}
