package com.rootmail.infra.delegation;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in config and on the command line: {@code 90m}, {@code 2h},
 * {@code 45s}, {@code 1h30m}, or ISO-8601 ({@code PT2H}).
 *
 * <pre>{@code
 * Duration timeout = DurationText.parse("90m");   // PT1H30M
 * }</pre>
 */
public final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private DurationText() {}

    /** @throws IllegalArgumentException for anything else, negative ISO durations included */
    public static Duration parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration duration = value.startsWith("p") ? iso(text) : shortForm(text, value);
        if (duration.isNegative()) {
            throw invalid(text);
        }
        return duration;
    }

    /** The short form back, rounded to the second: {@code 1h30m}, {@code 45s}, {@code 0s}. */
    public static String format(Duration duration) {
        long seconds = duration.plusMillis(500).toSeconds();
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 > 0 || text.length() == 0) {
            text.append(seconds % 60).append('s');
        }
        return text.toString();
    }

    private static Duration iso(String text) {
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(text);
        }
    }

    private static Duration shortForm(String text, String value) {
        Matcher matcher = SHORT.matcher(value);
        if (value.isEmpty() || !matcher.matches()) {
            throw invalid(text);
        }
        try {
            return Duration.ofHours(number(matcher.group(1)))
                    .plusMinutes(number(matcher.group(2)))
                    .plusSeconds(number(matcher.group(3)));
        } catch (ArithmeticException | NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid duration '" + text + "': use e.g. 90m, 2h, 45s, 1h30m or PT2H");
    }
}
