package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.StubAlexaApi;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** "How am I doing": sessions and streaks, counted on the days of the device's own time zone. */
class ProgressTallyTest {

    private static final String DEVICE_ID =
            "amzn1.ask.device.AEXAMPLEDEVICE000000000000000000000000000000000000000000000000000000";

    private final InMemoryProgressStore store = new InMemoryProgressStore();

    private static Reply finishTheDeskBreak(Person person) {
        person.say("StartRoutineIntent", "routine", "desk break");
        person.say("AMAZON.NextIntent");
        person.say("AMAZON.NextIntent");
        return person.say("AMAZON.NextIntent");
    }

    private Person on(String instant) {
        return new Person(new TestSkill(store, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)));
    }

    @Test
    void beforeAnyRoutineTheTallySaysSoAndOffersOne() {
        Reply reply = on("2026-11-21T08:00:00Z").say("HowAmIDoingIntent");

        assertThat(reply.speech()).startsWith("You haven't finished a routine yet.")
                .endsWith("Would you like to start the morning mobility routine now?");
    }

    @Test
    void threeDaysInARowThenABreakThenOneMore() {
        for (String day : new String[]{"2026-11-18T08:00:00Z", "2026-11-19T09:00:00Z", "2026-11-20T20:00:00Z"}) {
            finishTheDeskBreak(on(day));
        }
        Reply third = on("2026-11-21T07:00:00Z").say("HowAmIDoingIntent");
        finishTheDeskBreak(on("2026-11-25T08:00:00Z"));
        Reply afterBreak = on("2026-11-25T09:00:00Z").say("HowAmIDoingIntent");

        assertThat(third.speech()).isEqualTo("You've finished three routines. Your current streak is three days in a row, "
                + "your longest so far. Would you like to start the morning mobility routine now?");
        assertThat(afterBreak.speech()).startsWith("You've finished four routines. Your current streak is one day. "
                + "Your longest streak is three days.");
    }

    @Test
    void finishingTellsTheTallyBeforeTheCheckIn() {
        finishTheDeskBreak(on("2026-11-20T08:00:00Z"));

        Reply reply = finishTheDeskBreak(on("2026-11-21T08:00:00Z"));

        assertThat(reply.speech()).contains("That's two routines done, and two days in a row.")
                .endsWith("Does your back feel better, the same, or worse?");
    }

    @Test
    void daysFollowTheDevicesTimeZoneWhichIsAskedForOnceASession() {
        try (StubAlexaApi alexa = new StubAlexaApi().respondWith(200, "\"Asia/Tokyo\"")) {
            Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneOffset.UTC);
            Person person = new Person(new TestSkill(store, lateEveningUtc, alexa));

            finishTheDeskBreak(person);
            person.say("CheckInIntent", "feeling", "the same");
            person.say("HowAmIDoingIntent");

            assertThat(store.get(USER_ID).orElseThrow().history().days()).containsExactly(LocalDate.of(2026, 11, 22));
            assertThat(alexa.received()).extracting(StubAlexaApi.Received::path)
                    .containsExactly("/v2/devices/" + DEVICE_ID + "/settings/System.timeZone");
        }
    }

    @Test
    void whenTheZoneCannotBeReadTheDayIsUtcs() {
        try (StubAlexaApi alexa = new StubAlexaApi().respondWith(403)) {
            Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneOffset.UTC);

            finishTheDeskBreak(new Person(new TestSkill(store, lateEveningUtc, alexa)));

            assertThat(store.get(USER_ID).orElseThrow().history().days()).containsExactly(LocalDate.of(2026, 11, 21));
        }
    }

    @Test
    void theRoutinesThemselvesNeverAskForTheZone() {
        try (StubAlexaApi alexa = new StubAlexaApi()) {
            Person person = new Person(new TestSkill(store, Clock.systemUTC(), alexa));

            person.say("StartRoutineIntent", "routine", "desk break");
            person.say("AMAZON.NextIntent");

            assertThat(alexa.received()).isEmpty();
        }
    }
}
