package com.rootmail.infra.delegation;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * The verdict for one parent server.
 *
 * <pre>{@code
 * report.servers().forEach(r -> System.out.println(r.server().label() + " " + r.status()));
 * }</pre>
 *
 * @param found the name servers this server delegates the domain to (sorted, normalized)
 * @param detail how the server answered, or why it did not
 */
public record ServerResult(ParentServer server, DelegationStatus status, Set<String> found, String detail) {

    public ServerResult {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        if (status == DelegationStatus.PARTIAL) {
            throw new IllegalArgumentException("PARTIAL describes several servers, not one");
        }
        found = Collections.unmodifiableSet(DomainNames.normalizeAll(found));
    }
}
