package com.backrelief.coach.persistence;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.SavedPlace;
import com.backrelief.coach.domain.progress.SessionHistory;
import com.backrelief.coach.domain.reminders.DailyReminder;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.domain.stretching.Pace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stored shape of {@link Progress}: plain maps of strings, numbers and lists, used both for the
 * DynamoDB item and for the copy kept in session attributes. Reading is lenient: a missing or
 * unreadable field falls back to its fresh-start value instead of failing.
 */
public final class ProgressCodec {

    /** Written into every record; raise it when the stored shape changes. */
    public static final int SCHEMA_VERSION = 3;

    static final String SCHEMA = "schemaVersion";
    static final String VISITS = "visits";
    static final String LAST_VISIT = "lastVisit";
    static final String ROUTINE = "routine";
    static final String STEP = "step";
    static final String SAVED_AT = "savedAt";
    static final String PACE = "pace";
    static final String SESSIONS = "sessions";
    static final String SESSION_DAYS = "sessionDays";
    static final String STREAK_START = "streakStart";
    static final String LONGEST_STREAK = "longestStreak";
    /** The daily reminder's alertToken and when it goes off ({@link ReminderSchedule#code()}): no health data. */
    static final String REMINDER_TOKEN = "reminderToken";
    static final String REMINDER_SCHEDULE = "reminderSchedule";
    static final String REMINDER_OFFERED = "reminderOffered";
    /** A preference: routines without sounds. Written only when set; a record without it has the sounds on. */
    static final String SOUNDS_OFF = "soundsOff";

    /** Every field this version reads and writes; any other field in a record is left as it is. */
    public static final Set<String> FIELDS = Set.of(SCHEMA, VISITS, LAST_VISIT, ROUTINE, STEP, SAVED_AT, PACE, SESSIONS,
            SESSION_DAYS, STREAK_START, LONGEST_STREAK, REMINDER_TOKEN, REMINDER_SCHEDULE, REMINDER_OFFERED, SOUNDS_OFF);

    /** No count is believed beyond this (a damaged record could hold any number; counting on must not overflow). */
    static final int MOST = 1_000_000;

    /** Dates outside years 0000 to 9999 are not read: date arithmetic at the edges of time would fail. */
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-");

    private ProgressCodec() {
    }

    public static Map<String, Object> toMap(Progress progress) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(SCHEMA, SCHEMA_VERSION);
        map.put(VISITS, progress.visits());
        putIfPresent(map, LAST_VISIT, progress.lastVisit());
        progress.savedPlace().ifPresent(place -> {
            map.put(ROUTINE, place.routineId());
            map.put(STEP, place.step());
            map.put(SAVED_AT, place.savedAt().toString());
        });
        map.put(PACE, progress.pace().name());
        SessionHistory history = progress.history();
        map.put(SESSIONS, history.total());
        map.put(SESSION_DAYS, history.days().stream().map(LocalDate::toString).toList());
        putIfPresent(map, STREAK_START, history.runStart());
        map.put(LONGEST_STREAK, history.longest());
        progress.stretchReminder().ifPresent(reminder -> {
            map.put(REMINDER_TOKEN, reminder.token());
            map.put(REMINDER_SCHEDULE, reminder.schedule().code());
        });
        if (progress.reminderOffered()) {
            map.put(REMINDER_OFFERED, true);
        }
        if (progress.soundsOff()) {
            map.put(SOUNDS_OFF, true);
        }
        return map;
    }

    public static Progress fromMap(Map<String, ?> map) {
        if (map == null) {
            return Progress.NEW;
        }
        SessionHistory history = new SessionHistory(number(map.get(SESSIONS)), dates(map.get(SESSION_DAYS)),
                date(map.get(STREAK_START)), number(map.get(LONGEST_STREAK)));
        return new Progress(number(map.get(VISITS)), date(map.get(LAST_VISIT)), place(map),
                Pace.parse(map.get(PACE) instanceof String pace ? pace : null, Pace.NORMAL), history, reminder(map),
                Boolean.TRUE.equals(map.get(REMINDER_OFFERED)), Boolean.TRUE.equals(map.get(SOUNDS_OFF)));
    }

    /** The reminder, when both its token and a readable schedule are there; otherwise none. */
    private static DailyReminder reminder(Map<String, ?> map) {
        if (!(map.get(REMINDER_TOKEN) instanceof String token) || token.isBlank()
                || !(map.get(REMINDER_SCHEDULE) instanceof String code)) {
            return null;
        }
        return ReminderSchedule.fromCode(code).map(schedule -> new DailyReminder(token.strip(), schedule)).orElse(null);
    }

    private static SavedPlace place(Map<String, ?> map) {
        Instant savedAt = instant(map.get(SAVED_AT));
        if (!(map.get(ROUTINE) instanceof String routine) || routine.isBlank() || savedAt == null) {
            return null;
        }
        return new SavedPlace(routine, number(map.get(STEP)), savedAt);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }

    /** A count: a whole number from 0 to {@link #MOST}; anything else is read as the nearest such number, or 0. */
    static int number(Object value) {
        double number;
        if (value instanceof Number given) {
            number = given.doubleValue();
        } else if (value instanceof String text) {
            try {
                number = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        } else {
            return 0;
        }
        return Double.isNaN(number) ? 0 : (int) Math.max(0, Math.min(MOST, number));
    }

    static LocalDate date(Object value) {
        if (value instanceof String text && FOUR_DIGIT_YEAR.matcher(text.strip()).lookingAt()) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    static List<LocalDate> dates(Object value) {
        List<LocalDate> dates = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                LocalDate day = date(item);
                if (day != null) {
                    dates.add(day);
                }
            }
        }
        return dates;
    }

    static Instant instant(Object value) {
        if (value instanceof String text && FOUR_DIGIT_YEAR.matcher(text.strip()).lookingAt()) {
            try {
                return Instant.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
