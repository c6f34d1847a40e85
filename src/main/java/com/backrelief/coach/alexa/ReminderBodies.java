package com.backrelief.coach.alexa;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.Error;
import com.amazon.ask.model.services.reminderManagement.GetReminderResponse;
import com.amazon.ask.model.services.reminderManagement.GetRemindersResponse;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderResponse;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.amazon.ask.model.services.util.JacksonSerializer;
import com.backrelief.coach.domain.alexa.Reminder;
import com.backrelief.coach.domain.alexa.ReminderAnswer;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Reminders API's bodies, in the ASK SDK's own model classes and serializer: the reminder sent
 * on create and update, and what comes back (the new token, the reminders read, an error's code).
 * Reading never throws: an answer that cannot be read is empty.
 */
final class ReminderBodies {

    private static final JacksonSerializer JSON = new JacksonSerializer();

    private ReminderBodies() {
    }

    /** A recurring absolute trigger, the spoken text in the request's locale, and a push notification. */
    static String request(Reminder reminder) {
        Recurrence.Builder recurrence = Recurrence.builder().withRecurrenceRules(List.of(reminder.recurrenceRule()));
        Trigger.Builder trigger = Trigger.builder().withType(TriggerType.SCHEDULED_ABSOLUTE);
        if (reminder.timeZoneId() != null) {
            trigger.withTimeZoneId(reminder.timeZoneId());
        }
        if (reminder.start() != null) {
            recurrence.withStartDateTime(reminder.start());
        }
        trigger.withRecurrence(recurrence.build());
        SpokenText text = SpokenText.builder().withLocale(reminder.locale()).withText(reminder.text()).build();
        ReminderRequest request = ReminderRequest.builder()
                .withRequestTime(reminder.requestTime().atOffset(ZoneOffset.UTC))
                .withTrigger(trigger.build())
                .withAlertInfo(AlertInfo.builder().withSpokenInfo(SpokenInfo.builder().withContent(List.of(text)).build()).build())
                .withPushNotification(PushNotification.builder().withStatus(PushNotificationStatus.ENABLED).build())
                .build();
        return JSON.serialize(request);
    }

    /** The token a created reminder got, if the answer names one. */
    static Optional<String> createdToken(String body) {
        return read(body, ReminderResponse.class).map(ReminderResponse::getAlertToken).filter(token -> !token.isBlank());
    }

    /** The reminders of a list read. */
    static Optional<List<ReminderAnswer.Listed>> listed(String body) {
        return read(body, GetRemindersResponse.class).map(response -> {
            List<ReminderAnswer.Listed> alerts = new ArrayList<>();
            if (response.getAlerts() != null) {
                response.getAlerts().stream().filter(alert -> alert != null && alert.getAlertToken() != null)
                        .forEach(alert -> alerts.add(new ReminderAnswer.Listed(alert.getAlertToken(),
                                alert.getStatusAsString(), rule(alert.getTrigger()))));
            }
            return alerts;
        });
    }

    /** The one reminder a read by token returned. */
    static Optional<ReminderAnswer.Listed> one(String body, String alertToken) {
        return read(body, GetReminderResponse.class).map(response -> new ReminderAnswer.Listed(
                response.getAlertToken() == null ? alertToken : response.getAlertToken(), response.getStatusAsString(),
                rule(response.getTrigger())));
    }

    /** An error answer's code and message, upper case, for telling a full list of reminders from a refusal. */
    static String errorText(String body) {
        return read(body, Error.class).map(error -> (nullToEmpty(error.getCode()) + " " + nullToEmpty(error.getMessage()))
                .toUpperCase(Locale.ROOT)).orElse("");
    }

    private static String rule(Trigger trigger) {
        if (trigger == null || trigger.getRecurrence() == null || trigger.getRecurrence().getRecurrenceRules() == null
                || trigger.getRecurrence().getRecurrenceRules().isEmpty()) {
            return null;
        }
        return trigger.getRecurrence().getRecurrenceRules().get(0);
    }

    private static <T> Optional<T> read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.deserialize(body, type));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
