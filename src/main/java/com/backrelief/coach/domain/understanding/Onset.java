package com.backrelief.coach.domain.understanding;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When the pain started, from everyday words: "this morning", "a fortnight", "since two days",
 * "six months", "since the summer", "for years". The shortest span said wins, as people add the
 * history after the news ("it started yesterday, I've had a bad back for years").
 */
final class Onset {

    private static final Map<String, Long> NUMBERS = Map.ofEntries(Map.entry("a", 1L), Map.entry("an", 1L),
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("fifteen", 15L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("couple", 2L), Map.entry("few", 3L), Map.entry("several", 4L), Map.entry("last", 1L),
            Map.entry("past", 1L), Map.entry("half", 1L));
    private static final Map<String, Duration> UNITS = Map.ofEntries(
            Map.entry("minute", Duration.ofHours(1)), Map.entry("min", Duration.ofHours(1)),
            Map.entry("hour", Duration.ofHours(1)), Map.entry("hr", Duration.ofHours(1)),
            Map.entry("day", Duration.ofDays(1)), Map.entry("night", Duration.ofDays(1)),
            Map.entry("week", Duration.ofDays(7)), Map.entry("fortnight", Duration.ofDays(14)),
            Map.entry("month", Duration.ofDays(30)), Map.entry("year", Duration.ofDays(365)));
    private static final Set<String> SEASONS = Set.of("summer", "spring", "winter", "autumn", "fall", "christmas",
            "easter", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "weekend");

    private Onset() {
    }

    static Optional<Duration> read(Words words) {
        return read(words, null);
    }

    /** @param today the person's weekday, so that "on Saturday" counts the days since; null when unknown */
    static Optional<Duration> read(Words words, DayOfWeek today) {
        Duration shortest = null;
        for (int at = 0; at < words.size(); at++) {
            Duration found = at(words, at, today);
            if (found != null && (shortest == null || found.compareTo(shortest) < 0)) {
                shortest = found;
            }
        }
        return Optional.ofNullable(shortest);
    }

    private static Duration at(Words words, int at, DayOfWeek today) {
        String word = words.get(at);
        String next = at + 1 < words.size() ? words.get(at + 1) : "";
        String previous = at > 0 ? words.get(at - 1) : "";
        switch (word) {
            case "now" -> {
                return previous.equals("just") || previous.equals("right") ? Duration.ofHours(1) : null;
            }
            case "morning", "afternoon", "evening", "today", "tonight", "earlier" -> {
                return Set.of("this", "since", "today", "earlier", "in").contains(previous) || word.equals("today")
                        || word.equals("tonight") || word.equals("earlier") ? Duration.ofHours(6) : null;
            }
            case "lunchtime", "lunch" -> {
                // "since about lunchtime": today's, unless another day is named after it
                return !next.equals("yesterday") && (word.equals("lunchtime")
                        || Set.of("since", "about", "around", "at", "after", "this").contains(previous))
                        ? Duration.ofHours(6) : null;
            }
            case "overnight" -> {
                return Duration.ofHours(12);
            }
            case "yesterday" -> {
                return previous.equals("before") ? Duration.ofHours(48) : Duration.ofHours(24);
            }
            case "ages", "forever", "decades" -> {
                return Duration.ofDays(365);
            }
            default -> {
            }
        }
        if (word.equals("night") && (previous.equals("last") || previous.equals("the"))) {
            return Duration.ofHours(12);
        }
        if (word.equals("other") && next.equals("day")) {
            return Duration.ofHours(72);
        }
        String beforePrevious = at > 1 ? words.get(at - 2) : "";
        boolean since = previous.equals("since") || previous.equals("last")
                || (previous.equals("the") || previous.equals("last")) && beforePrevious.equals("since");
        if (since && SEASONS.contains(word)) {
            return Duration.ofDays(120);
        }
        // "since Tuesday", "on Saturday", or "Tuesday, I think" said first, answering when it started.
        boolean named = previous.equals("since") || previous.equals("on") || previous.equals("last") || at == 0
                // "since the weekend", "over the weekend", or "the weekend" said alone, answering when it started
                || previous.equals("the") && (at == 1 || Set.of("since", "over", "at", "on").contains(beforePrevious));
        if (named && WEEKDAYS.contains(word)) {
            return today == null || word.equals("weekend") ? Duration.ofHours(96) : sinceWeekday(word, today);
        }
        Duration unit = unit(word);
        if (unit != null && Set.of("a", "per", "each", "every").contains(previous)
                && Set.of("times", "time", "once", "twice").contains(beforePrevious)) {
            // "three times a day", "once a week": how often, never when the pain started
            return null;
        }
        boolean pregnancy = at > 1 && unit(word) != null && word.startsWith("week")
                && (words.get(at - 2).equals("im") || words.get(at - 2).equals("am"));
        if (unit == null || pregnancy || next.equals("pregnant") || next.equals("along") || next.equals("gone")) {
            // "34 weeks pregnant" is how far along a pregnancy is, never when the pain started (fact sheet 3.4).
            return null;
        }
        if (word.startsWith("year") && previous.equals("for")) {
            return Duration.ofDays(730);
        }
        if (word.startsWith("month") && previous.equals("for")) {
            return Duration.ofDays(90);
        }
        if (word.startsWith("min") && !(at + 1 < words.size() && words.get(at + 1).equals("ago"))) {
            // "I've got ten minutes" is time to spare; only "ten minutes ago" says when it started.
            return null;
        }
        if (word.startsWith("min")) {
            return Duration.ofHours(1);
        }
        long count = count(words, at - 1);
        if (count == 0) {
            return previous.equals("the") || word.endsWith("s") ? null : unit;
        }
        if (word.startsWith("hour") && previous.equals("half")) {
            return Duration.ofHours(1);
        }
        return unit.multipliedBy(count);
    }

    /** The days since that weekday, counted back from today; today's own name means earlier today. */
    private static Duration sinceWeekday(String word, DayOfWeek today) {
        DayOfWeek day = DayOfWeek.valueOf(word.toUpperCase(java.util.Locale.ROOT));
        int days = (today.getValue() - day.getValue() + 7) % 7;
        return days == 0 ? Duration.ofHours(6) : Duration.ofDays(days);
    }

    private static long count(Words words, int at) {
        if (at < 0) {
            return 0;
        }
        String word = words.get(at);
        if (word.equals("of") && at > 0) {
            word = words.get(at - 1);
        }
        if (word.matches("\\d{1,3}")) {
            return Long.parseLong(word);
        }
        if (word.equals("few") || word.equals("couple")) {
            return NUMBERS.get(word);
        }
        Long number = NUMBERS.get(word);
        if (number != null && at > 0 && (words.get(at - 1).equals("twenty") || words.get(at - 1).equals("thirty"))) {
            return NUMBERS.get(words.get(at - 1)) + number;
        }
        return number == null ? 0 : number;
    }

    private static Duration unit(String word) {
        String single = word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
        return UNITS.get(single);
    }
}
