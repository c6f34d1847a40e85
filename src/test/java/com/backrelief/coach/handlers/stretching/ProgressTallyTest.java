package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.alexa.ApiClient;
import com.backrelief.coach.alexa.DeviceTimeZone;
import com.backrelief.coach.alexa.SettingsApiServer;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Reply;
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

    private final InMemoryProgressStore store = new InMemoryProgressStore();

    private static Reply finishTheDeskBreak(Person person) {
        person.say("StartRoutineIntent", "routine", "desk break", "desk-break");
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

        assertThat(third.speech()).startsWith("You've finished three routines. Your current streak is three days in a row. "
                + "Your longest streak is three days.");
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
        try (SettingsApiServer alexa = new SettingsApiServer().answer(200, "\"Asia/Tokyo\"")) {
            DeviceTimeZone zones = DeviceTimeZone.fromSettingsApi(ApiClient.create());
            Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneOffset.UTC);
            Person person = new Person(new TestSkill(store, lateEveningUtc, zones)).withApiEndpoint(alexa.endpoint());

            finishTheDeskBreak(person);
            person.say("CheckInIntent", "feeling", "the same", "same");
            person.say("HowAmIDoingIntent");

            assertThat(store.get(USER_ID).orElseThrow().history().days()).containsExactly(LocalDate.of(2026, 11, 22));
            assertThat(alexa.calls()).hasSize(1);
        }
    }

    @Test
    void whenTheZoneCannotBeReadTheDayIsUtcs() {
        try (SettingsApiServer alexa = new SettingsApiServer().answer(403, "")) {
            DeviceTimeZone zones = DeviceTimeZone.fromSettingsApi(ApiClient.create());
            Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneOffset.UTC);

            finishTheDeskBreak(new Person(new TestSkill(store, lateEveningUtc, zones)).withApiEndpoint(alexa.endpoint()));

            assertThat(store.get(USER_ID).orElseThrow().history().days()).containsExactly(LocalDate.of(2026, 11, 21));
        }
    }

    @Test
    void theRoutinesThemselvesNeverAskForTheZone() {
        try (SettingsApiServer alexa = new SettingsApiServer()) {
            DeviceTimeZone zones = DeviceTimeZone.fromSettingsApi(ApiClient.create());
            Person person = new Person(new TestSkill(store, Clock.systemUTC(), zones)).withApiEndpoint(alexa.endpoint());

            person.say("StartRoutineIntent", "routine", "desk break", "desk-break");
            person.say("AMAZON.NextIntent");

            assertThat(alexa.calls()).isEmpty();
        }
    }
}
