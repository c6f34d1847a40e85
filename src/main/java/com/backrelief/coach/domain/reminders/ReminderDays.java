package com.backrelief.coach.domain.reminders;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of the week a reminder goes off on: every day, weekdays, weekends, or any other set.
 * Written as the iCalendar day codes a recurrence rule uses ({@code MO,TU,WE,TH,FR}).
 *
 * @param days at least one day of the week
 */
public record ReminderDays(Set<DayOfWeek> days) {

    public static final ReminderDays EVERY_DAY = new ReminderDays(EnumSet.allOf(DayOfWeek.class));
    public static final ReminderDays WEEKDAYS = new ReminderDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    public static final ReminderDays WEEKENDS = new ReminderDays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    private static final Map<DayOfWeek, String> CODES = Map.of(DayOfWeek.MONDAY, "MO", DayOfWeek.TUESDAY, "TU",
            DayOfWeek.WEDNESDAY, "WE", DayOfWeek.THURSDAY, "TH", DayOfWeek.FRIDAY, "FR", DayOfWeek.SATURDAY, "SA",
            DayOfWeek.SUNDAY, "SU");
    private static final Pattern CODE_LIST = Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*");
    private static final Pattern DAY_NAME = Pattern.compile(
            "\\b(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\\b");
    private static final Pattern RANGE = Pattern.compile(DAY_NAME.pattern() + "\\s+(?:to|through|till|until|-)\\s+"
            + DAY_NAME.pattern());

    public ReminderDays {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("A reminder needs at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    public boolean everyDay() {
        return days.size() == 7;
    }

    public boolean contains(DayOfWeek day) {
        return days.contains(day);
    }

    /** The days in week order, Monday first. */
    public List<DayOfWeek> inOrder() {
        return List.copyOf(EnumSet.copyOf(days));
    }

    /** The day codes in week order, comma separated: {@code MO,TU,WE,TH,FR}. */
    public String codes() {
        return String.join(",", inOrder().stream().map(CODES::get).toList());
    }

    /** Day codes as {@link #codes()} writes them (or a recurrence rule's BYDAY); empty for anything else. */
    public static Optional<ReminderDays> fromCodes(String codes) {
        String text = codes == null ? "" : codes.strip().toUpperCase(Locale.ROOT);
        if (!CODE_LIST.matcher(text).matches()) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : text.split(",")) {
            CODES.forEach((day, known) -> {
                if (known.equals(code)) {
                    days.add(day);
                }
            });
        }
        return Optional.of(new ReminderDays(days));
    }

    /**
     * The days in a person's words ("every day", "on weekdays", "monday to friday", "mondays and
     * thursdays", "at the weekend"), or the codes; empty when the words name no days.
     */
    public static Optional<ReminderDays> fromWords(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        Optional<ReminderDays> coded = fromCodes(words);
        if (coded.isPresent()) {
            return coded;
        }
        String text = words.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        if (text.matches(".*\\b(every ?day|each day|daily|(every|each) (morning|evening|night|afternoon)|mornings|evenings"
                + "|nightly|all week|seven days|every single day|day every day)\\b.*")) {
            return Optional.of(EVERY_DAY);
        }
        if (text.matches(".*\\b(week ?days?|work ?days?|working days?|school ?days?|during the week|on week nights"
                + "|week nights?)\\b.*")) {
            return Optional.of(WEEKDAYS);
        }
        if (text.matches(".*\\bweek ?ends?\\b.*")) {
            return Optional.of(WEEKENDS);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            DayOfWeek from = day(range.group(1));
            DayOfWeek to = day(range.group(2));
            for (DayOfWeek day = from; ; day = day.plus(1)) {
                days.add(day);
                if (day == to) {
                    break;
                }
            }
        }
        Matcher name = DAY_NAME.matcher(text);
        while (name.find()) {
            days.add(day(name.group(1)));
        }
        return days.isEmpty() ? Optional.empty() : Optional.of(new ReminderDays(days));
    }

    private static DayOfWeek day(String stem) {
        List<DayOfWeek> matches = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(stem.substring(0, 3))) {
                matches.add(day);
            }
        }
        return matches.get(0);
    }
}
