package com.backrelief.coach.handlers.advice;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ISO 8601 durations Alexa gives for {@code AMAZON.DURATION} slots ("PT2H", "P3W",
 * "P6M", "P1Y"), which {@link Duration#parse} does not accept. A month counts as 30 days, a year
 * as 365; anything else, including Alexa's "?" for an unclear number, is no duration, and so is a
 * length no one could mean (longer than {@link #LONGEST}, or too large to count): reading never throws.
 */
public final class SpokenDuration {

    private static final Pattern ISO = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    /** Longer than anyone's back pain or timer: such a value is unusable. */
    static final Duration LONGEST = Duration.ofDays(200L * 365);
    /** More digits than any usable count has. */
    private static final int MOST_DIGITS = 9;

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
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null && m.group(group).replaceFirst("^0+", "").length() > MOST_DIGITS) {
                return Optional.empty();
            }
        }
        // With at most nine digits a part, the sum stays far inside a long's seconds.
        long days = number(m, 1) * 365 + number(m, 2) * 30 + number(m, 3) * 7 + number(m, 4);
        long seconds = days * 86_400 + number(m, 5) * 3_600 + number(m, 6) * 60 + number(m, 7);
        if (seconds <= 0 || seconds > LONGEST.getSeconds()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** The parts' names, in the order the ISO form gives them (seconds are never said of back pain). */
    private static final String[] UNITS = {"year", "month", "week", "day", "hour", "minute"};

    /**
     * The duration in words, its parts as Alexa gave them ("P1Y2M": "1 year and 2 months"), so that "a year" stays a
     * year and not 365 days; empty where {@link #parse} reads no duration, or only seconds.
     */
    public static Optional<String> inWords(String value) {
        if (parse(value).isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value.strip().toUpperCase(Locale.ROOT));
        m.matches();
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (int unit = 0; unit < UNITS.length; unit++) {
            long count = number(m, unit + 1);
            if (count > 0) {
                parts.add(count + " " + UNITS[unit] + (count == 1 ? "" : "s"));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", parts));
    }

    private static long number(Matcher m, int group) {
        String digits = m.group(group);
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
