package com.rootmail.infra.delegation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The judgement: pure functions from what the servers said to a status. */
final class Verdicts {

    private Verdicts() {}

    static ServerResult judge(ParentServer server, Set<String> expected, Observation observation) {
        return new ServerResult(server, statusOf(DomainNames.normalizeAll(expected), observation),
                observation.nameServers(), observation.detail());
    }

    /**
     * Servers that could not be asked do not count as disagreeing: the parent's servers
     * serve one zone, and a resolver that cannot reach one of them asks another. Only
     * when nobody answered is the delegation unreachable.
     */
    static DelegationStatus overall(List<ServerResult> results) {
        List<ServerResult> answered = results.stream()
                .filter(result -> result.status() != DelegationStatus.UNREACHABLE)
                .toList();
        if (answered.isEmpty()) {
            return DelegationStatus.UNREACHABLE;
        }
        Set<Set<String>> distinctAnswers = answered.stream().map(ServerResult::found).collect(Collectors.toSet());
        return distinctAnswers.size() > 1 ? DelegationStatus.PARTIAL : answered.get(0).status();
    }

    private static DelegationStatus statusOf(Set<String> expected, Observation observation) {
        if (!observation.answered()) {
            return DelegationStatus.UNREACHABLE;
        }
        if (observation.nameServers().isEmpty()) {
            return DelegationStatus.MISSING;
        }
        return observation.nameServers().equals(expected) ? DelegationStatus.LIVE : DelegationStatus.MISMATCH;
    }
}
