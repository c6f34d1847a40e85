package com.backrelief.coach.domain.alexa;

/**
 * The skill's reminders as Alexa keeps them (the Reminders API). Every call never throws: a refusal or a
 * failure comes back as the answer's {@link ReminderAnswer.Outcome}.
 */
public interface Reminders {

    /** Every reminder this skill set for the person. */
    ReminderAnswer list(ApiAccess access);

    /** One reminder: its status and its rule. */
    ReminderAnswer get(ApiAccess access, String alertToken);

    /**
     * Makes the person's reminder; the answer carries its token. The skill keeps one reminder per person,
     * so a reminder of the skill Alexa still has is moved to {@code reminder}'s schedule instead of a second
     * being made.
     */
    ReminderAnswer create(ApiAccess access, Reminder reminder);

    /** Replaces a reminder's schedule and text. */
    ReminderAnswer update(ApiAccess access, String alertToken, Reminder reminder);

    /** Deletes one reminder. */
    ReminderAnswer delete(ApiAccess access, String alertToken);

    /** Deletes {@code alertToken} and any other reminder of the skill still on; the answer is about {@code alertToken}. */
    ReminderAnswer deleteEvery(ApiAccess access, String alertToken);
}
