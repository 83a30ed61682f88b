package com.rootmail.infra.delegation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A clock that only moves when someone sleeps: hours of waiting take microseconds. */
final class FakeTime {

    static final Instant START = Instant.parse("2026-12-04T12:00:00Z");

    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private volatile Instant now = START;

    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
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
