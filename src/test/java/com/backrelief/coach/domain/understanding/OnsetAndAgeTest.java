package com.backrelief.coach.domain.understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** When it started, and a stated age, from everyday words. */
class OnsetAndAgeTest {

    @ParameterizedTest(name = "{0} -> {1} h")
    @CsvSource(delimiter = '|', value = {
            "it started this morning                         | 6",
            "I hurt it last night                            | 12",
            "since yesterday                                 | 24",
            "the day before yesterday                        | 48",
            "an hour ago                                     | 1",
            "three days ago                                  | 72",
            "I am having back pain since two days            | 48",
            "a fortnight                                     | 336",
            "for about six months                            | 4320",
            "since the summer                                | 2880",
            "for years                                       | 17520",
            "it started yesterday, I've had a bad back for years | 24",
            "ten minutes ago                                 | 1",
            "since the weekend                               | 96",
            "over the weekend                                | 96",
            "the weekend                                     | 96",
    })
    void readsWhenItStarted(String text, long hours) {
        assertThat(Onset.read(Words.of(text))).contains(Duration.ofHours(hours));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"I've got ten minutes for a routine", "the other one", "what's the best stretch",
            "how many times a day can I put an ice pack on", "twice a week"})
    void readsNoStartWhereNoneIsSaid(String text) {
        assertThat(Onset.read(Words.of(text))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I'm 78 and I sat down hard          | 78",
            "I am eighty two                     | 82",
            "he is 70 years old                  | 70",
            "I'm in my seventies                 | 70",
    })
    void readsAStatedAge(String text, int age) {
        assertThat(Age.read(Words.of(text))).contains(age);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"I did 20 reps", "it's been 3 weeks", "ten out of ten"})
    void aNumberIsNoAge(String text) {
        assertThat(Age.read(Words.of(text))).isEmpty();
    }
}
