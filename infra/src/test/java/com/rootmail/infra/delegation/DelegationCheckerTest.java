package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.SimpleResolver;

/** Against a real nsd on loopback serving the parent zone mycompany.test. */
class DelegationCheckerTest {

    static final List<String> AWS_NAME_SERVERS = List.of("ns-1.awsdns-01.org", "ns-2.awsdns-02.net");
    static final Duration TIMEOUT = Duration.ofMillis(400);

    /** Long, distinct names that DNS compression cannot shrink: their referral exceeds a 1232-byte UDP reply. */
    static final List<String> MANY_LONG_NAME_SERVERS = IntStream.rangeClosed(1, 13)
            .mapToObj(i -> "ns" + i + "-" + "x".repeat(55) + ".provider" + i + "-" + "y".repeat(50) + ".example")
            .toList();

    @TempDir
    static Path tmp;

    static NsdServer parent;

    @BeforeAll
    static void startParent() throws Exception {
        parent = NsdServer.start(tmp, ParentZoneText.ZONE, ParentZoneText.serial(2)
                .delegate("aws", AWS_NAME_SERVERS)
                .delegate("wrong", List.of("ns-9.old-provider.net"))
                .delegate("big", MANY_LONG_NAME_SERVERS)
                .delegate("aws.corp", AWS_NAME_SERVERS)
                .text());
    }

    @AfterAll
    static void stopParent() throws Exception {
        if (parent != null) {
            parent.close();
        }
    }

    @Test
    void delegationToTheExpectedServersIsLiveIgnoringCaseAndTrailingDots() {
        DelegationReport report = askParent().check("AWS.mycompany.test.", List.of("NS-2.awsdns-02.net.", "ns-1.AWSDNS-01.org"));

        assertThat(report.status()).isEqualTo(DelegationStatus.LIVE);
        assertThat(report.servers()).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(DelegationStatus.LIVE);
            assertThat(result.found()).containsExactlyElementsOf(AWS_NAME_SERVERS);
            assertThat(result.detail()).isEqualTo("referral over UDP");
        });
    }

    @Test
    void domainWithoutNsRecordsInTheParentIsMissingAndNamesTheRecordsToAdd() {
        DelegationReport report = askParent().check("none.mycompany.test", AWS_NAME_SERVERS);

        assertThat(report.status()).isEqualTo(DelegationStatus.MISSING);
        assertThat(report.servers()).singleElement().satisfies(result -> assertThat(result.found()).isEmpty());
        assertThat(report.recordsToAdd()).containsExactly(
                "none.mycompany.test. 172800 IN NS ns-1.awsdns-01.org.",
                "none.mycompany.test. 172800 IN NS ns-2.awsdns-02.net.");
    }

    @Test
    void delegationToOtherServersIsAMismatchShowingWhatWasFound() {
        DelegationReport report = askParent().check("wrong.mycompany.test", AWS_NAME_SERVERS);

        assertThat(report.status()).isEqualTo(DelegationStatus.MISMATCH);
        assertThat(report.servers()).singleElement()
                .satisfies(result -> assertThat(result.found()).containsExactly("ns-9.old-provider.net"));
        assertThat(report.describe()).anyMatch(line -> line.contains("found ns-9.old-provider.net"))
                .anyMatch(line -> line.startsWith("Replace the NS records of wrong.mycompany.test"));
    }

    @Test
    void serversServingDifferentVersionsOfTheParentZoneArePartial() throws Exception {
        try (NsdServer stale = NsdServer.start(tmp, ParentZoneText.ZONE, ParentZoneText.serial(1).text())) {
            DelegationReport report = DelegationChecker.askingServers(List.of(parent.server(), stale.server()), TIMEOUT)
                    .check("aws.mycompany.test", AWS_NAME_SERVERS);

            assertThat(report.status()).isEqualTo(DelegationStatus.PARTIAL);
            assertThat(report.servers()).extracting(ServerResult::status)
                    .containsExactly(DelegationStatus.LIVE, DelegationStatus.MISSING);
        }
    }

    @Test
    void serverThatNeverAnswersIsUnreachableAfterTheTimeout() throws Exception {
        try (DatagramSocket silent = silentServer()) {
            long start = System.nanoTime();
            DelegationReport report = DelegationChecker.askingServers(List.of(addressOf(silent)), TIMEOUT)
                    .check("aws.mycompany.test", AWS_NAME_SERVERS);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(report.status()).isEqualTo(DelegationStatus.UNREACHABLE);
            assertThat(report.servers()).singleElement()
                    .satisfies(result -> assertThat(result.detail()).isEqualTo("no answer within 400 ms"));
            assertThat(took).isBetween(TIMEOUT, TIMEOUT.multipliedBy(4));
            assertThat(report.recordsToAdd()).hasSize(2);
        }
    }

    @Test
    void portWhereNothingListensIsUnreachableInWordsNotAnExceptionName() throws Exception {
        ParentServer closed;
        try (DatagramSocket released = silentServer()) {
            closed = addressOf(released);
        }

        DelegationReport report = DelegationChecker.askingServers(List.of(closed), TIMEOUT)
                .check("aws.mycompany.test", AWS_NAME_SERVERS);

        assertThat(report.servers()).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(DelegationStatus.UNREACHABLE);
            assertThat(result.detail()).isEqualTo("nothing listens on that port (ICMP port unreachable)");
        });
    }

    @Test
    void serverThatNeverAnswersDoesNotOutvoteOneThatDoes() throws Exception {
        try (DatagramSocket silent = silentServer()) {
            DelegationReport report = DelegationChecker.askingServers(List.of(addressOf(silent), parent.server()), TIMEOUT)
                    .check("aws.mycompany.test", AWS_NAME_SERVERS);

            assertThat(report.status()).isEqualTo(DelegationStatus.LIVE);
            assertThat(report.servers()).extracting(ServerResult::status)
                    .containsExactly(DelegationStatus.UNREACHABLE, DelegationStatus.LIVE);
        }
    }

    @Test
    void truncatedUdpReplyIsAskedAgainOverTcp() {
        DelegationReport report = askParent().check("big.mycompany.test", MANY_LONG_NAME_SERVERS);

        assertThat(report.status()).isEqualTo(DelegationStatus.LIVE);
        assertThat(report.servers()).singleElement().satisfies(result -> {
            assertThat(result.detail()).isEqualTo("referral over TCP after a truncated UDP reply");
            assertThat(result.found()).hasSize(13);
        });
    }

    @Test
    void discoveryWalksUpPastEmptyLabelsToTheZoneCutAndAsksItsServers() throws Exception {
        DelegationReport report = discoveringThroughParent().check("aws.corp.mycompany.test", AWS_NAME_SERVERS);

        assertThat(report.parentZone()).contains("mycompany.test");
        assertThat(report.servers()).singleElement().satisfies(result ->
                assertThat(result.server().label()).isEqualTo("ns1.mycompany.test (127.0.0.1:" + parent.port() + ")"));
        assertThat(report.status()).isEqualTo(DelegationStatus.LIVE);
    }

    @Test
    void discoveryThatFindsNoParentReportsWhyNobodyWasAsked() throws Exception {
        DelegationReport report = discoveringThroughParent().check("aws.elsewhere.test", AWS_NAME_SERVERS);

        assertThat(report.status()).isEqualTo(DelegationStatus.UNREACHABLE);
        assertThat(report.servers()).isEmpty();
        assertThat(report.problem()).hasValueSatisfying(why -> assertThat(why).contains("elsewhere.test").contains("REFUSED"));
    }

    @Test
    void waitReachesLiveWhenTheParentZoneChangesWhileWaiting() throws Exception {
        try (NsdServer changing = NsdServer.start(tmp, ParentZoneText.ZONE, ParentZoneText.serial(1).text())) {
            DelegationWaiter waiter = DelegationWaiter.systemTime(
                    DelegationChecker.askingServers(List.of(changing.server()), TIMEOUT),
                    new Backoff(Duration.ofMillis(50), 1.5, Duration.ofMillis(200)));
            List<WaitProgress> progress = new ArrayList<>();

            DelegationReport last = waiter.await("aws.mycompany.test", AWS_NAME_SERVERS, Duration.ofSeconds(20), step -> {
                progress.add(step);
                if (step.attempt() == 1) {
                    replace(changing, ParentZoneText.serial(2).delegate("aws", AWS_NAME_SERVERS).text());
                }
            });

            assertThat(last.status()).isEqualTo(DelegationStatus.LIVE);
            assertThat(progress).isNotEmpty().allSatisfy(step -> assertThat(step.report().status()).isEqualTo(DelegationStatus.MISSING));
        }
    }

    private static DelegationChecker askParent() {
        return DelegationChecker.askingServers(List.of(parent.server()), TIMEOUT);
    }

    /** nsd stands in for the recursive resolver: it answers for its own zone and refuses the rest. */
    private static DelegationChecker discoveringThroughParent() throws Exception {
        SimpleResolver resolver = new SimpleResolver(new InetSocketAddress("127.0.0.1", parent.port()));
        resolver.setTimeout(TIMEOUT);
        return DelegationChecker.discoveringParents(resolver, parent.port(), TIMEOUT);
    }

    private static DatagramSocket silentServer() throws Exception {
        return new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
    }

    private static ParentServer addressOf(DatagramSocket socket) {
        return ParentServer.parse("127.0.0.1:" + socket.getLocalPort());
    }

    private static void replace(NsdServer server, String zoneText) {
        try {
            server.replaceZone(zoneText);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
