package com.backrelief.coach.domain.reminders;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** What people say about when to be reminded, and the rule Alexa is given for it. */
class ReminderScheduleTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "every day               | MO,TU,WE,TH,FR,SA,SU",
            "each day                | MO,TU,WE,TH,FR,SA,SU",
            "daily                   | MO,TU,WE,TH,FR,SA,SU",
            "on weekdays             | MO,TU,WE,TH,FR",
            "every weekday           | MO,TU,WE,TH,FR",
            "work days               | MO,TU,WE,TH,FR",
            "during the week         | MO,TU,WE,TH,FR",
            "monday to friday        | MO,TU,WE,TH,FR",
            "at the weekend          | SA,SU",
            "on weekends             | SA,SU",
            "mondays and thursdays   | MO,TH",
            "monday wednesday and friday | MO,WE,FR",
            "every tuesday           | TU",
            "friday to monday        | MO,FR,SA,SU",
            "SA,SU                   | SA,SU",
    })
    void daysInAPersonsWords(String words, String codes) {
        assertThat(ReminderDays.fromWords(words)).map(ReminderDays::codes).contains(codes);
    }

    @ParameterizedTest
    @CsvSource({"sometime", "soon", "''", "'MO,XX'"})
    void wordsThatNameNoDaysAreNone(String words) {
        assertThat(ReminderDays.fromWords(words)).isEmpty();
    }

    @ParameterizedTest(name = "AMAZON.TIME {0} is {1}")
    @CsvSource({"08:00, 08:00", "19:30, 19:30", "7:05, 07:05", "MO, 08:00", "AF, 14:00", "EV, 19:00", "NI, 21:00",
            "T06:15, 06:15"})
    void alexasTimeValues(String value, String time) {
        assertThat(ReminderTime.fromAlexa(value)).contains(LocalTime.parse(time));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-21", "PRESENT_REF", "25:00", "''", "XX"})
    void alexaValuesThatAreNoTimeOfDay(String value) {
        assertThat(ReminderTime.fromAlexa(value)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"lunchtime, 12:00", "at lunch, 12:00", "after work, 18:00", "bedtime, 21:00", "breakfast time, 08:00",
            "first thing in the morning, 07:00", "8 am, 08:00", "7 pm, 19:00", "7:30 p.m., 19:30", "12 am, 00:00",
            "12 pm, 12:00", "in the evening, 19:00", "midnight, 00:00"})
    void timesInWords(String words, String time) {
        assertThat(ReminderTime.fromWords(words)).contains(LocalTime.parse(time));
    }

    @ParameterizedTest
    @CsvSource({"at this time, true", "the same time, true", "now, true", "lunchtime, false", "8 am, false"})
    void thisTimeIsTheTimeItIsNow(String words, boolean now) {
        assertThat(ReminderTime.meansThisTime(words)).isEqualTo(now);
    }

    @ParameterizedTest(name = "at {0} \"this time\" is {1}")
    @CsvSource({"08:07:10, 08:05", "08:08:00, 08:10", "08:02:29, 08:00", "08:02:31, 08:05", "23:58:00, 00:00",
            "19:00:00, 19:00"})
    void thisTimeIsTheNearestFiveMinutes(String now, String time) {
        assertThat(ReminderTime.thisTime(LocalTime.parse(now))).isEqualTo(LocalTime.parse(time));
    }

    @Test
    void everyDayIsADailyRule() {
        assertThat(ReminderSchedule.daily(LocalTime.of(8, 5)).recurrenceRule())
                .isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=5;BYSECOND=0;INTERVAL=1;");
    }

    @Test
    void someDaysAreAWeeklyRuleOnThoseDays() {
        ReminderSchedule weekdays = new ReminderSchedule(LocalTime.of(12, 0), ReminderDays.WEEKDAYS);

        assertThat(weekdays.recurrenceRule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=12;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0805@MO,TU,WE,TH,FR,SA,SU", "1200@MO,TU,WE,TH,FR", "2130@SA,SU", "0700@TH"})
    void aRuleAndACodeReadBackAsTheSameSchedule(String code) {
        ReminderSchedule schedule = ReminderSchedule.fromCode(code).orElseThrow();

        assertThat(schedule.code()).isEqualTo(code);
        assertThat(ReminderSchedule.fromRule(schedule.recurrenceRule())).contains(schedule);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"FREQ=MONTHLY;BYHOUR=8", "FREQ=DAILY;BYHOUR=8;INTERVAL=2", "FREQ=DAILY",
            "FREQ=WEEKLY;BYHOUR=8;BYDAY=XX", "FREQ=DAILY;BYHOUR=31", "nonsense"})
    void otherRulesAreNotOurs(String rule) {
        assertThat(ReminderSchedule.fromRule(rule)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2460@MO", "0800@", "0800", "''", "0800@XX"})
    void aDamagedCodeIsNoSchedule(String code) {
        assertThat(ReminderSchedule.fromCode(code)).isEmpty();
    }

    @ParameterizedTest(name = "after {0}: {1}")
    @CsvSource({
            // Saturday 21 November 2026
            "2026-11-21T07:00, 2026-11-23T08:00",
            "2026-11-23T07:59, 2026-11-23T08:00",
            "2026-11-23T08:00, 2026-11-24T08:00",
            "2026-11-27T09:00, 2026-11-30T08:00"})
    void theFirstTimeItGoesOffIsTheNextOfItsDaysAtItsTime(String now, String first) {
        ReminderSchedule weekdays = new ReminderSchedule(LocalTime.of(8, 0), ReminderDays.WEEKDAYS);

        assertThat(weekdays.nextAfter(LocalDateTime.parse(now))).isEqualTo(LocalDateTime.parse(first));
    }

    @Test
    void secondsAreDroppedAndDaysKeptInWeekOrder() {
        ReminderSchedule schedule = new ReminderSchedule(LocalTime.of(8, 5, 40),
                new ReminderDays(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY)));

        assertThat(schedule.time()).isEqualTo(LocalTime.of(8, 5));
        assertThat(schedule.days().codes()).isEqualTo("MO,SU");
    }
}
