package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.support.AnswerChecks;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slot values no one could mean (a duration of a trillion years, a 20-digit number), as a fuzzer sent
 * them: each is an unusable value, answered with the coach's normal question, never the apology for an error.
 */
class UnusableSlotValuesTest {

    private final Person person = new Person();

    @ParameterizedTest
    @ValueSource(strings = {"P999999999999Y", "P99999999999999999999D", "PT99999999999999999999H", "P25000000000000W"})
    void anOnsetNoOneCouldMeanIsAskedForAgain(String onset) {
        Reply reply = person.say("HeatOrIceIntent", "onset", onset);

        AnswerChecks.assertSound(reply, onset);
        assertThat(reply.speech()).doesNotContain("had trouble");
        assertThat(reply.elicitedSlot()).isEqualTo("onset");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P999999999999Y", "PT99999999999999999999M"})
    void aTimerLengthNoOneCouldMeanIsTheUsualLength(String length) {
        Reply reply = person.withTimerPermission().say("SetTimerIntent", "pack", "heating pad", "length", length);

        AnswerChecks.assertSound(reply, length);
        assertThat(reply.speech()).doesNotContain("had trouble").contains("timer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901234567890", "2147483647", "-5", "?"})
    void aRoutineLengthNoOneCouldMeanStartsTheUsualRoutine(String minutes) {
        Reply reply = person.say("StartRoutineIntent", "minutes", minutes);

        AnswerChecks.assertSound(reply, minutes);
        assertThat(reply.speech()).doesNotContain("had trouble").contains("routine");
    }

    @Test
    void aTwentyDigitReminderTimeIsAskedForAgain() {
        Reply reply = person.withReminderPermission().say("SetReminderIntent", "days", "every day",
                "time", "12345678901234567890:00");

        AnswerChecks.assertSound(reply, "time");
        assertThat(reply.speech()).doesNotContain("had trouble").contains("What time should I remind you");
    }
}
