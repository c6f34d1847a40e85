package com.backrelief.coach.handlers.understanding;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.backrelief.coach.domain.reminders.ReminderDays;
import com.backrelief.coach.domain.reminders.ReminderTime;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Free text heard as a reminder request ("I want a nudge every weekday at noon to do my stretches"):
 * the days and time its words name go into the reminder intent's slots, as Alexa would have filled them.
 */
final class ReminderWords {

    static final Set<String> INTENTS = Set.of("SetReminderIntent", "MoveReminderIntent");

    private ReminderWords() {
    }

    /** The reminder intent with the days (as day codes) and time ("HH:MM") the words name; unchanged when they name none. */
    static Intent withSlots(Intent reminder, String words) {
        Optional<ReminderDays> days = ReminderDays.fromWords(words);
        Optional<LocalTime> time = ReminderTime.fromWords(words).map(clock -> ReminderTime.inPartOfDay(clock, words));
        if (days.isEmpty() && time.isEmpty()) {
            return reminder;
        }
        Map<String, Slot> slots = new LinkedHashMap<>(reminder.getSlots() == null ? Map.of() : reminder.getSlots());
        days.ifPresent(found -> slots.put("days", slot("days", found.codes())));
        time.ifPresent(found -> slots.put("time", slot("time", found.toString())));
        return Intent.builder().withName(reminder.getName()).withConfirmationStatus(reminder.getConfirmationStatus())
                .withSlots(slots).build();
    }

    private static Slot slot(String name, String value) {
        return Slot.builder().withName(name).withValue(value).withConfirmationStatus(SlotConfirmationStatus.NONE).build();
    }
}
