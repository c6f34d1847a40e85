package com.backrelief.coach.domain.reminders;

import java.time.LocalTime;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day a reminder is for, read from what Alexa heard: an {@code AMAZON.TIME} value
 * ({@code "08:00"}, or {@code MO}, {@code AF}, {@code EV}, {@code NI} for a part of the day), or
 * words that name a time ("lunchtime", "after work", "bedtime"). "This time" is the device's clock
 * now, to the nearest five minutes.
 */
public final class ReminderTime {

    /** What a part of the day means as a reminder time. */
    private static final Map<String, LocalTime> PARTS_OF_DAY = Map.of("MO", LocalTime.of(8, 0), "AF", LocalTime.of(14, 0),
            "EV", LocalTime.of(19, 0), "NI", LocalTime.of(21, 0));
    private static final Pattern CLOCK = Pattern.compile("T?(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?");
    private static final Pattern SPOKEN = Pattern.compile("(\\d{1,2})(?:[: ](\\d{2}))?\\s*(am|pm|a m|p m)?");
    /** Words people use for a time, in the order they are tried (longer phrases first). */
    private static final Map<String, LocalTime> WORDS = Map.ofEntries(
            Map.entry("first thing", LocalTime.of(7, 0)), Map.entry("when i wake up", LocalTime.of(7, 0)),
            Map.entry("breakfast", LocalTime.of(8, 0)), Map.entry("morning", LocalTime.of(8, 0)),
            Map.entry("lunch", LocalTime.of(12, 0)), Map.entry("noon", LocalTime.of(12, 0)),
            Map.entry("midday", LocalTime.of(12, 0)), Map.entry("afternoon", LocalTime.of(14, 0)),
            Map.entry("after work", LocalTime.of(18, 0)), Map.entry("dinner", LocalTime.of(18, 0)),
            Map.entry("supper", LocalTime.of(18, 0)), Map.entry("teatime", LocalTime.of(18, 0)),
            Map.entry("tea time", LocalTime.of(18, 0)), Map.entry("evening", LocalTime.of(19, 0)),
            Map.entry("bedtime", LocalTime.of(21, 0)), Map.entry("before bed", LocalTime.of(21, 0)),
            Map.entry("night", LocalTime.of(21, 0)), Map.entry("midnight", LocalTime.MIDNIGHT));
    private static final Pattern THIS_TIME = Pattern.compile(".*\\b(this time|same time|now|right now|at this hour)\\b.*");

    private ReminderTime() {
    }

    /** An {@code AMAZON.TIME} value; empty for one that names no time of day (a date, "now", or nothing). */
    public static Optional<LocalTime> fromAlexa(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip().toUpperCase(Locale.ROOT);
        if (PARTS_OF_DAY.containsKey(text)) {
            return Optional.of(PARTS_OF_DAY.get(text));
        }
        Matcher clock = CLOCK.matcher(text);
        if (clock.matches()) {
            return time(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)));
        }
        return Optional.empty();
    }

    /**
     * A clock time read with the part of the day the person named beside it: "every evening at 7" is
     * 7 pm, though Alexa hears "7" as seven in the morning. A morning, or no part of the day, leaves it.
     */
    public static LocalTime inPartOfDay(LocalTime time, String words) {
        String text = words == null ? "" : words.toLowerCase(Locale.ROOT);
        int hour = time.getHour();
        boolean afternoonOrEvening = AFTERNOON_OR_EVENING.matcher(text).find() && hour >= 1 && hour < 12;
        boolean night = NIGHT.matcher(text).find() && hour >= 6 && hour < 12;
        return afternoonOrEvening || night ? time.plusHours(12) : time;
    }

    private static final Pattern AFTERNOON_OR_EVENING = Pattern.compile("\\b(evenings?|afternoons?)\\b");
    /** "Every night at 1" is one in the morning; "every night at 10" is ten at night. */
    private static final Pattern NIGHT = Pattern.compile("\\b(nights?|nightly|tonight)\\b");

    /** True when the words mean the time it is now ("at this time", "same time", "now"). */
    public static boolean meansThisTime(String words) {
        return words != null && THIS_TIME.matcher(words.toLowerCase(Locale.ROOT)).matches();
    }

    /** A time in words or digits ("lunchtime", "8 am", "7:30 pm", "19:00"); empty when none is named. */
    public static Optional<LocalTime> fromWords(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalTime> coded = fromAlexa(words);
        if (coded.isPresent()) {
            return coded;
        }
        String text = words.toLowerCase(Locale.ROOT).replace(".", "").strip();
        Matcher spoken = SPOKEN.matcher(text);
        if (spoken.find()) {
            int hour = Integer.parseInt(spoken.group(1));
            int minute = spoken.group(2) == null ? 0 : Integer.parseInt(spoken.group(2));
            String half = spoken.group(3) == null ? "" : spoken.group(3).replace(" ", "");
            if (half.equals("pm") && hour < 12) {
                hour += 12;
            } else if (half.equals("am") && hour == 12) {
                hour = 0;
            }
            return time(hour, minute);
        }
        LocalTime found = null;
        int longest = 0;
        for (Map.Entry<String, LocalTime> word : WORDS.entrySet()) {
            if (text.matches(".*\\b" + word.getKey() + "\\w*\\b.*") && word.getKey().length() > longest) {
                found = word.getValue();
                longest = word.getKey().length();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The time it is on the device, to the nearest five minutes: what "every day at this time" means. */
    public static LocalTime thisTime(LocalTime now) {
        int minutes = now.getHour() * 60 + now.getMinute() + (now.getSecond() >= 30 ? 1 : 0);
        int rounded = (int) (Math.round(minutes / 5.0) * 5) % (24 * 60);
        return LocalTime.of(rounded / 60, rounded % 60);
    }

    private static Optional<LocalTime> time(int hour, int minute) {
        try {
            return Optional.of(LocalTime.of(hour, minute));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
