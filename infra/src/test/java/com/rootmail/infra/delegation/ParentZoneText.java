package com.rootmail.infra.delegation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Zone files for the parent zone {@code mycompany.test}, with the delegations a test needs. */
public final class ParentZoneText {

    public static final String ZONE = "mycompany.test";

    private final int serial;
    private final Map<String, List<String>> delegations = new TreeMap<>();

    private ParentZoneText(int serial) {
        this.serial = serial;
    }

    public static ParentZoneText serial(int serial) {
        return new ParentZoneText(serial);
    }

    /** {@code label} is relative to the zone: "aws" delegates aws.mycompany.test. */
    public ParentZoneText delegate(String label, List<String> nameServers) {
        delegations.put(label, List.copyOf(nameServers));
        return this;
    }

    public String text() {
        StringBuilder zone = new StringBuilder("""
                $ORIGIN %s.
                $TTL 60
                @ IN SOA ns1.%s. hostmaster.%s. %d 3600 600 86400 60
                @ IN NS ns1.%s.
                ns1 IN A 127.0.0.1
                """.formatted(ZONE, ZONE, ZONE, serial, ZONE));
        delegations.forEach((label, nameServers) ->
                nameServers.forEach(ns -> zone.append(label).append(" IN NS ").append(ns).append(".\n")));
        return zone.toString();
    }
}
