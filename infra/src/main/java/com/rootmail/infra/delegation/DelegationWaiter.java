package com.rootmail.infra.delegation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Checks again and again, with backoff, until the delegation is live or the time is up.
 *
 * <pre>{@code
 * DelegationWaiter waiter = new DelegationWaiter(checker, Backoff.PROGRAM, Clock.systemUTC(), Thread::sleep);
 * DelegationReport last = waiter.await("aws.mycompany.test", nameServers, Duration.ofHours(2),
 *         progress -> log.info(progress.summary()));
 * if (!last.isLive()) throw new IllegalStateException(String.join("\n", last.describe()));
 * }</pre>
 *
 * <p>The last check happens at the deadline, so a delegation that becomes live just
 * before the timeout is still seen.
 */
public final class DelegationWaiter {

    /** Pauses the caller; tests pass one that only moves a fake clock. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final DelegationCheck check;
    private final Backoff backoff;
    private final Clock clock;
    private final Sleeper sleeper;

    public DelegationWaiter(DelegationCheck check, Backoff backoff, Clock clock, Sleeper sleeper) {
        this.check = Objects.requireNonNull(check, "check");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The real clock and {@link Thread#sleep}. */
    public static DelegationWaiter systemTime(DelegationCheck check, Backoff backoff) {
        return new DelegationWaiter(check, backoff, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * @param progress told about every check that was not live and was followed by a pause
     * @return the last report: live, or the state at the deadline (or at an interruption)
     */
    public DelegationReport await(String domain, Collection<String> expectedNameServers, Duration timeout,
            Consumer<WaitProgress> progress) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("wait timeout must not be negative: " + timeout);
        }
        Instant start = clock.instant();
        // A wait longer than the clock can count (--wait 9999999999999h) simply never ends before live.
        Instant deadline = timeout.compareTo(Duration.between(start, Instant.MAX)) < 0 ? start.plus(timeout) : Instant.MAX;
        Duration pause = backoff.first();
        for (int attempt = 1; ; attempt++) {
            DelegationReport report = check.check(domain, expectedNameServers);
            Instant now = clock.instant();
            Duration left = Duration.between(now, deadline);
            if (report.isLive() || left.isNegative() || left.isZero()) {
                return report;
            }
            Duration next = pause.compareTo(left) < 0 ? pause : left;
            progress.accept(new WaitProgress(attempt, Duration.between(start, now), report, next));
            try {
                sleeper.sleep(next);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return report;
            }
            pause = backoff.after(pause);
        }
    }
}
