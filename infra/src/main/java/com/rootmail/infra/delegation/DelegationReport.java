package com.rootmail.infra.delegation;

import com.rootmail.infra.dns.DelegationRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one check found out: the parent zone, each server's verdict, the overall
 * status and, unless live, the records to add.
 *
 * <pre>{@code
 * DelegationReport report = checker.check("aws.mycompany.test", List.of("ns-1.awsdns-01.org"));
 * report.describe().forEach(System.out::println);
 * }</pre>
 *
 * @param domain the delegated domain, normalized
 * @param expected the name servers the domain should be delegated to, normalized and sorted
 * @param parentZone the zone that holds the delegation, when known
 * @param servers one result per parent server asked
 * @param problem why no server could be asked (empty when servers were asked)
 */
public record DelegationReport(
        String domain, Set<String> expected, Optional<String> parentZone, List<ServerResult> servers,
        Optional<String> problem) {

    public DelegationReport {
        domain = DomainNames.normalize(Objects.requireNonNull(domain, "domain"));
        expected = Collections.unmodifiableSet(DomainNames.normalizeAll(expected));
        Objects.requireNonNull(parentZone, "parentZone");
        servers = List.copyOf(servers);
        Objects.requireNonNull(problem, "problem");
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("expected name servers of " + domain + " are missing");
        }
    }

    public DelegationStatus status() {
        return Verdicts.overall(servers);
    }

    public boolean isLive() {
        return status() == DelegationStatus.LIVE;
    }

    /** The NS records the parent zone needs, as zone-file lines with absolute names (as the stack output shows them). */
    public List<String> recordsToAdd() {
        return DelegationRecord.text(domain, List.copyOf(expected)).lines().toList();
    }

    /** A human-readable account: per server, overall and, unless live, what to change. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        // Servers given with --parent-server leave the zone unnamed; that is no failure worth a word.
        lines.add("Delegation of " + domain + parentZone.map(zone -> " in parent zone " + zone).orElse("")
                + ", expected " + String.join(", ", expected));
        problem.ifPresent(why -> lines.add("  " + why));
        for (ServerResult result : servers) {
            String found = result.found().isEmpty() ? "" : " found " + String.join(", ", result.found());
            lines.add("  " + result.server().label() + ": " + result.status() + found + " (" + result.detail() + ")");
        }
        lines.add("Overall: " + status());
        if (!isLive()) {
            lines.add(instruction());
            recordsToAdd().forEach(record -> lines.add("  " + record));
        }
        return List.copyOf(lines);
    }

    private String instruction() {
        String zone = parentZone.map(name -> "the parent zone " + name).orElse("the parent zone");
        if (status() == DelegationStatus.PARTIAL
                && servers.stream().anyMatch(result -> result.status() == DelegationStatus.LIVE)) {
            // Some servers already have it: the change is made and still spreading, nothing to replace.
            return "Some servers of " + zone + " have the delegation and others not yet; they should catch up."
                    + " The parent zone must hold exactly these NS records:";
        }
        boolean delegatedElsewhere = servers.stream().anyMatch(result -> !result.found().isEmpty());
        return delegatedElsewhere
                ? "Replace the NS records of " + domain + " in " + zone + " with:"
                : "Add these NS records to " + zone + ":";
    }
}
