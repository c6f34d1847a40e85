package com.backrelief.coach.handlers.reminders;

import com.backrelief.coach.domain.reminders.ReminderDays;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.screen.Card;
import com.backrelief.coach.speech.Speech;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * What the coach says about the daily stretch reminder, and what the reminder itself says. Every
 * answer that sets or moves one says when it goes off: the time and the days. Nothing here is a
 * health claim.
 */
final class ReminderReplies {

    /** The example every "how to ask" line gives. */
    static final String EXAMPLE = "remind me to stretch every day at 8 am";

    private ReminderReplies() {
    }

    /** What Alexa says when the reminder goes off. */
    static String reminderText() {
        return "Time for your back stretches. When you're ready, say: Alexa, open back relief coach.";
    }

    /** "every weekday at 12 noon", "every Monday and Thursday at 7:30 pm". */
    static String when(ReminderSchedule schedule) {
        return days(schedule.days()) + " at " + time(schedule.time());
    }

    static String time(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "12 noon";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : String.format(Locale.ROOT, ":%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? " am" : " pm");
    }

    static String days(ReminderDays days) {
        if (days.everyDay()) {
            return "every day";
        }
        if (days.equals(ReminderDays.WEEKDAYS)) {
            return "every weekday";
        }
        if (days.equals(ReminderDays.WEEKENDS)) {
            return "every Saturday and Sunday";
        }
        List<String> names = days.inOrder().stream().map(ReminderReplies::name).toList();
        if (names.size() == 1) {
            return "every " + names.get(0);
        }
        return "every " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String name(DayOfWeek day) {
        String lower = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static Speech offer() {
        return Speech.of("Want me to remind you to stretch every day at this time?");
    }

    static Speech offerReprompt() {
        return Speech.of("Shall I remind you to stretch every day at this time?");
    }

    static Speech declined() {
        return Speech.of("Okay, no reminder. You can ask for one any time: just say, " + EXAMPLE + ".");
    }

    static Speech askTime() {
        return Speech.of("What time should I remind you, for example 8 am or lunchtime?");
    }

    static Speech set(ReminderSchedule schedule) {
        return Speech.of("Done. I'll remind you to stretch " + when(schedule) + ".");
    }

    /** The card for the Alexa app once a reminder is set or moved: when, what Alexa says, and how to change it. */
    static Card card(ReminderSchedule schedule) {
        String when = when(schedule);
        return Card.titled("Your stretch reminder")
                .line(Character.toUpperCase(when.charAt(0)) + when.substring(1) + ".")
                .line("Alexa will say: " + reminderText())
                .gap()
                .line("To change it, open Back Relief Coach and say \"move my reminder to 7 pm\", or \"stop my reminders\".")
                .build();
    }

    static Speech moved(ReminderSchedule schedule) {
        return Speech.of("Done. Your stretch reminder is now " + when(schedule) + ".");
    }

    static Speech movedWithoutOne(ReminderSchedule schedule) {
        return Speech.of("You didn't have a stretch reminder from me, so I've set one: " + when(schedule) + ".");
    }

    static Speech have(ReminderSchedule schedule) {
        return Speech.of("You have one reminder from me: to stretch " + when(schedule) + ".");
    }

    static Speech lastKnown(ReminderSchedule schedule) {
        return Speech.of("I couldn't check with Alexa just now, but the last I knew, your stretch reminder was "
                + when(schedule) + ".");
    }

    static Speech none() {
        return Speech.of("You don't have a stretch reminder from me. To set one, say: " + EXAMPLE + ".");
    }

    static Speech stopped() {
        return Speech.of("Okay, I've stopped your stretch reminder.");
    }

    static Speech alreadyGone() {
        return Speech.of("That reminder was already gone, so there's nothing to stop.");
    }

    /** The reminder was deleted outside the skill (the Alexa app): said plainly, with the offer to set it again. */
    static Speech goneSetAgain(ReminderSchedule schedule) {
        return Speech.of("Your stretch reminder isn't there any more. It may have been deleted in the Alexa app. "
                + "Shall I set a new one, " + when(schedule) + "?");
    }

    static Speech askPermission() {
        return Speech.of("To set reminders, I need your permission.");
    }

    /** The permission was turned off since the reminder was set. */
    static Speech permissionTurnedOff() {
        return Speech.of("It looks like permission for reminders was turned off.");
    }

    static Speech noPermission() {
        return Speech.of("Okay, no reminder for now. You can allow reminders for Back Relief Coach in the Alexa app, "
                + "in the skill's permissions, then ask me again.");
    }

    static Speech limitReached() {
        return Speech.of("Alexa won't let me add another reminder: you've reached the limit of reminders for this skill. "
                + "You can delete some in the Alexa app, then ask me again.");
    }

    static Speech unsupportedDevice() {
        return Speech.of("This device can't have reminders. You can ask me for one on another Echo device.");
    }

    static Speech failed(String doing) {
        return Speech.of("Sorry, I couldn't " + doing + " just now. Please try again in a little while.");
    }
}
