package com.backrelief.coach.alexa;

import com.backrelief.coach.domain.alexa.ApiAccess;
import com.backrelief.coach.domain.alexa.Reminder;
import com.backrelief.coach.domain.alexa.ReminderAnswer;
import com.backrelief.coach.domain.alexa.Reminders;

/** The reminders port over the Reminders REST API. */
public final class AlexaReminders implements Reminders {

    private final ApiClient api;

    public AlexaReminders(ApiClient api) {
        this.api = api;
    }

    @Override
    public ReminderAnswer list(ApiAccess access) {
        return api.listReminders(access.endpoint(), access.token());
    }

    @Override
    public ReminderAnswer get(ApiAccess access, String alertToken) {
        return api.getReminder(access.endpoint(), access.token(), alertToken);
    }

    @Override
    public ReminderAnswer create(ApiAccess access, Reminder reminder) {
        return api.createReminder(access.endpoint(), access.token(), reminder);
    }

    @Override
    public ReminderAnswer update(ApiAccess access, String alertToken, Reminder reminder) {
        return api.updateReminder(access.endpoint(), access.token(), alertToken, reminder);
    }

    @Override
    public ReminderAnswer delete(ApiAccess access, String alertToken) {
        return api.deleteReminder(access.endpoint(), access.token(), alertToken);
    }

    @Override
    public ReminderAnswer deleteEvery(ApiAccess access, String alertToken) {
        return api.deleteEveryReminder(access.endpoint(), access.token(), alertToken);
    }
}
