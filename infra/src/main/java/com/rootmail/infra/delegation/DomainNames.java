package com.rootmail.infra.delegation;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/** DNS names compare case-insensitively and with or without the root's trailing dot. */
final class DomainNames {

    // Host-name labels (letters, digits, inner hyphens): dnsjava accepts far more (spaces,
    // semicolons, parentheses), and such a name would make the printed zone-file lines invalid.
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");

    private DomainNames() {}

    static String normalize(String name) {
        String trimmed = name.strip().toLowerCase(Locale.ROOT);
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** Sorted, so that reports and records come out in a stable order. */
    static Set<String> normalizeAll(Collection<String> names) {
        Set<String> normalized = new TreeSet<>();
        names.forEach(name -> normalized.add(normalize(name)));
        return normalized;
    }

    /**
     * The absolute DNS name of a domain that has a parent zone below the root ({@code a.b} at least).
     *
     * @param kind what the name is, for the error message ("domain", "name server")
     */
    static Name toDnsName(String kind, String domain) {
        String normalized = normalize(domain == null ? "" : domain);
        try {
            Name name = Name.fromString(normalized, Name.root);
            if (normalized.isEmpty() || name.labels() < 3) {
                throw invalid(kind, domain, "expected a name like aws.example.com");
            }
            String[] labels = normalized.split("\\.");
            if (!Stream.of(labels).allMatch(LABEL.asMatchPredicate())) {
                throw invalid(kind, domain, "only letters, digits and inner hyphens between the dots"
                        + " (xn-- form for international names)");
            }
            if (ALL_DIGITS.matcher(labels[labels.length - 1]).matches()) {
                throw invalid(kind, domain, "an IP address, not a name");
            }
            return name;
        } catch (TextParseException e) {
            throw invalid(kind, domain, e.getMessage());
        }
    }

    private static IllegalArgumentException invalid(String kind, String domain, String why) {
        return new IllegalArgumentException("invalid " + kind + " '" + domain + "': " + why);
    }
}
