package com.backrelief.coach.domain.reminders;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a stretch reminder goes off: a time of day (to the minute) on some days of the week, in the
 * device's own time zone. Written for Alexa as an iCalendar recurrence rule, and kept with the
 * person's progress as a short code.
 *
 * @param time the time of day, to the minute
 * @param days the days it goes off on
 */
public record ReminderSchedule(LocalTime time, ReminderDays days) {

    private static final Pattern CODE = Pattern.compile("(\\d{2})(\\d{2})@([A-Z,]+)");
    private static final Pattern RULE_PART = Pattern.compile("([A-Z]+)=([^;]*)");

    public ReminderSchedule {
        if (time == null || days == null) {
            throw new IllegalArgumentException("A schedule needs a time and days");
        }
        time = time.truncatedTo(ChronoUnit.MINUTES);
    }

    public static ReminderSchedule daily(LocalTime time) {
        return new ReminderSchedule(time, ReminderDays.EVERY_DAY);
    }

    public ReminderSchedule at(LocalTime newTime) {
        return new ReminderSchedule(newTime, days);
    }

    public ReminderSchedule on(ReminderDays newDays) {
        return new ReminderSchedule(time, newDays);
    }

    /**
     * The recurrence rule Alexa's Reminders API takes: {@code FREQ=DAILY} for every day, else
     * {@code FREQ=WEEKLY;BYDAY=...}, at the hour and minute, every time.
     */
    public String recurrenceRule() {
        String frequency = days.everyDay() ? "FREQ=DAILY;" : "FREQ=WEEKLY;BYDAY=" + days.codes() + ";";
        return frequency + "BYHOUR=" + time.getHour() + ";BYMINUTE=" + time.getMinute() + ";BYSECOND=0;INTERVAL=1;";
    }

    /** The schedule a recurrence rule of this shape describes; empty for any other rule. */
    public static Optional<ReminderSchedule> fromRule(String rule) {
        if (rule == null || rule.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> parts = new HashMap<>();
        Matcher part = RULE_PART.matcher(rule.strip().toUpperCase(Locale.ROOT));
        while (part.find()) {
            parts.put(part.group(1), part.group(2));
        }
        String interval = parts.getOrDefault("INTERVAL", "1");
        if (!"1".equals(interval) || !parts.containsKey("BYHOUR")) {
            return Optional.empty();
        }
        Optional<ReminderDays> days = switch (parts.getOrDefault("FREQ", "")) {
            case "DAILY" -> Optional.of(ReminderDays.EVERY_DAY);
            case "WEEKLY" -> ReminderDays.fromCodes(parts.get("BYDAY"));
            default -> Optional.empty();
        };
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(parts.get("BYHOUR")),
                    Integer.parseInt(parts.getOrDefault("BYMINUTE", "0")));
            return days.map(found -> new ReminderSchedule(time, found));
        } catch (RuntimeException notATime) {
            return Optional.empty();
        }
    }

    /** The first time it goes off after {@code now} (device time). */
    public LocalDateTime nextAfter(LocalDateTime now) {
        LocalDateTime candidate = now.toLocalDate().atTime(time);
        if (!candidate.isAfter(now)) {
            candidate = candidate.plusDays(1);
        }
        while (!days.contains(candidate.getDayOfWeek())) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** A short form to keep or pass along: {@code 0805@MO,TU,WE,TH,FR}. */
    public String code() {
        return String.format(Locale.ROOT, "%02d%02d@%s", time.getHour(), time.getMinute(), days.codes());
    }

    /** A schedule as {@link #code()} writes it; empty for anything else. */
    public static Optional<ReminderSchedule> fromCode(String code) {
        Matcher matcher = code == null ? null : CODE.matcher(code.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return ReminderDays.fromCodes(matcher.group(3)).map(days -> new ReminderSchedule(LocalTime.of(hour, minute), days));
    }
}
