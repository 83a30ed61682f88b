package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Time is fake: sleeping only moves the clock, so hours of waiting take microseconds. */
class DelegationWaiterTest {

    static final List<String> EXPECTED = List.of("ns-1.awsdns-01.org");
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(10), 2, Duration.ofSeconds(60));

    final FakeTime time = new FakeTime();
    final List<WaitProgress> progress = new ArrayList<>();

    @Test
    void liveAtTheFirstCheckReturnsAtOnceWithoutProgressOrSleep() {
        DelegationReport report = waiter(scripted(DelegationStatus.LIVE)).await("aws.mycompany.test", EXPECTED, Duration.ofHours(2), progress::add);

        assertThat(report.isLive()).isTrue();
        assertThat(progress).isEmpty();
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void checksWithGrowingPausesUntilLive() {
        DelegationReport report = waiter(scripted(DelegationStatus.MISSING, DelegationStatus.MISSING, DelegationStatus.PARTIAL, DelegationStatus.LIVE))
                .await("aws.mycompany.test", EXPECTED, Duration.ofHours(2), progress::add);

        assertThat(report.isLive()).isTrue();
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40));
        assertThat(progress).extracting(WaitProgress::attempt).containsExactly(1, 2, 3);
        assertThat(progress.get(2).elapsed()).isEqualTo(Duration.ofSeconds(30));
        assertThat(progress.get(2).summary())
                .isEqualTo("Delegation of aws.mycompany.test is PARTIAL after check 3 (30s elapsed); next check in 40s");
    }

    @Test
    void pausesStopGrowingAtTheMaximum() {
        waiter(scripted(DelegationStatus.MISSING, DelegationStatus.MISSING, DelegationStatus.MISSING, DelegationStatus.MISSING,
                DelegationStatus.MISSING, DelegationStatus.LIVE))
                .await("aws.mycompany.test", EXPECTED, Duration.ofHours(2), progress::add);

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    @Test
    void givesUpAtTheDeadlineAfterALastCheckThereAndReturnsThatReport() {
        DelegationReport report = waiter(scripted(DelegationStatus.MISSING))
                .await("aws.mycompany.test", EXPECTED, Duration.ofSeconds(45), progress::add);

        assertThat(report.status()).isEqualTo(DelegationStatus.MISSING);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(15));
        assertThat(time.now()).isEqualTo(FakeTime.START.plusSeconds(45));
        assertThat(progress).hasSize(3);
    }

    @Test
    void zeroTimeoutChecksExactlyOnce() {
        DelegationCheck check = scripted(DelegationStatus.MISSING, DelegationStatus.LIVE);

        DelegationReport report = waiter(check).await("aws.mycompany.test", EXPECTED, Duration.ZERO, progress::add);

        assertThat(report.status()).isEqualTo(DelegationStatus.MISSING);
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void interruptionEndsTheWaitWithTheLastReportAndKeepsTheFlag() {
        DelegationWaiter waiter = new DelegationWaiter(scripted(DelegationStatus.MISSING), BACKOFF, time.clock(), duration -> {
            throw new InterruptedException("stop");
        });

        DelegationReport report = waiter.await("aws.mycompany.test", EXPECTED, Duration.ofHours(2), progress::add);

        assertThat(Thread.interrupted()).isTrue();
        assertThat(report.status()).isEqualTo(DelegationStatus.MISSING);
    }

    private DelegationWaiter waiter(DelegationCheck check) {
        return new DelegationWaiter(check, BACKOFF, time.clock(), time::sleep);
    }

    /** Answers with the given statuses in turn, the last one forever. */
    static DelegationCheck scripted(DelegationStatus... statuses) {
        Deque<DelegationStatus> script = new ArrayDeque<>(List.of(statuses));
        return (domain, expected) -> reportWith(domain, expected, script.size() > 1 ? script.poll() : script.peek());
    }

    static DelegationReport reportWith(String domain, Collection<String> expected, DelegationStatus status) {
        ParentServer one = ParentServer.parse("127.0.0.1:5301");
        ParentServer two = ParentServer.parse("127.0.0.1:5302");
        List<ServerResult> servers = switch (status) {
            case LIVE -> List.of(new ServerResult(one, status, Set.copyOf(expected), "referral over UDP"));
            case MISSING -> List.of(new ServerResult(one, status, Set.of(), "NXDOMAIN over UDP"));
            case MISMATCH -> List.of(new ServerResult(one, status, Set.of("ns-9.old.net"), "referral over UDP"));
            case PARTIAL -> List.of(new ServerResult(one, DelegationStatus.LIVE, Set.copyOf(expected), "referral over UDP"),
                    new ServerResult(two, DelegationStatus.MISSING, Set.of(), "NXDOMAIN over UDP"));
            case UNREACHABLE -> List.of(new ServerResult(one, status, Set.of(), "no answer within 3000 ms"));
        };
        return new DelegationReport(domain, Set.copyOf(expected), Optional.of("mycompany.test"), servers, Optional.empty());
    }

    static final class FakeTime {
        static final Instant START = Instant.parse("2026-12-04T12:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();
        private Instant now = START;

        Clock clock() {
            return new Clock() {
                @Override public ZoneId getZone() { return ZoneOffset.UTC; }
                @Override public Clock withZone(ZoneId zone) { return this; }
                @Override public Instant instant() { return now; }
            };
        }

        void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }

        Instant now() {
            return now;
        }
    }
}
