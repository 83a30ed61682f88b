package com.rootmail.infra.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time is fake: sleeping only moves the clock, so hours of waiting take microseconds. */
class DelegationWaiterTest {

    static final List<String> EXPECTED = List.of("ns-1.awsdns-01.org");
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(10), 2, Duration.ofSeconds(60));

    final FakeTime time = new FakeTime();
    final List<WaitProgress> progress = new ArrayList<>();

    @Test
    void liveAtTheFirstCheckReturnsAtOnceWithoutProgressOrSleep() {
        DelegationReport report = waiter(new ScriptedCheck(DelegationStatus.LIVE)).await("aws.mycompany.test", EXPECTED, Duration.ofHours(2), progress::add);

        assertThat(report.isLive()).isTrue();
        assertThat(progress).isEmpty();
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void checksWithGrowingPausesUntilLive() {
        DelegationReport report = waiter(new ScriptedCheck(DelegationStatus.MISSING, DelegationStatus.MISSING, DelegationStatus.PARTIAL, DelegationStatus.LIVE))
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
        waiter(new ScriptedCheck(DelegationStatus.MISSING, DelegationStatus.MISSING, DelegationStatus.MISSING, DelegationStatus.MISSING,
                DelegationStatus.MISSING, DelegationStatus.LIVE))
                .await("aws.mycompany.test", EXPECTED, Duration.ofHours(2), progress::add);

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    @Test
    void givesUpAtTheDeadlineAfterALastCheckThereAndReturnsThatReport() {
        DelegationReport report = waiter(new ScriptedCheck(DelegationStatus.MISSING))
                .await("aws.mycompany.test", EXPECTED, Duration.ofSeconds(45), progress::add);

        assertThat(report.status()).isEqualTo(DelegationStatus.MISSING);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(15));
        assertThat(time.now()).isEqualTo(FakeTime.START.plusSeconds(45));
        assertThat(progress).hasSize(3);
    }

    @Test
    void waitLongerThanTheClockCanCountRunsUntilLive() {
        DelegationReport report = waiter(new ScriptedCheck(DelegationStatus.MISSING, DelegationStatus.LIVE))
                .await("aws.mycompany.test", EXPECTED, Duration.ofSeconds(Long.MAX_VALUE), progress::add);

        assertThat(report.isLive()).isTrue();
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void negativeTimeoutIsRefusedBeforeAnyCheck() {
        ScriptedCheck check = new ScriptedCheck(DelegationStatus.LIVE);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> waiter(check).await("aws.mycompany.test", EXPECTED, Duration.ofSeconds(-1), progress::add))
                .withMessage("wait timeout must not be negative: PT-1S");
        assertThat(check.questions()).isEmpty();
    }

    @Test
    void zeroTimeoutChecksExactlyOnce() {
        DelegationCheck check = new ScriptedCheck(DelegationStatus.MISSING, DelegationStatus.LIVE);

        DelegationReport report = waiter(check).await("aws.mycompany.test", EXPECTED, Duration.ZERO, progress::add);

        assertThat(report.status()).isEqualTo(DelegationStatus.MISSING);
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void interruptionEndsTheWaitWithTheLastReportAndKeepsTheFlag() {
        DelegationWaiter waiter = new DelegationWaiter(new ScriptedCheck(DelegationStatus.MISSING), BACKOFF, time.clock(), duration -> {
            throw new InterruptedException("stop");
        });

        DelegationReport report = waiter.await("aws.mycompany.test", EXPECTED, Duration.ofHours(2), progress::add);

        assertThat(Thread.interrupted()).isTrue();
        assertThat(report.status()).isEqualTo(DelegationStatus.MISSING);
    }

    private DelegationWaiter waiter(DelegationCheck check) {
        return new DelegationWaiter(check, BACKOFF, time.clock(), time::sleep);
    }
}
