package com.rootmail.infra.delegation;

import java.util.Collection;

/**
 * Asks the parent zone whether a domain is delegated to the expected name servers.
 *
 * <pre>{@code
 * DelegationCheck check = DelegationChecker.discoveringParents(DelegationChecker.DEFAULT_QUERY_TIMEOUT);
 * boolean live = check.check("aws.mycompany.test", nameServers).isLive();
 * }</pre>
 *
 * <p>Never throws for DNS trouble: an unreachable parent is a report too.
 */
@FunctionalInterface
public interface DelegationCheck {

    /** @throws IllegalArgumentException when the domain or a name server is not a valid name */
    DelegationReport check(String domain, Collection<String> expectedNameServers);
}
