package com.backrelief.coach.handlers.advice;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ISO 8601 durations Alexa gives for {@code AMAZON.DURATION} slots ("PT2H", "P3W",
 * "P6M", "P1Y"), which {@link Duration#parse} does not accept. A month counts as 30 days, a year
 * as 365; anything else, including Alexa's "?" for an unclear number, is no duration.
 */
final class SpokenDuration {

    private static final Pattern ISO = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    private SpokenDuration() {
    }

    static Optional<Duration> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long days = number(m, 1) * 365 + number(m, 2) * 30 + number(m, 3) * 7 + number(m, 4);
        Duration length = Duration.ofDays(days).plusHours(number(m, 5)).plusMinutes(number(m, 6)).plusSeconds(number(m, 7));
        return length.isZero() ? Optional.empty() : Optional.of(length);
    }

    private static long number(Matcher m, int group) {
        String digits = m.group(group);
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
