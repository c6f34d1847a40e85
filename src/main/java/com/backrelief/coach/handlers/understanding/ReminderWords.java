package com.backrelief.coach.handlers.understanding;

import com.backrelief.coach.conversation.Meaning;
import com.backrelief.coach.domain.reminders.ReminderDays;
import com.backrelief.coach.domain.reminders.ReminderTime;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Free text heard as a reminder request ("I want a nudge every weekday at noon to do my stretches"):
 * the days and time its words name are what the reminder request names, as Alexa would have filled them.
 */
final class ReminderWords {

    static final Set<String> INTENTS = Set.of("SetReminderIntent", "MoveReminderIntent");

    private ReminderWords() {
    }

    /** The reminder request with the days (as day codes) and time ("HH:MM") the words name; unchanged when they name none. */
    static Meaning withSlots(Meaning reminder, String words) {
        Optional<ReminderDays> days = ReminderDays.fromWords(words);
        Optional<LocalTime> time = ReminderTime.fromWords(words).map(clock -> ReminderTime.inPartOfDay(clock, words));
        if (days.isEmpty() && time.isEmpty()) {
            return reminder;
        }
        Map<String, Meaning.Value> named = new LinkedHashMap<>();
        days.ifPresent(found -> named.put("days", new Meaning.Value(found.codes(), List.of())));
        time.ifPresent(found -> named.put("time", new Meaning.Value(found.toString(), List.of())));
        return reminder.with(named);
    }
}
