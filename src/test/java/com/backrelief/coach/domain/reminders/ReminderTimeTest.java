package com.backrelief.coach.domain.reminders;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderTimeTest {

    @ParameterizedTest(name = "\"{1}\" at {0} is {2}")
    @CsvSource({
            "07:00, every evening, 19:00",
            "06:30, each evening, 18:30",
            "03:00, every afternoon, 15:00",
            "10:00, every night, 22:00",
            "01:00, every night, 01:00",
            "07:00, every morning, 07:00",
            "07:00, every day, 07:00",
            "19:00, every evening, 19:00",
            "12:00, every afternoon, 12:00",
    })
    void aClockTimeIsReadWithThePartOfTheDayNamedBesideIt(String heard, String days, String meant) {
        assertThat(ReminderTime.inPartOfDay(LocalTime.parse(heard), days)).isEqualTo(LocalTime.parse(meant));
    }
}
