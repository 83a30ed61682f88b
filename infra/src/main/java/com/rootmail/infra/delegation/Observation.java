package com.rootmail.infra.delegation;

import java.util.Objects;
import java.util.Set;

/**
 * What one parent server said about the domain's NS records, before any judgement.
 *
 * @param nameServers the NS targets found (normalized; empty when there is no delegation)
 * @param answered false when the server could not be asked or gave no usable answer
 * @param detail how the answer came (or why none came), for the report
 */
record Observation(Set<String> nameServers, boolean answered, String detail) {

    Observation {
        nameServers = Set.copyOf(DomainNames.normalizeAll(nameServers));
        Objects.requireNonNull(detail, "detail");
        if (!answered && !nameServers.isEmpty()) {
            throw new IllegalArgumentException("a server that did not answer found no name servers");
        }
    }

    static Observation found(Set<String> nameServers, String detail) {
        return new Observation(nameServers, true, detail);
    }

    static Observation failed(String why) {
        return new Observation(Set.of(), false, why);
    }
}
