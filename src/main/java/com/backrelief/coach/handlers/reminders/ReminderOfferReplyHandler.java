package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/** Yes or no to a reminder offer: after a routine ("every day at this time?"), or to set a deleted one again. */
public final class ReminderOfferReplyHandler implements RequestHandler {

    private final StretchReminders reminders;

    public ReminderOfferReplyHandler(StretchReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.YesIntent", "AMAZON.NoIntent") && ReminderSession.of(input).offered().isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ReminderSession session = ReminderSession.of(input);
        ReminderSchedule schedule = session.offered().orElseThrow();
        session.clearOffer();
        if (!Requests.isIntent(input, "AMAZON.YesIntent")) {
            // "no", or "never mind": the offer, declined
            return StretchReminders.answer(input, ReminderReplies.declined(), false);
        }
        return reminders.set(input, schedule, true);
    }
}
