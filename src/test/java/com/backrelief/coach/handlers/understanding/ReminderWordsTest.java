package com.backrelief.coach.handlers.understanding;

import com.amazon.ask.model.Intent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A reminder asked for in free text keeps the days and time its words name. */
class ReminderWordsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "want a nudge every weekday at noon to do my stretches | MO,TU,WE,TH,FR       | 12:00",
            "can i get a reminder each evening at 7                | MO,TU,WE,TH,FR,SA,SU | 19:00",
            "remind me to stretch on mondays and thursdays at 9 am | MO,TH                | 09:00",
    })
    void theDaysAndTimeSaidFillTheRemindersSlots(String words, String days, String time) {
        Intent reminder = ReminderWords.withSlots(Intent.builder().withName("SetReminderIntent").build(), words);

        assertThat(reminder.getSlots().get("days").getValue()).isEqualTo(days);
        assertThat(reminder.getSlots().get("time").getValue()).isEqualTo(time);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"i'd like a stretch reminder", "set up a reminder please"})
    void wordsThatNameNeitherLeaveTheSlotsForTheSkillToAskAbout(String words) {
        Intent asked = Intent.builder().withName("SetReminderIntent").build();

        assertThat(ReminderWords.withSlots(asked, words)).isSameAs(asked);
    }
}
