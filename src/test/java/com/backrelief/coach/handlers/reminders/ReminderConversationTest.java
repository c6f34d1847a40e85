package com.backrelief.coach.handlers.reminders;

import com.backrelief.coach.domain.alexa.ApiAccess;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.reminders.DailyReminder;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.FakeAlexaApis;
import com.backrelief.coach.support.FakeReminders;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Setting, moving and stopping the stretch reminder as conversations, with Alexa's reminders in memory. */
class ReminderConversationTest {

    private static final String DAILY_8AM = "FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;";
    private static final String TOKEN = "amzn1.alert.reminder.0001";

    private final FakeAlexaApis alexa = new FakeAlexaApis();
    private final FakeReminders reminders = alexa.reminders;
    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final TestSkill skill = TestSkill.withFakes(store, Clock.fixed(TestSkill.NOW, ZoneOffset.UTC), alexa);
    private final Person person = new Person(skill).inLocale("en-GB");

    ReminderConversationTest() {
        alexa.settings.setTo("Europe/London");
    }

    private DailyReminder stored() {
        return store.get(USER_ID).flatMap(Progress::stretchReminder).orElse(null);
    }

    private void hasReminder(String code) {
        store.put(USER_ID, new Progress(3, LocalDate.of(2026, 11, 20))
                .withReminder(new DailyReminder(TOKEN, ReminderSchedule.fromCode(code).orElseThrow())));
        reminders.has(TOKEN, ReminderSchedule.fromCode(code).orElseThrow().recurrenceRule());
    }

    @Test
    void setEveryDayAt8ThenCancelStraightAwayLeavesNoReminder() {
        person.withReminderPermission();

        Reply set = person.say("SetReminderIntent", "days", "every day", "time", "08:00");

        assertThat(set.speech()).startsWith("Done. I'll remind you to stretch every day at 8 am.").endsWith("?");
        assertThat(reminders.on()).extracting(FakeReminders.Kept::recurrenceRule).containsExactly(DAILY_8AM);
        assertThat(stored().token()).isEqualTo(reminders.on().get(0).alertToken());
        assertThat(reminders.calls().get(0).access())
                .isEqualTo(new ApiAccess("https://api.amazonalexa.com", "example-api-access-token"));

        Reply cancelled = person.say("AMAZON.CancelIntent");

        assertThat(cancelled.speech()).contains("stopped your stretch reminder");
        assertThat(reminders.on()).isEmpty();
        assertThat(stored()).isNull();
    }

    @Test
    void settingAgainWhenAlexaStillHasOneMovesItInsteadOfAddingASecond() {
        reminders.has("amzn1.alert.lost", "FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");
        person.withReminderPermission();

        person.say("SetReminderIntent", "days", "every day", "time", "08:00");

        assertThat(reminders.on()).extracting(FakeReminders.Kept::alertToken, FakeReminders.Kept::recurrenceRule)
                .containsExactly(tuple("amzn1.alert.lost", DAILY_8AM));
        assertThat(stored().token()).isEqualTo("amzn1.alert.lost");
    }

    @Test
    void moveItTo7pmUpdatesTheOneAlexaHas() {
        hasReminder("0800@MO,TU,WE,TH,FR");
        person.withReminderPermission();

        Reply moved = person.say("MoveReminderIntent", "time", "19:00");

        assertThat(moved.speech()).startsWith("Done. Your stretch reminder is now every weekday at 7 pm.");
        assertThat(reminders.callNames()).containsExactly("update");
        assertThat(reminders.on()).extracting(FakeReminders.Kept::recurrenceRule)
                .containsExactly("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");
    }

    @Test
    void stopMyRemindersDeletesItAndForgetsItsToken() {
        hasReminder("0800@MO,TU,WE,TH,FR,SA,SU");
        person.withReminderPermission();

        Reply reply = person.say("CancelReminderIntent");

        assertThat(reply.speech()).startsWith("Okay, I've stopped your stretch reminder.").endsWith("?");
        assertThat(reminders.callNames()).containsExactly("deleteEvery");
        assertThat(reminders.on()).isEmpty();
        assertThat(stored()).isNull();
    }

    @Test
    void aReminderDeletedInTheAlexaAppIsOfferedAgainAndYesSetsIt() {
        hasReminder("0800@MO,TU,WE,TH,FR,SA,SU");
        reminders.deletedInTheApp(TOKEN);
        person.withReminderPermission();

        Reply gone = person.say("ListRemindersIntent");

        assertThat(gone.speech()).startsWith("Your stretch reminder isn't there any more.");
        assertThat(stored()).isNull();

        Reply set = person.yes();

        assertThat(set.speech()).startsWith("Done. I'll remind you to stretch every day at 8 am.");
        assertThat(reminders.on()).hasSize(1);
        assertThat(stored().token()).isEqualTo(reminders.on().get(0).alertToken());
    }

    @Test
    void aPermissionTurnedOffIsAskedForOnceThenTheAppIsNamed() {
        hasReminder("0800@MO,TU,WE,TH,FR,SA,SU");
        person.withReminderPermission();
        reminders.refuse();

        Reply asking = person.say("MoveReminderIntent", "time", "19:00");
        assertThat(asking.speech()).isEqualTo("It looks like permission for reminders was turned off. To set reminders, I need your permission.");
        assertThat(asking.asksForPermission()).isTrue();

        Reply reply = person.permissionAnswer("ACCEPTED");

        assertThat(reply.asksForPermission()).isFalse();
        assertThat(reply.speech()).contains("in the Alexa app");
        assertThat(reminders.callNames()).containsExactly("update", "update");
        assertThat(stored().schedule().code()).isEqualTo("0800@MO,TU,WE,TH,FR,SA,SU");
    }

    @Test
    void withoutPermissionNothingIsCalled() {
        Reply asking = person.say("SetReminderIntent", "days", "every day", "time", "08:00");

        assertThat(asking.asksForPermission()).isTrue();
        assertThat(reminders.calls()).isEmpty();
    }

    @Test
    void aFailingApiIsSaidPlainlyAndNothingIsKept() {
        person.withReminderPermission();
        reminders.fail();

        Reply reply = person.say("SetReminderIntent", "time", "08:00");

        assertThat(reply.speech()).startsWith("Sorry, I couldn't set the reminder just now. Please try again in a little while.");
        assertThat(reply.endsSession()).isFalse();
        assertThat(stored()).isNull();
    }

    @Test
    void aReminderCreatedOutsideTheSessionIsReadBackAndOneDeletedInTheAppForgotten() {
        String token = Events.json("reminder-created").at("/request/body/alertToken").asText();
        reminders.has(token, "FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");
        store.put(USER_ID, new Progress(1, LocalDate.of(2026, 11, 20)));

        skill.send("reminder-created");

        assertThat(stored()).isEqualTo(new DailyReminder(token, ReminderSchedule.fromCode("1000@SA,SU").orElseThrow()));
        assertThat(reminders.calls()).extracting(FakeReminders.Call::name, FakeReminders.Call::alertToken)
                .containsExactly(tuple("get", token));

        reminders.deletedInTheApp(token);
        skill.send("reminder-updated");

        assertThat(stored()).isNull();
    }

    @Test
    void theLimitOnRemindersIsSaidPlainly() {
        person.withReminderPermission();
        reminders.reachLimit();

        Reply reply = person.say("SetReminderIntent", "time", "08:00");

        assertThat(reply.speech()).startsWith("Alexa won't let me add another reminder");
        assertThat(stored()).isNull();
    }
}
