package com.rootmail.infra.address;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The domain root addresses live in, checked to leave room for a full alias within the
 * 64 characters AWS Organizations allows. Stored in lower case.
 *
 * <pre>{@code
 * RootDomain domain = RootDomain.of("aws.mycompany.test");  // throws IllegalArgumentException when unusable
 * }</pre>
 */
public record RootDomain(String name) {

    /** The local part every root address starts with, before its alias. */
    public static final String LOCAL_PREFIX = "root+";

    /** The longest domain that still fits {@code root+<alias>@<domain>} into 64 characters. */
    public static final int MAX_LENGTH =
            OrganizationsEmailRules.MAX_LENGTH - LOCAL_PREFIX.length() - Aliases.LENGTH - "@".length();

    // Dot-separated DNS labels: SES has to receive mail for the domain, so it must be a host name.
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public RootDomain {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the domain is empty; give one such as aws.mycompany.test");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the domain '" + name + "' is " + name.length()
                    + " characters long; root+<" + Aliases.LENGTH + "-character alias>@<domain> must fit in "
                    + OrganizationsEmailRules.MAX_LENGTH + " characters for AWS Organizations, so the domain"
                    + " may have at most " + MAX_LENGTH + " characters");
        }
        if (!HOST_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the domain '" + name + "' is not a host name with a dot,"
                    + " such as aws.mycompany.test (ASCII letters, digits and inner hyphens in dot-separated labels)");
        }
    }

    /** The domain {@code name}, lower-cased (mail domains ignore case), checked. */
    public static RootDomain of(String name) {
        return new RootDomain(name == null ? null : name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name;
    }
}
