package com.rootmail.infra;

import com.pulumi.core.Output;
import com.rootmail.infra.delegation.DelegationGate;
import java.util.List;

/**
 * A {@link DelegationGate} that does not check anything: the domain passes at once. Right
 * for the offline plan (no DNS there); {@code pulumi up} uses
 * {@link com.rootmail.infra.delegation.WaitingDelegationGate} instead.
 *
 * <pre>{@code
 * new RootMail("rootmail", args, new PassThroughDelegationGate(), null);
 * }</pre>
 */
public final class PassThroughDelegationGate implements DelegationGate {

    @Override
    public Output<String> liveDomain(Output<String> domain, Output<List<String>> nameServers) {
        return domain;
    }
}
