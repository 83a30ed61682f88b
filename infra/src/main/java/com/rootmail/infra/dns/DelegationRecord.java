package com.rootmail.infra.dns;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The NS record set to add to the parent zone, as zone-file text a user can paste.
 *
 * <pre>{@code
 * DelegationRecord.text("aws.mycompany.test", List.of("ns-1.awsdns-01.org", "ns-2.awsdns-02.com"));
 * // aws.mycompany.test. 172800 IN NS ns-1.awsdns-01.org.
 * // aws.mycompany.test. 172800 IN NS ns-2.awsdns-02.com.
 * }</pre>
 */
public final class DelegationRecord {

    /** Two days, as Route53 uses for its own NS records. */
    public static final int TTL_SECONDS = 172_800;

    private DelegationRecord() {
    }

    public static String text(String domain, List<String> nameServers) {
        return nameServers.stream()
                .map(ns -> "%s %d IN NS %s".formatted(absolute(domain), TTL_SECONDS, absolute(ns)))
                .collect(Collectors.joining("\n"));
    }

    private static String absolute(String name) {
        return name.endsWith(".") ? name : name + ".";
    }
}
