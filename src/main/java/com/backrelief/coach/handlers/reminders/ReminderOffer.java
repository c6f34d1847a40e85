package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.domain.reminders.ReminderTime;
import com.backrelief.coach.handlers.common.DeviceClock;
import com.backrelief.coach.handlers.common.UserProgress;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * The one-time offer after a finished routine: "Want me to remind you to stretch every day at this
 * time?". Made once per person (their progress keeps that it was), never to someone who already has
 * a reminder, and only when the device's clock is known, since "this time" is its time.
 */
public final class ReminderOffer {

    private final DeviceClock device;

    public ReminderOffer(DeviceClock device) {
        this.device = device;
    }

    /** The question to ask now, with yes waiting for it; empty when there is no offer to make. */
    public Optional<Speech> make(HandlerInput input) {
        UserProgress progress = UserProgress.of(input);
        Progress now = progress.get();
        if (now.reminderOffered() || now.stretchReminder().isPresent() || !device.zoneKnown(input)) {
            return Optional.empty();
        }
        ReminderSchedule schedule = ReminderSchedule.daily(ReminderTime.thisTime(device.now(input).toLocalTime()));
        ReminderSession.of(input).offer(schedule);
        progress.update(Progress::reminderWasOffered);
        return Optional.of(ReminderReplies.offer());
    }

    /** The reprompt that goes with the offer. */
    public static Speech reprompt() {
        return ReminderReplies.offerReprompt();
    }
}
