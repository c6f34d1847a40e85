package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.reminders.DailyReminder;
import com.backrelief.coach.domain.reminders.ReminderDays;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.handlers.common.UserProgress;
import com.backrelief.coach.speech.Speech;

import java.time.LocalTime;
import java.util.Optional;

/**
 * "Move my reminder to 7 pm", "change my reminder to weekdays": the reminder keeps what was not
 * named. Without a reminder to move, one is set; without a time for a new one, or anything to
 * change, it asks for the time.
 */
public final class MoveReminderIntentHandler extends ReminderIntentHandler {

    public static final String INTENT = "MoveReminderIntent";

    public MoveReminderIntentHandler(StretchReminders reminders) {
        super(reminders, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<DailyReminder> existing = UserProgress.of(input).get().stretchReminder();
        Optional<LocalTime> time = ReminderSlots.time(input, reminders.device());
        Optional<ReminderDays> days = ReminderSlots.days(input);
        Optional<ReminderDays> keptDays = days.or(() -> existing.map(reminder -> reminder.schedule().days()));
        if (time.isEmpty() && (days.isEmpty() || existing.isEmpty())) {
            Speech before = ReminderSlots.timeSaid(input) ? Speech.of("Sorry, I didn't catch the time.") : Speech.empty();
            return ReminderSlots.askTime(input, keptDays, before);
        }
        ReminderSchedule schedule = existing.map(DailyReminder::schedule)
                .map(old -> new ReminderSchedule(time.orElse(old.time()), days.orElse(old.days())))
                .orElseGet(() -> new ReminderSchedule(time.orElseThrow(), days.orElse(ReminderDays.EVERY_DAY)));
        return reminders.move(input, schedule, true);
    }
}
