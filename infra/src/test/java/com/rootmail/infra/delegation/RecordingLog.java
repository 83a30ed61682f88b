package com.rootmail.infra.delegation;

import com.pulumi.context.LoggingContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Pulumi's log, kept: what {@code pulumi up} would show the user. */
final class RecordingLog implements LoggingContext {

    record Entry(String level, String message) {}

    private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());

    List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    List<String> at(String level) {
        return entries().stream().filter(entry -> entry.level().equals(level)).map(Entry::message).toList();
    }

    @Override
    public void debug(String message) {
        entries.add(new Entry("debug", message));
    }

    @Override
    public void debug(String format, Object... args) {
        debug(String.format(format, args));
    }

    @Override
    public void info(String message) {
        entries.add(new Entry("info", message));
    }

    @Override
    public void info(String format, Object... args) {
        info(String.format(format, args));
    }

    @Override
    public void warn(String message) {
        entries.add(new Entry("warn", message));
    }

    @Override
    public void warn(String format, Object... args) {
        warn(String.format(format, args));
    }

    @Override
    public void error(String message) {
        entries.add(new Entry("error", message));
    }

    @Override
    public void error(String format, Object... args) {
        error(String.format(format, args));
    }
}
