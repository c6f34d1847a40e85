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
 * "Remind me to do my stretches every day at 8 am", "remind me on weekdays at lunchtime": a daily (or
 * weekly) reminder, every day unless days are named. Without a time it asks for one.
 */
public final class SetReminderIntentHandler extends ReminderIntentHandler {

    public static final String INTENT = ReminderSlots.SET_INTENT;

    public SetReminderIntentHandler(StretchReminders reminders) {
        super(reminders, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<ReminderDays> days = ReminderSlots.days(input);
        Optional<LocalTime> time = ReminderSlots.time(input, reminders.device());
        Optional<ReminderSchedule> existing = UserProgress.of(input).get().stretchReminder().map(DailyReminder::schedule);
        if (existing.isPresent() && days.isPresent() != time.isPresent()) {
            // A person has one reminder from the coach, so setting one moves it: what they did not name is kept
            // ("could the reminder be at 5 pm from now on" keeps its days, "weekends only" its time).
            return reminders.set(input, new ReminderSchedule(time.orElse(existing.get().time()),
                    days.orElse(existing.get().days())), true);
        }
        if (time.isEmpty()) {
            Speech before = ReminderSlots.timeSaid(input) ? Speech.of("Sorry, I didn't catch the time.") : Speech.empty();
            return ReminderSlots.askTime(input, days, before);
        }
        return reminders.set(input, new ReminderSchedule(time.get(), days.orElse(ReminderDays.EVERY_DAY)), true);
    }
}
