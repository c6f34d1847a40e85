package com.backrelief.coach.handlers.reminders;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.reminders.DailyReminder;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.StubAlexaApi;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** The daily stretch reminder, end to end: from what the person says to the requests a stub Alexa API receives. */
class StretchReminderTest {

    private static final String DEVICE_ID =
            "amzn1.ask.device.AEXAMPLEDEVICE000000000000000000000000000000000000000000000000000000";
    private static final String SETTINGS = "/v2/devices/" + DEVICE_ID + "/settings/System.timeZone";
    private static final String EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU";
    private static final String TOKEN = "amzn1.alert.reminder.0001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StubAlexaApi alexa = new StubAlexaApi().timeZone("Europe/London");
    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final TestSkill skill = new TestSkill(store, Clock.fixed(TestSkill.NOW, ZoneOffset.UTC), alexa);
    private final Person person = new Person(skill).inLocale("en-GB");

    @AfterEach
    void stop() {
        alexa.close();
    }

    private List<StubAlexaApi.Received> reminderCalls() {
        return alexa.received().stream().filter(r -> r.path().startsWith("/v1/alerts/reminders")).toList();
    }

    /** The reminder created. */
    private StubAlexaApi.Received posted() {
        return reminderCalls().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
    }

    private static JsonNode body(StubAlexaApi.Received request) throws IOException {
        return JSON.readTree(request.body());
    }

    private void hasReminder(String code) {
        store.put(USER_ID, new Progress(3, LocalDate.of(2026, 11, 20))
                .withReminder(new DailyReminder(TOKEN, ReminderSchedule.fromCode(code).orElseThrow())));
    }

    private DailyReminder stored() {
        return store.get(USER_ID).orElseThrow().stretchReminder().orElse(null);
    }

    @Test
    void everyDayAt8amIsARecurringReminderInTheDevicesZoneWithItsTokenKept() throws IOException {
        person.withReminderPermission();

        Reply reply = person.say("SetReminderIntent", "days", "every day", "time", "08:00");

        assertThat(reply.speech()).startsWith("Done. I'll remind you to stretch every day at 8 am.").endsWith("?");
        assertThat(reminderCalls()).extracting(StubAlexaApi.Received::method).as("the reminders read first, none made yet")
                .containsExactly("GET", "POST");
        StubAlexaApi.Received create = posted();
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/v1/alerts/reminders");
        assertThat(create.header("Authorization")).isEqualTo("Bearer example-api-access-token");
        assertThat(create.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = body(create);
        assertThat(body.path("requestTime").asText()).isEqualTo("2026-11-21T08:00:00Z");
        assertThat(body.at("/trigger/type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(body.at("/trigger/timeZoneId").asText()).isEqualTo("Europe/London");
        assertThat(body.at("/trigger/recurrence/startDateTime").asText()).isEqualTo("2026-11-21T08:00:00");
        assertThat(body.at("/trigger/recurrence/recurrenceRules")).hasSize(1);
        assertThat(body.at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");
        assertThat(body.at("/alertInfo/spokenInfo/content/0/locale").asText()).isEqualTo("en-GB");
        assertThat(body.at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("Time for your back stretches. When you're ready, say: Alexa, open back relief coach.");
        assertThat(body.at("/pushNotification/status").asText()).isEqualTo("ENABLED");
        assertThat(stored()).isEqualTo(new DailyReminder(StubAlexaApi.REMINDER_TOKEN,
                ReminderSchedule.fromCode("0800@" + EVERY_DAY).orElseThrow()));
    }

    @Test
    void onWeekdaysAtLunchtimeIsAWeeklyRuleOnThoseDaysAtNoon() throws IOException {
        person.withReminderPermission();

        Reply reply = person.say("SetReminderIntent", "days", "on weekdays", "timeWords", "lunchtime");

        assertThat(reply.speech()).startsWith("Done. I'll remind you to stretch every weekday at 12 noon.");
        assertThat(body(posted()).at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=12;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");
        assertThat(stored().schedule().code()).isEqualTo("1200@MO,TU,WE,TH,FR");
    }

    @Test
    void withoutATimeTheSkillAsksForOneAndKeepsTheDays() throws IOException {
        person.withReminderPermission();

        Reply asking = person.say("SetReminderIntent", "days", "weekends");
        assertThat(asking.speech()).isEqualTo("What time should I remind you, for example 8 am or lunchtime?");
        assertThat(asking.elicitedSlot()).isEqualTo("time");
        assertThat(asking.json().at("/response/directives/0/updatedIntent/slots/days/value").asText()).isEqualTo("SA,SU");
        assertThat(reminderCalls()).isEmpty();

        Reply set = person.say("SetReminderIntent", "time", "09:30", "days", "SA,SU");

        assertThat(set.speech()).startsWith("Done. I'll remind you to stretch every Saturday and Sunday at 9:30 am.");
        assertThat(body(posted()).at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=9;BYMINUTE=30;BYSECOND=0;INTERVAL=1;");
    }

    @Test
    void whatRemindersDoIHaveReadsThemFromAlexa() {
        hasReminder("0800@" + EVERY_DAY);
        person.withReminderPermission();
        alexa.respondTo("GET", "/v1/alerts/reminders", 200, """
                {"totalCount": "1", "alerts": [{"alertToken": "%s", "status": "ON", "trigger": {"type": "SCHEDULED_ABSOLUTE",
                  "recurrence": {"recurrenceRules": ["FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;"]}}}]}""".formatted(TOKEN));

        Reply reply = person.say("ListRemindersIntent");

        assertThat(reply.speech()).startsWith("You have one reminder from me: to stretch every day at 8 am.").endsWith("?");
        assertThat(reminderCalls()).extracting(StubAlexaApi.Received::method, StubAlexaApi.Received::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "/v1/alerts/reminders"));
        assertThat(reminderCalls().get(0).header("Authorization")).isEqualTo("Bearer example-api-access-token");
    }

    @Test
    void movingTheReminderTo7pmUpdatesItAndKeepsItsDays() throws IOException {
        hasReminder("0800@MO,TU,WE,TH,FR");
        person.withReminderPermission();

        Reply reply = person.say("MoveReminderIntent", "time", "19:00");

        assertThat(reply.speech()).startsWith("Done. Your stretch reminder is now every weekday at 7 pm.");
        StubAlexaApi.Received update = reminderCalls().get(0);
        assertThat(update.method()).isEqualTo("PUT");
        assertThat(update.path()).isEqualTo("/v1/alerts/reminders/" + TOKEN);
        assertThat(update.header("Content-Type")).isEqualTo("application/json");
        assertThat(body(update).at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");
        assertThat(body(update).at("/trigger/timeZoneId").asText()).isEqualTo("Europe/London");
        assertThat(stored()).isEqualTo(new DailyReminder(TOKEN, ReminderSchedule.fromCode("1900@MO,TU,WE,TH,FR").orElseThrow()));
    }

    @Test
    void stopMyRemindersDeletesItAndForgetsItsToken() {
        hasReminder("0800@" + EVERY_DAY);
        person.withReminderPermission();

        Reply reply = person.say("CancelReminderIntent");

        assertThat(reply.speech()).startsWith("Okay, I've stopped your stretch reminder.").endsWith("?");
        StubAlexaApi.Received delete = reminderCalls().get(0);
        assertThat(delete.method()).isEqualTo("DELETE");
        assertThat(delete.path()).isEqualTo("/v1/alerts/reminders/" + TOKEN);
        assertThat(delete.body()).isEmpty();
        assertThat(stored()).isNull();
    }

    @Test
    void withoutPermissionTheSkillAsksByVoiceAndSetsTheReminderOnceAllowed() {
        Reply asking = person.say("SetReminderIntent", "days", "every day", "time", "08:00");

        assertThat(asking.asksForPermission()).isTrue();
        assertThat(asking.speech()).isEqualTo("To set reminders, I need your permission.");
        assertThat(asking.json().at("/response/directives/0/payload/permissionScopes/0/permissionScope").asText())
                .isEqualTo("alexa::alerts:reminders:skill:readwrite");
        assertThat(asking.json().path("response").has("reprompt")).isFalse();
        assertThat(reminderCalls()).isEmpty();

        Reply allowed = person.permissionAnswer("ACCEPTED");

        assertThat(allowed.speech()).startsWith("Done. I'll remind you to stretch every day at 8 am.");
        assertThat(reminderCalls()).extracting(StubAlexaApi.Received::method).containsExactly("GET", "POST");
        assertThat(stored()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"DENIED", "NOT_ANSWERED"})
    void whenPermissionIsNotGivenTheSkillSaysHowToGiveItAndSendsTheCard(String status) {
        person.say("SetReminderIntent", "days", "every day", "time", "08:00");

        Reply reply = person.permissionAnswer(status);

        // Not answered ("stop", or silence) is leaving: the same words and card, then goodbye; denied keeps talking.
        assertThat(reply.speech()).contains("You can allow reminders for Back Relief Coach in the Alexa app")
                .endsWith(status.equals("DENIED") ? "?" : "Goodbye.");
        assertThat(reply.endsSession()).isEqualTo(!status.equals("DENIED"));
        assertThat(reply.json().at("/response/card/type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(reply.json().at("/response/card/permissions/0").asText()).isEqualTo("alexa::alerts:reminders:skill:readwrite");
        assertThat(reminderCalls()).isEmpty();
    }

    @Test
    void theTimerPermissionIsNotTheRemindersOne() {
        person.withTimerPermission();

        assertThat(person.say("SetReminderIntent", "time", "08:00").asksForPermission()).isTrue();
        assertThat(reminderCalls()).isEmpty();
    }

    @Test
    void aRevokedPermissionIsAskedForAgainByVoiceOnceAndNotInALoop() {
        hasReminder("0800@" + EVERY_DAY);
        person.withReminderPermission();
        alexa.respondTo("PUT", "/v1/alerts/reminders/", 401, "");

        Reply asking = person.say("MoveReminderIntent", "time", "19:00");
        assertThat(asking.speech()).isEqualTo("It looks like permission for reminders was turned off. To set reminders, I need your permission.");
        assertThat(asking.asksForPermission()).isTrue();
        assertThat(asking.json().at("/response/directives/0/token").asText()).isEqualTo("stretch-reminder:MOVE:1900@" + EVERY_DAY);

        alexa.respondTo("PUT", "/v1/alerts/reminders/", 403, "{\"code\": \"FORBIDDEN\"}");
        Reply reply = person.permissionAnswer("ACCEPTED");

        assertThat(reply.asksForPermission()).isFalse();
        assertThat(reply.speech()).contains("in the Alexa app");
        assertThat(reminderCalls()).extracting(StubAlexaApi.Received::method).containsExactly("PUT", "PUT");
    }

    @Test
    void aReminderDeletedInTheAlexaAppIsForgottenAndOfferedAgain() throws IOException {
        hasReminder("0800@" + EVERY_DAY);
        person.withReminderPermission();
        alexa.respondTo("PUT", "/v1/alerts/reminders/", 404, "{\"code\": \"NOT_FOUND\"}");

        Reply gone = person.say("MoveReminderIntent", "time", "19:00");

        assertThat(gone.speech()).isEqualTo("Your stretch reminder isn't there any more. It may have been deleted in the "
                + "Alexa app. Shall I set a new one, every day at 7 pm?");
        assertThat(stored()).isNull();

        Reply set = person.yes();

        assertThat(set.speech()).startsWith("Done. I'll remind you to stretch every day at 7 pm.");
        assertThat(reminderCalls()).extracting(StubAlexaApi.Received::method).containsExactly("PUT", "GET", "POST");
        assertThat(body(posted()).at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");
    }

    @Test
    void aReminderAlexaNoLongerListsIsForgottenWhenAskedAbout() {
        hasReminder("0800@" + EVERY_DAY);
        person.withReminderPermission();

        Reply reply = person.say("ListRemindersIntent");

        assertThat(reply.speech()).startsWith("Your stretch reminder isn't there any more.");
        assertThat(stored()).isNull();
    }

    @Test
    void stoppingAReminderThatIsAlreadyGoneSaysSoAndForgetsIt() {
        hasReminder("0800@" + EVERY_DAY);
        person.withReminderPermission();
        alexa.respondTo("DELETE", "/v1/alerts/reminders/", 404, "");

        assertThat(person.say("CancelReminderIntent").speech()).startsWith("That reminder was already gone");
        assertThat(stored()).isNull();
    }

    @Test
    void thePerSkillLimitOnRemindersIsSaidPlainly() {
        person.withReminderPermission();
        alexa.respondTo("POST", "/v1/alerts/reminders", 400,
                "{\"code\": \"MAX_REMINDERS_EXCEEDED\", \"message\": \"Maximum number of reminders reached\"}");

        Reply reply = person.say("SetReminderIntent", "time", "08:00");

        assertThat(reply.speech()).startsWith("Alexa won't let me add another reminder: you've reached the limit of "
                + "reminders for this skill.").endsWith("?");
        assertThat(store.get(USER_ID).flatMap(Progress::stretchReminder)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"500", "503", "429"})
    void aFailingApiIsSaidPlainlyAndNothingIsKept(int status) {
        person.withReminderPermission();
        alexa.respondTo("POST", "/v1/alerts/reminders", status, "");

        Reply reply = person.say("SetReminderIntent", "time", "08:00");

        assertThat(reply.speech()).startsWith("Sorry, I couldn't set the reminder just now. Please try again in a little while.");
        assertThat(reply.endsSession()).isFalse();
        assertThat(store.get(USER_ID).flatMap(Progress::stretchReminder)).isEmpty();
    }

    @Test
    void whenAlexaCannotBeReadTheLastKnownReminderIsSaid() {
        hasReminder("0730@MO,WE,FR");
        person.withReminderPermission();
        alexa.respondTo("GET", "/v1/alerts/reminders", 503, "");

        assertThat(person.say("ListRemindersIntent").speech()).startsWith("I couldn't check with Alexa just now, but the "
                + "last I knew, your stretch reminder was every Monday, Wednesday and Friday at 7:30 am.");
        assertThat(stored()).isNotNull();
    }

    @Test
    void settingOnlyATimeOrOnlyDaysWhenThereIsAReminderKeepsWhatWasNotNamed() {
        hasReminder("1000@SU");
        person.withReminderPermission();

        person.say("SetReminderIntent", "time", "17:00");
        assertThat(stored().schedule().code()).isEqualTo("1700@SU");

        person.say("SetReminderIntent", "days", "weekends");
        assertThat(stored().schedule().code()).isEqualTo("1700@SA,SU");
        assertThat(reminderCalls()).extracting(StubAlexaApi.Received::method).containsExactly("PUT", "PUT");
    }

    @Test
    void settingAgainReplacesTheReminderRatherThanAddingOne() {
        hasReminder("0800@" + EVERY_DAY);
        person.withReminderPermission();

        person.say("SetReminderIntent", "time", "18:00", "days", "weekends");

        assertThat(reminderCalls()).extracting(StubAlexaApi.Received::method, StubAlexaApi.Received::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PUT", "/v1/alerts/reminders/" + TOKEN));
        assertThat(stored().schedule().code()).isEqualTo("1800@SA,SU");
    }

    @Test
    void afterAFinishedRoutineTheReminderIsOfferedOnceForThisTime() throws IOException {
        person.withReminderPermission();
        finishTheDeskBreak();

        Reply offer = person.say("CheckInIntent", "feeling", "better");

        assertThat(offer.speech()).startsWith("That's good to hear.")
                .endsWith("Want me to remind you to stretch every day at this time?");
        assertThat(store.get(USER_ID).orElseThrow().reminderOffered()).isTrue();
        Reply set = person.yes();
        assertThat(set.speech()).startsWith("Done. I'll remind you to stretch every day at 8 am.");
        assertThat(body(posted()).at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;");

        person.say("CancelReminderIntent");
        finishTheDeskBreak();
        Reply again = person.say("CheckInIntent", "feeling", "the same");

        assertThat(again.speech()).doesNotContain("remind");
    }

    @Test
    void noToTheOfferIsNoReminderAndItIsNotOfferedAgain() {
        finishTheDeskBreak();
        person.say("CheckInIntent", "feeling", "the same");

        Reply no = person.no();

        assertThat(no.speech()).startsWith("Okay, no reminder. You can ask for one any time").endsWith("?");
        assertThat(no.endsSession()).isFalse();
        finishTheDeskBreak();
        assertThat(person.say("CheckInIntent", "feeling", "better").speech()).doesNotContain("remind");
        assertThat(reminderCalls()).isEmpty();
    }

    @Test
    void feelingWorseAfterARoutineGetsNoReminderOffer() {
        finishTheDeskBreak();

        Reply reply = person.say("CheckInIntent", "feeling", "worse");

        assertThat(reply.speech()).doesNotContain("remind");
        assertThat(store.get(USER_ID).orElseThrow().reminderOffered()).isFalse();
    }

    @Test
    void anOfferMovedOnFromIsNotAnsweredByALaterYes() {
        finishTheDeskBreak();
        person.say("CheckInIntent", "feeling", "better");
        person.say("ListStretchesIntent");

        person.yes();

        assertThat(reminderCalls()).isEmpty();
    }

    @Test
    void withoutTheDevicesClockThereIsNoThisTimeOffer() {
        try (StubAlexaApi noZone = new StubAlexaApi().respondTo("GET", "/v2/devices/", 403, "")) {
            Person elsewhere = new Person(new TestSkill(store, Clock.fixed(TestSkill.NOW, ZoneOffset.UTC), noZone));
            elsewhere.say("StartRoutineIntent", "routine", "desk break");
            elsewhere.say("AMAZON.NextIntent");
            elsewhere.say("AMAZON.NextIntent");
            elsewhere.say("AMAZON.NextIntent");

            assertThat(elsewhere.say("CheckInIntent", "feeling", "better").speech()).doesNotContain("remind");
            Reply thisTime = elsewhere.withReminderPermission().say("SetReminderIntent", "timeWords", "this time");
            assertThat(thisTime.elicitedSlot()).isEqualTo("time");
        }
    }

    @Test
    void anExplicitTimeWithoutTheDevicesZoneLeavesTheZoneToAlexa() throws IOException {
        try (StubAlexaApi noZone = new StubAlexaApi().respondTo("GET", "/v2/devices/", 500, "")) {
            new Person(new TestSkill(store, Clock.fixed(TestSkill.NOW, ZoneOffset.UTC), noZone)).withReminderPermission()
                    .say("SetReminderIntent", "time", "08:00");

            JsonNode trigger = body(noZone.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow())
                    .path("trigger");
            assertThat(trigger.has("timeZoneId")).isFalse();
            assertThat(trigger.at("/recurrence/recurrenceRules/0").asText()).startsWith("FREQ=DAILY;BYHOUR=8;");
        }
    }

    @Test
    void theDevicesZoneIsAskedForOnceASession() {
        person.withReminderPermission();
        person.say("SetReminderIntent", "time", "08:00");
        person.say("MoveReminderIntent", "time", "09:00");

        assertThat(alexa.received()).extracting(StubAlexaApi.Received::path).filteredOn(SETTINGS::equals).hasSize(1);
    }

    @Test
    void aDeletedEventForgetsTheTokenAndACompletedOneToo() {
        hasReminder("0800@" + EVERY_DAY);
        ObjectNode deleted = Events.json("reminder-deleted");
        ((ObjectNode) deleted.path("request").path("body")).putArray("alertTokens").add(TOKEN);

        assertThat(skill.send(deleted).hasSpeech()).isFalse();
        assertThat(stored()).isNull();

        hasReminder("0800@" + EVERY_DAY);
        ObjectNode completed = Events.json("reminder-status-changed");
        ((ObjectNode) completed.path("request").path("body")).put("alertToken", TOKEN).put("status", "COMPLETED");
        skill.send(completed);
        assertThat(stored()).isNull();
    }

    @Test
    void anEventForAnotherReminderLeavesOursAlone() {
        hasReminder("0800@" + EVERY_DAY);

        skill.send("reminder-deleted");
        skill.send("reminder-status-changed");

        assertThat(stored()).isNotNull();
        assertThat(reminderCalls()).isEmpty();
    }

    @Test
    void aCreatedOrUpdatedEventIsReadBackSoTheRecordNamesTheReminderAsAlexaHasIt() {
        String token = Events.json("reminder-created").at("/request/body/alertToken").asText();
        alexa.respondTo("GET", "/v1/alerts/reminders/", 200, """
                {"alertToken": "%s", "status": "ON", "trigger": {"type": "SCHEDULED_ABSOLUTE",
                  "recurrence": {"recurrenceRules": ["FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0;BYSECOND=0;INTERVAL=1;"]}}}"""
                .formatted(token));
        store.put(USER_ID, new Progress(1, LocalDate.of(2026, 11, 20)));

        skill.send("reminder-created");

        assertThat(stored()).isEqualTo(new DailyReminder(token, ReminderSchedule.fromCode("1000@SA,SU").orElseThrow()));
        assertThat(reminderCalls()).extracting(StubAlexaApi.Received::method, StubAlexaApi.Received::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "/v1/alerts/reminders/" + token));

        alexa.respondTo("GET", "/v1/alerts/reminders/", 200, """
                {"alertToken": "%s", "status": "ON", "trigger": {"type": "SCHEDULED_ABSOLUTE",
                  "recurrence": {"recurrenceRules": ["FREQ=DAILY;BYHOUR=7;BYMINUTE=15;BYSECOND=0;INTERVAL=1;"]}}}"""
                .formatted(token));
        skill.send("reminder-updated");

        assertThat(stored().schedule().code()).isEqualTo("0715@" + EVERY_DAY);
    }

    @Test
    void disablingTheSkillRemovesTheReminderTokenWithTheRestAndCallsNoApi() {
        hasReminder("0800@" + EVERY_DAY);

        skill.send("skill-disabled");

        assertThat(store.get(USER_ID)).isEmpty();
        assertThat(alexa.received()).isEmpty();
    }

    private void finishTheDeskBreak() {
        person.say("StartRoutineIntent", "routine", "desk break");
        person.say("AMAZON.NextIntent");
        person.say("AMAZON.NextIntent");
        person.say("AMAZON.NextIntent");
    }
}
