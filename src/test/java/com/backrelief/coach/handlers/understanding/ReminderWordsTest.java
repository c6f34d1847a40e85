package com.backrelief.coach.handlers.understanding;

import com.backrelief.coach.conversation.Meaning;
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
        Meaning reminder = ReminderWords.withSlots(Meaning.of("SetReminderIntent"), words);

        assertThat(reminder.value("days").orElseThrow().spoken()).isEqualTo(days);
        assertThat(reminder.value("time").orElseThrow().spoken()).isEqualTo(time);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"i'd like a stretch reminder", "set up a reminder please"})
    void wordsThatNameNeitherLeaveTheSlotsForTheSkillToAskAbout(String words) {
        Meaning asked = Meaning.of("SetReminderIntent");

        assertThat(ReminderWords.withSlots(asked, words)).isSameAs(asked);
    }
}
