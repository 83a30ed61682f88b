package com.rootmail.infra.delegation;

import java.io.IOException;
import java.net.PortUnreachableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Name;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Type;

/**
 * Checks a delegation by asking every authoritative server of the parent zone directly
 * (recursion off) for the domain's NS records.
 *
 * <pre>{@code
 * DelegationChecker checker = DelegationChecker.discoveringParents(DelegationChecker.DEFAULT_QUERY_TIMEOUT);
 * DelegationReport report = checker.check("aws.mycompany.test",
 *         List.of("ns-1.awsdns-01.org", "ns-2.awsdns-02.net"));
 * // or, with the parent's servers given: DelegationChecker.askingServers(List.of(ParentServer.parse("192.0.2.1:53")), timeout)
 * }</pre>
 *
 * <p>The servers are asked in parallel; a check takes at most about twice the query
 * timeout after discovery (UDP, then TCP after a truncated reply).
 */
public final class DelegationChecker implements DelegationCheck {

    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(3);

    private final ParentLocator parents;
    private final DnsExchange exchange;

    DelegationChecker(ParentLocator parents, DnsExchange exchange) {
        this.parents = parents;
        this.exchange = exchange;
    }

    /** Finds the parent zone and its servers through the system's resolvers. */
    public static DelegationChecker discoveringParents(Duration queryTimeout) {
        ExtendedResolver resolver = new ExtendedResolver();
        resolver.setTimeout(queryTimeout);
        return discoveringParents(resolver, ParentServer.DNS_PORT, queryTimeout);
    }

    static DelegationChecker discoveringParents(Resolver resolver, int serverPort, Duration queryTimeout) {
        return new DelegationChecker(new ParentDiscovery(resolver, serverPort), new DnsExchange(queryTimeout));
    }

    /** Asks exactly these servers, skipping discovery. */
    public static DelegationChecker askingServers(List<ParentServer> servers, Duration queryTimeout) {
        return new DelegationChecker(ParentLocator.given(servers), new DnsExchange(queryTimeout));
    }

    @Override
    public DelegationReport check(String domain, Collection<String> expectedNameServers) {
        Name name = DomainNames.toDnsName("domain", domain);
        Set<String> expected = DomainNames.normalizeAll(expectedNameServers);
        expected.forEach(nameServer -> DomainNames.toDnsName("name server", nameServer));
        ParentZone parent;
        try {
            parent = parents.locate(name);
        } catch (ParentLocator.ParentNotFoundException e) {
            return new DelegationReport(domain, expected, Optional.empty(), List.of(), Optional.of(e.getMessage()));
        }
        List<ServerResult> results = askAll(parent.servers(), name, expected);
        return new DelegationReport(domain, expected, parent.name(), results, Optional.empty());
    }

    private List<ServerResult> askAll(List<ParentServer> servers, Name domain, Set<String> expected) {
        ExecutorService pool = Executors.newFixedThreadPool(servers.size(), runnable -> {
            Thread thread = new Thread(runnable, "rootmail-delegation-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ServerResult>> pending = new ArrayList<>();
            for (ParentServer server : servers) {
                pending.add(pool.submit(() -> Verdicts.judge(server, expected, observe(server, domain))));
            }
            List<ServerResult> results = new ArrayList<>();
            for (Future<ServerResult> result : pending) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the delegation of " + domain, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking the delegation of " + domain + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Observation observe(ParentServer server, Name domain) {
        try {
            DnsExchange.Reply reply = exchange.ask(server.address(), domain, Type.NS);
            return ReferralReader.read(domain, reply.message(),
                    reply.overTcp() ? "over TCP after a truncated UDP reply" : "over UDP");
        } catch (IOException e) {
            return Observation.failed(failure(e));
        }
    }

    private String failure(IOException e) {
        if (e instanceof PortUnreachableException) {
            // It carries no message; its class name means nothing to someone checking DNS.
            return "nothing listens on that port (ICMP port unreachable)";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.toLowerCase(Locale.ROOT).contains("timed out")
                ? "no answer within " + exchange.timeout().toMillis() + " ms"
                : message;
    }
}
