package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.alexa.ApiAccess;
import com.backrelief.coach.domain.alexa.Timer;
import com.backrelief.coach.domain.alexa.Timers;
import com.backrelief.coach.support.FakeAlexaApis;
import com.backrelief.coach.support.FakeTimers;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The pack timer offered after the advice, as a conversation, with Alexa's timers in memory. */
class TimerOfferTest {

    private final FakeAlexaApis alexa = new FakeAlexaApis();
    private final Person person = new Person(TestSkill.withFakes(new InMemoryProgressStore(),
            Clock.fixed(TestSkill.NOW, ZoneOffset.UTC), alexa)).inLocale("en-GB");

    /** "I pulled my back lifting a box yesterday": the cold advice, then "no" to its safety tips, and the timer offer. */
    private Reply coldAdviceForAFreshStrain() {
        person.say("HeatOrIceIntent", "injury", "pulled my back lifting a box", "onsetWords", "yesterday");
        return person.no();
    }

    @Test
    void yesToTheOfferStartsATwentyMinuteColdPackTimerWithTheRequestsToken() {
        person.withTimerPermission();
        coldAdviceForAFreshStrain();

        Reply reply = person.yes();

        assertThat(reply.speech()).contains("20-minute timer").endsWith("?");
        assertThat(alexa.timers.started()).containsExactly(new Timer(Duration.ofMinutes(20), "Cold pack",
                "Time to take the cold pack off. After a fresh strain, wait two to three hours before the next round.", "en-GB"));
        assertThat(alexa.timers.calls().get(0).access())
                .isEqualTo(new ApiAccess("https://api.amazonalexa.com", "example-api-access-token"));
    }

    @Test
    void noToTheOfferStartsNothingAndALaterYesIsNotATimer() {
        person.withTimerPermission();
        coldAdviceForAFreshStrain();

        assertThat(person.no().speech()).startsWith("Okay, no timer.");
        person.yes();

        assertThat(alexa.timers.calls()).isEmpty();
    }

    @Test
    void withoutPermissionNothingIsCalledUntilThePersonAllowsIt() {
        coldAdviceForAFreshStrain();

        assertThat(person.yes().asksForPermission()).isTrue();
        assertThat(alexa.timers.calls()).isEmpty();

        Reply allowed = person.permissionAnswer("ACCEPTED");

        assertThat(allowed.speech()).contains("20-minute timer");
        assertThat(alexa.timers.started()).extracting(Timer::label).containsExactly("Cold pack");
    }

    @Test
    void aPermissionTurnedOffIsAskedForOnceThenTheAppIsNamed() {
        person.withTimerPermission();
        alexa.timers.refuse();
        coldAdviceForAFreshStrain();

        assertThat(person.yes().asksForPermission()).isTrue();
        Reply reply = person.permissionAnswer("ACCEPTED");

        assertThat(reply.asksForPermission()).isFalse();
        assertThat(reply.speech()).contains("in the Alexa app");
        assertThat(alexa.timers.calls()).extracting(FakeTimers.Started::outcome).containsOnly(Timers.Outcome.NOT_PERMITTED).hasSize(2);
        assertThat(alexa.timers.started()).isEmpty();
    }

    @Test
    void whenTimersFailTheCoachSaysToWatchTheClockAndCarriesOn() {
        person.withTimerPermission();
        alexa.timers.fail();
        coldAdviceForAFreshStrain();

        Reply reply = person.yes();

        assertThat(reply.speech()).contains("couldn't set the timer", "take the pack off after 20 minutes").endsWith("?");
        assertThat(reply.endsSession()).isFalse();
        assertThat(alexa.timers.started()).isEmpty();
    }

    @Test
    void aTimerAskedForOnItsOwnIsKeptToTwentyMinutes() {
        person.withTimerPermission();

        person.say("SetTimerIntent", "pack", "heating pad", "length", "thirty minutes");

        assertThat(alexa.timers.started()).extracting(Timer::length, Timer::label)
                .containsExactly(tuple(Duration.ofMinutes(20), "Heat pack"));
    }
}
