package com.rootmail.infra.delegation;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait between checks: starts at {@code first}, grows by {@code factor}, never
 * beyond {@code max}.
 *
 * <pre>{@code
 * Backoff backoff = Backoff.PROGRAM;            // 10 s, 15 s, 22.5 s ... up to 2 min
 * Duration next = backoff.after(Duration.ofSeconds(10));
 * }</pre>
 */
public record Backoff(Duration first, double factor, Duration max) {

    /** For {@code pulumi up}: DNS changes take minutes, so there is no point asking every second. */
    public static final Backoff PROGRAM = new Backoff(Duration.ofSeconds(10), 1.5, Duration.ofMinutes(2));
    /** For someone watching the command line. */
    public static final Backoff INTERACTIVE = new Backoff(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(30));

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || factor < 1.0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max and factor >= 1: " + first + ", " + factor + ", " + max);
        }
    }

    public Duration after(Duration previous) {
        long grown = (long) Math.min(previous.toMillis() * factor, (double) max.toMillis());
        return Duration.ofMillis(Math.max(grown, first.toMillis()));
    }
}
