package com.backrelief.coach.domain.alexa;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A recurring reminder as the Reminders API takes it: an absolute trigger that repeats by an
 * iCalendar rule, in the device's time zone, and the words Alexa says when it goes off.
 *
 * @param recurrenceRule when it repeats ({@code FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;})
 * @param requestTime    when the person asked
 * @param start          from when the rule runs, on the device's clock; null when the device's time zone is not known
 * @param timeZoneId     the device's time zone ({@code Europe/London}); null to let Alexa use the device's own
 * @param text           what Alexa says when it goes off
 * @param locale         the language of the text, as in the request ({@code en-GB})
 */
public record Reminder(String recurrenceRule, Instant requestTime, LocalDateTime start, String timeZoneId,
                       String text, String locale) {
}
