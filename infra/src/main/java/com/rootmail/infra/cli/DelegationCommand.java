package com.rootmail.infra.cli;

import com.rootmail.infra.delegation.Backoff;
import com.rootmail.infra.delegation.DelegationCheck;
import com.rootmail.infra.delegation.DelegationChecker;
import com.rootmail.infra.delegation.DelegationReport;
import com.rootmail.infra.delegation.DelegationWaiter;
import com.rootmail.infra.delegation.DurationText;
import com.rootmail.infra.delegation.ParentServer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Tells whether the parent zone delegates the RootMail domain to the hosted zone's name
 * servers and, unless it does, prints the exact NS records to add.
 *
 * <pre>{@code
 * ./rootmail delegation --domain aws.mycompany.test \
 *     --expect ns-1.awsdns-01.org,ns-2.awsdns-02.net --wait 30m
 * }</pre>
 */
@Command(
        name = "delegation",
        mixinStandardHelpOptions = true,
        description = "Check that the parent zone delegates DOMAIN to the expected name servers, asking its"
                + " authoritative servers directly (recursion off). Unless live, print the records to add.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            " 0:live",
            " 2:bad arguments",
            " 3:not live: missing, mismatch, partial, unreachable, or --wait ran out"
        })
public final class DelegationCommand implements Callable<Integer> {

    static final int EXIT_LIVE = 0;
    static final int EXIT_NOT_LIVE = 3;
    /** One server's answer; longer only hides a dead server (and far longer overflows the resolver's clock). */
    static final Duration MAX_QUERY_TIMEOUT = Duration.ofMinutes(1);

    @Option(names = "--domain", required = true, paramLabel = "DOMAIN", description = "The delegated domain, e.g. aws.mycompany.test.")
    String domain;

    @Option(names = "--expect", required = true, split = ",", paramLabel = "NS",
            description = "The name servers the domain must be delegated to (the hosted zone's), comma-separated.")
    List<String> expected;

    @Option(names = "--parent-server", paramLabel = "HOST:PORT",
            description = "Ask this server instead of discovering the parent zone's servers (repeatable).")
    List<String> parentServers = List.of();

    @Option(names = "--wait", paramLabel = "DURATION",
            description = "Check again with backoff until live or this long has passed (90m, 2h, PT2H).")
    String waitFor;

    @Option(names = "--query-timeout", paramLabel = "DURATION", defaultValue = "3s",
            description = "How long one server may take to answer (at most 1m; default: ${DEFAULT-VALUE}).")
    String queryTimeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Duration timeout = queryTimeout(DurationText.parse(queryTimeout));
        Duration wait = waitFor == null ? null : DurationText.parse(waitFor);
        List<ParentServer> servers = parentServers.stream().map(ParentServer::parse).toList();
        DelegationCheck checker = servers.isEmpty()
                ? DelegationChecker.discoveringParents(timeout)
                : DelegationChecker.askingServers(servers, timeout);
        PrintWriter out = spec.commandLine().getOut();

        DelegationReport report = wait == null
                ? checker.check(domain, expected)
                : DelegationWaiter.systemTime(checker, Backoff.INTERACTIVE)
                        .await(domain, expected, wait, progress -> out.println(progress.summary()));

        report.describe().forEach(out::println);
        if (wait != null && !report.isLive()) {
            out.println("Gave up after waiting " + DurationText.format(wait) + "; run the command again to keep waiting.");
        }
        out.flush();
        return report.isLive() ? EXIT_LIVE : EXIT_NOT_LIVE;
    }

    private static Duration queryTimeout(Duration duration) {
        if (duration.isZero()) {
            throw new IllegalArgumentException("--query-timeout must be longer than 0s");
        }
        if (duration.compareTo(MAX_QUERY_TIMEOUT) > 0) {
            throw new IllegalArgumentException("--query-timeout must be at most " + DurationText.format(MAX_QUERY_TIMEOUT));
        }
        return duration;
    }
}
