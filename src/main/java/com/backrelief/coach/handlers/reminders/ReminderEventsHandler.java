package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.services.reminderManagement.Event;
import com.amazon.ask.model.services.reminderManagement.ReminderCreatedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderDeletedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderStatusChangedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderUpdatedEventRequest;
import com.backrelief.coach.domain.alexa.ReminderAnswer;
import com.backrelief.coach.domain.alexa.Reminders;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.reminders.DailyReminder;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.handlers.common.AlexaAccess;
import com.backrelief.coach.handlers.common.UserProgress;
import com.backrelief.coach.logging.RequestLog;

import java.util.List;
import java.util.Optional;

/**
 * Alexa's reminder events, which keep the stored token true outside any session: a reminder deleted
 * (in the Alexa app, say) or completed is forgotten; one created or updated is read back, so the
 * record names the reminder the person has and when it goes off. Nothing is spoken.
 */
public final class ReminderEventsHandler implements RequestHandler {

    private final Reminders reminders;

    public ReminderEventsHandler(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        return request instanceof ReminderCreatedEventRequest || request instanceof ReminderUpdatedEventRequest
                || request instanceof ReminderDeletedEventRequest || request instanceof ReminderStatusChangedEventRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        UserProgress progress = UserProgress.of(input);
        Optional<DailyReminder> stored = progress.get().stretchReminder();
        String outcome = "reminder-unchanged";
        if (request instanceof ReminderDeletedEventRequest deleted) {
            List<String> tokens = deleted.getBody() == null || deleted.getBody().getAlertTokens() == null
                    ? List.of() : deleted.getBody().getAlertTokens();
            if (stored.isPresent() && tokens.contains(stored.get().token())) {
                progress.update(Progress::withoutReminder);
                outcome = "reminder-forgotten";
            }
        } else if (request instanceof ReminderStatusChangedEventRequest changed) {
            String token = token(changed.getBody());
            if (stored.isPresent() && stored.get().is(token) && "COMPLETED".equals(status(changed.getBody()))) {
                progress.update(Progress::withoutReminder);
                outcome = "reminder-forgotten";
            }
        } else {
            Event body = request instanceof ReminderCreatedEventRequest created ? created.getBody()
                    : ((ReminderUpdatedEventRequest) request).getBody();
            outcome = readBack(input, progress, stored, token(body), request instanceof ReminderCreatedEventRequest);
        }
        RequestLog.current().outcome(outcome);
        return input.getResponseBuilder().build();
    }

    /**
     * A reminder created or updated: read back from Alexa, and kept when it is the stored one, or a
     * new one of ours while none is stored. One that is gone is forgotten.
     */
    private String readBack(HandlerInput input, UserProgress progress, Optional<DailyReminder> stored, String token,
                            boolean created) {
        boolean ours = stored.isPresent() && stored.get().is(token);
        if (token == null || !ours && !(created && stored.isEmpty())) {
            return "reminder-unchanged";
        }
        SystemState system = system(input);
        ReminderAnswer answer = system == null ? ReminderAnswer.of(ReminderAnswer.Outcome.FAILED)
                : reminders.get(AlexaAccess.of(input), token);
        if (answer.outcome() == ReminderAnswer.Outcome.NOT_FOUND && ours) {
            progress.update(Progress::withoutReminder);
            return "reminder-forgotten";
        }
        Optional<ReminderSchedule> schedule = answer.alerts().stream().findFirst()
                .filter(ReminderAnswer.Listed::on)
                .flatMap(alert -> ReminderSchedule.fromRule(alert.recurrenceRule()));
        if (schedule.isEmpty() || ours && stored.get().schedule().equals(schedule.get())) {
            return "reminder-unchanged";
        }
        progress.update(p -> p.withReminder(new DailyReminder(token, schedule.get())));
        return "reminder-recorded";
    }

    private static String token(Event body) {
        return body == null ? null : body.getAlertToken();
    }

    private static String status(Event body) {
        return body == null ? null : body.getStatusAsString();
    }

    private static SystemState system(HandlerInput input) {
        Context context = input.getRequestEnvelope().getContext();
        return context == null ? null : context.getSystem();
    }
}
