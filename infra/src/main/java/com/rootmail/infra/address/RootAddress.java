package com.rootmail.infra.address;

import java.util.List;
import java.util.Objects;

/**
 * A root email address {@code root+<alias>@<domain>}, valid for AWS Organizations by
 * construction.
 *
 * <pre>{@code
 * RootAddress address = RootAddresses.forDomain("aws.mycompany.test").random();
 * String email = address.email();  // root+k3v7q2mxa4bz@aws.mycompany.test
 * }</pre>
 */
public record RootAddress(String alias, RootDomain domain) {

    public RootAddress {
        Objects.requireNonNull(domain, "domain");
        if (!Aliases.isAlias(alias)) {
            throw new IllegalArgumentException("'" + alias + "' is not an alias of " + Aliases.LENGTH
                    + " characters from a-z and 2-7");
        }
        // RootDomain leaves room for the alias; this keeps the promise if either rule drifts.
        List<Violation> broken = OrganizationsEmailRules.check(email(alias, domain));
        if (!broken.isEmpty()) {
            throw new IllegalArgumentException(broken.get(0).message());
        }
    }

    /** The address as AWS Organizations takes it. */
    public String email() {
        return email(alias, domain);
    }

    @Override
    public String toString() {
        return email();
    }

    private static String email(String alias, RootDomain domain) {
        return RootDomain.LOCAL_PREFIX + alias + "@" + domain.name();
    }
}
