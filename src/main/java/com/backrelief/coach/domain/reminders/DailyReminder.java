package com.backrelief.coach.domain.reminders;

/**
 * The stretch reminder a person has from the coach: Alexa's token for it, by which it is changed or
 * removed, and when it goes off. Neither says anything about the person's health.
 *
 * @param token    the {@code alertToken} the Reminders API gave it
 * @param schedule when it goes off
 */
public record DailyReminder(String token, ReminderSchedule schedule) {

    public DailyReminder {
        if (token == null || token.isBlank() || schedule == null) {
            throw new IllegalArgumentException("A reminder needs its token and its schedule");
        }
    }

    public boolean is(String alertToken) {
        return token.equals(alertToken);
    }

    public DailyReminder rescheduled(ReminderSchedule newSchedule) {
        return new DailyReminder(token, newSchedule);
    }
}
