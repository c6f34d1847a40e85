package com.backrelief.coach.handlers.common;

import com.backrelief.coach.domain.alexa.ApiAccess;
import com.backrelief.coach.domain.alexa.Reminder;
import com.backrelief.coach.support.FakeAlexaApis;
import com.backrelief.coach.support.FakeDeviceSettings;
import com.backrelief.coach.support.FakeReminders;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The device's time zone, read through the settings port once a session, as the reminder's clock. */
class DeviceTimeZoneConversationTest {

    private static final String DEVICE_ID =
            "amzn1.ask.device.AEXAMPLEDEVICE000000000000000000000000000000000000000000000000000000";

    private final FakeAlexaApis alexa = new FakeAlexaApis();
    private final Person person = new Person(TestSkill.withFakes(new InMemoryProgressStore(),
            Clock.fixed(TestSkill.NOW, ZoneOffset.UTC), alexa)).inLocale("en-AU").withReminderPermission();

    private Reminder lastSent() {
        FakeReminders.Call last = alexa.reminders.calls().stream().filter(call -> call.reminder() != null)
                .reduce((first, second) -> second).orElseThrow();
        return last.reminder();
    }

    @Test
    void aReminderSetInSydneyRunsOnSydneysClockAndTheZoneIsAskedOnceASession() {
        alexa.settings.setTo("Australia/Sydney");

        person.say("SetReminderIntent", "days", "every day", "time", "08:00");
        person.say("MoveReminderIntent", "time", "19:00");

        assertThat(lastSent().timeZoneId()).isEqualTo("Australia/Sydney");
        // 08:00 UTC on 21 November is 19:00 in Sydney (summer time, UTC+11)
        assertThat(lastSent().start()).isEqualTo(LocalDateTime.of(2026, 11, 21, 19, 0));
        assertThat(alexa.settings.reads()).containsExactly(new FakeDeviceSettings.Read(
                new ApiAccess("https://api.amazonalexa.com", "example-api-access-token"), DEVICE_ID));
    }

    @Test
    void whenTheZoneCannotBeReadTheReminderLeavesTheZoneToAlexa() {
        alexa.settings.fail();

        person.say("SetReminderIntent", "days", "every day", "time", "08:00");

        assertThat(lastSent().timeZoneId()).isNull();
        assertThat(lastSent().start()).isNull();
        assertThat(alexa.reminders.on()).hasSize(1);
    }

    @Test
    void aRefusedSettingsReadIsTheSameAsAFailedOne() {
        alexa.settings.setTo("Europe/London").refuse();

        person.say("SetReminderIntent", "days", "every day", "time", "08:00");

        assertThat(lastSent().timeZoneId()).isNull();
    }
}
