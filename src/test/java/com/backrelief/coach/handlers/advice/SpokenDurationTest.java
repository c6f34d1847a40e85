package com.backrelief.coach.handlers.advice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** AMAZON.DURATION values as Alexa sends them for what people say. */
class SpokenDurationTest {

    @ParameterizedTest(name = "{0} is {1} hours")
    @CsvSource({"PT2H, 2", "P1D, 24", "P3W, 504", "P6M, 4320", "P1Y, 8760", "P2DT3H, 51", "pt5h, 5"})
    void readsTheDurationsPeopleSay(String value, long hours) {
        assertThat(SpokenDuration.parse(value)).contains(Duration.ofHours(hours));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "P?D", "three weeks", "P0D", "-P1D"})
    void anythingElseIsNoDuration(String value) {
        assertThat(SpokenDuration.parse(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P999999999999Y", "P99999999999999999999D", "PT99999999999999999999H", "P25000000000000W",
            "PT9223372036854775807S", "P201Y", "P2500M"})
    void aLengthNoOneCouldMeanIsNoDuration(String value) {
        assertThat(SpokenDuration.parse(value)).isEmpty();
    }
}
