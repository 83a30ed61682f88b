package com.rootmail.infra.delegation;

import com.pulumi.core.Output;
import java.util.List;

/**
 * Holds back what needs a live delegation (SES domain verification) until the parent zone
 * delegates the domain to the hosted zone's name servers.
 *
 * <pre>{@code
 * Output<String> liveDomain = gate.liveDomain(zone.name(), zone.nameServers());
 * new DomainIdentityVerification(name, DomainIdentityVerificationArgs.builder()
 *         .domain(liveDomain)   // resolves only once the delegation is live
 *         .build(), options);
 * }</pre>
 *
 * <p>An implementation may wait during {@code up}; during preview it must never block.
 */
@FunctionalInterface
public interface DelegationGate {

    /** The domain, resolved once it is delegated to {@code nameServers}. */
    Output<String> liveDomain(Output<String> domain, Output<List<String>> nameServers);
}
