package com.rootmail.infra.delegation;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/** DNS names compare case-insensitively and with or without the root's trailing dot. */
final class DomainNames {

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
                throw new IllegalArgumentException("invalid " + kind + " '" + domain + "': expected a name like aws.example.com");
            }
            return name;
        } catch (TextParseException e) {
            throw new IllegalArgumentException("invalid " + kind + " '" + domain + "': " + e.getMessage());
        }
    }
}
