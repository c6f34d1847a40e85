package com.backrelief.coach.alexa;

import com.backrelief.coach.domain.alexa.Reminder;
import com.backrelief.coach.domain.alexa.ReminderAnswer;
import com.backrelief.coach.domain.alexa.ReminderAnswer.Outcome;
import com.backrelief.coach.support.FaultyAlexaApi;
import com.backrelief.coach.support.FaultyAlexaApi.Fault;
import com.backrelief.coach.support.StubAlexaApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The Reminders API calls, against a local server standing in for the Alexa API. */
class ReminderApiTest {

    private static final Reminder DAILY = new Reminder("FREQ=DAILY;BYHOUR=8;BYMINUTE=5;BYSECOND=0;INTERVAL=1;",
            Instant.parse("2026-11-21T08:07:00Z"), LocalDateTime.parse("2026-11-21T08:07:00"), "Europe/London",
            "Time for your back stretches.", "en-GB");

    private final StubAlexaApi api = new StubAlexaApi();
    private final ApiClient client = ApiClient.create();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aCreateIsAPostOfARecurringAbsoluteTriggerInTheDevicesZoneWithTheSpokenText() throws Exception {
        ReminderAnswer answer = client.createReminder(api.endpoint(), "token-123", DAILY);

        assertThat(answer.outcome()).isEqualTo(Outcome.OK);
        assertThat(answer.alertToken()).isEqualTo(StubAlexaApi.REMINDER_TOKEN);
        assertThat(api.received()).extracting(StubAlexaApi.Received::method).as("the reminders are read first")
                .containsExactly("GET", "POST");
        StubAlexaApi.Received request = api.received().get(1);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/alerts/reminders");
        assertThat(request.header("Authorization")).isEqualTo("Bearer token-123");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.path("requestTime").asText()).isEqualTo("2026-11-21T08:07:00Z");
        assertThat(body.at("/trigger/type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(body.at("/trigger/timeZoneId").asText()).isEqualTo("Europe/London");
        assertThat(body.at("/trigger/recurrence/startDateTime").asText()).isEqualTo("2026-11-21T08:07:00");
        assertThat(body.at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=5;BYSECOND=0;INTERVAL=1;");
        assertThat(body.at("/alertInfo/spokenInfo/content/0/locale").asText()).isEqualTo("en-GB");
        assertThat(body.at("/alertInfo/spokenInfo/content/0/text").asText()).isEqualTo("Time for your back stretches.");
        assertThat(body.at("/pushNotification/status").asText()).isEqualTo("ENABLED");
    }

    @Test
    void withoutTheDevicesZoneTheTriggerLeavesTheZoneToAlexa() throws Exception {
        client.createReminder(api.endpoint(), "token", new Reminder(DAILY.recurrenceRule(), DAILY.requestTime(), null, null,
                DAILY.text(), "en-US"));

        JsonNode trigger = new ObjectMapper().readTree(api.received().get(1).body()).path("trigger");
        assertThat(trigger.has("timeZoneId")).isFalse();
        assertThat(trigger.path("recurrence").has("startDateTime")).isFalse();
        assertThat(trigger.at("/recurrence/recurrenceRules/0").asText()).startsWith("FREQ=DAILY");
    }

    @Test
    void anUpdateIsAPutToTheRemindersOwnPath() throws Exception {
        ReminderAnswer answer = client.updateReminder(api.endpoint(), "token", "amzn1.alert.abc", DAILY);

        assertThat(answer.outcome()).isEqualTo(Outcome.OK);
        assertThat(answer.alertToken()).isEqualTo("amzn1.alert.abc");
        StubAlexaApi.Received request = api.received().get(0);
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/v1/alerts/reminders/amzn1.alert.abc");
        assertThat(new ObjectMapper().readTree(request.body()).at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo(DAILY.recurrenceRule());
    }

    @Test
    void aDeleteIsADeleteOfTheRemindersOwnPathWithoutABody() {
        api.respondTo("DELETE", "/v1/alerts/reminders/", 200, "");

        assertThat(client.deleteReminder(api.endpoint(), "token", "amzn1.alert.abc").outcome()).isEqualTo(Outcome.OK);

        StubAlexaApi.Received request = api.received().get(0);
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.path()).isEqualTo("/v1/alerts/reminders/amzn1.alert.abc");
        assertThat(request.body()).isEmpty();
        assertThat(request.header("Authorization")).isEqualTo("Bearer token");
    }

    @Test
    void aListReadReturnsEachRemindersTokenStatusAndRule() {
        api.respondTo("GET", "/v1/alerts/reminders", 200, """
                {"totalCount": "2", "alerts": [
                  {"alertToken": "a1", "status": "ON", "trigger": {"type": "SCHEDULED_ABSOLUTE",
                    "recurrence": {"recurrenceRules": ["FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;"]}}},
                  {"alertToken": "a2", "status": "COMPLETED", "unknownField": {}}
                ], "links": null}""");

        ReminderAnswer answer = client.listReminders(api.endpoint(), "token");

        assertThat(answer.outcome()).isEqualTo(Outcome.OK);
        assertThat(answer.alerts()).containsExactly(
                new ReminderAnswer.Listed("a1", "ON", "FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;"),
                new ReminderAnswer.Listed("a2", "COMPLETED", null));
        assertThat(api.received().get(0).method()).isEqualTo("GET");
        assertThat(api.received().get(0).path()).isEqualTo("/v1/alerts/reminders");
    }

    @Test
    void aReadByTokenIsAGetOfTheRemindersOwnPath() {
        ReminderAnswer answer = client.getReminder(api.endpoint(), "token", "a1");

        assertThat(answer.outcome()).isEqualTo(Outcome.OK);
        assertThat(answer.alerts()).extracting(ReminderAnswer.Listed::alertToken).containsExactly("a1");
        assertThat(api.received().get(0).path()).isEqualTo("/v1/alerts/reminders/a1");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "401 |                                                                   | NOT_PERMITTED",
            "403 | {\"code\": \"FORBIDDEN\", \"message\": \"no permission\"}         | NOT_PERMITTED",
            "404 |                                                                   | NOT_FOUND",
            "400 | {\"code\": \"MAX_REMINDERS_EXCEEDED\", \"message\": \"Max reminders\"} | LIMIT_REACHED",
            "429 | {\"code\": \"MAX_REMINDERS_EXCEEDED\"}                              | LIMIT_REACHED",
            "403 | {\"code\": \"DEVICE_NOT_SUPPORTED\"}                               | UNSUPPORTED_DEVICE",
            "400 | {\"code\": \"INVALID_RECURRENCE_PATTERN\"}                         | FAILED",
            "429 | {\"code\": \"TOO_MANY_REQUESTS\"}                                  | FAILED",
            "500 |                                                                   | FAILED",
            "503 | not json                                                          | FAILED",
    })
    void theStatusAndTheErrorCodeSayWhatHappened(int status, String body, Outcome expected) {
        api.respondWith(status, body == null ? "" : body);

        assertThat(client.createReminder(api.endpoint(), "token", DAILY).outcome()).isEqualTo(expected);
        assertThat(client.updateReminder(api.endpoint(), "token", "a1", DAILY).outcome()).isEqualTo(expected);
        assertThat(client.deleteReminder(api.endpoint(), "token", "a1").outcome()).isEqualTo(expected);
        assertThat(client.listReminders(api.endpoint(), "token").outcome()).isEqualTo(expected);
    }

    @Test
    void aCreateAnsweredWithoutATokenIsAFailure() {
        api.respondWith(200, "{\"status\": \"ON\"}");

        assertThat(client.createReminder(api.endpoint(), "token", DAILY).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void withoutAnAccessTokenNothingIsSent() {
        assertThat(client.createReminder(api.endpoint(), null, DAILY).outcome()).isEqualTo(Outcome.NOT_PERMITTED);
        assertThat(client.listReminders(api.endpoint(), " ").outcome()).isEqualTo(Outcome.NOT_PERMITTED);
        assertThat(client.deleteReminder(api.endpoint(), "token", "").outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(api.received()).isEmpty();
    }

    @Test
    void noAnswerIsAFailure() {
        assertThat(client.createReminder("http://127.0.0.1:1", "token", DAILY).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(client.listReminders("not a url", "token").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aCreateAnsweredAfterTheDeadlineIsFoundAmongTheRemindersAndNotMadeTwice() {
        try (FaultyAlexaApi alexa = new FaultyAlexaApi((person, n) -> n == 2 ? Fault.LATE_ANSWER : Fault.NONE)) {
            ReminderAnswer first = client.createReminder(alexa.endpoint(), "person-1", DAILY);

            assertThat(first.outcome()).as("found after all").isEqualTo(Outcome.OK);
            assertThat(alexa.reminders("Bearer person-1")).containsExactly(first.alertToken());

            ReminderAnswer again = client.createReminder(alexa.endpoint(), "person-1", DAILY);
            assertThat(again.alertToken()).isEqualTo(first.alertToken());
            assertThat(alexa.reminders("Bearer person-1")).hasSize(1);
        }
    }

    @Test
    void whenTheCreateAndTheReadAfterItBothFailAskingAgainMovesTheOneMadeInsteadOfAddingOne() {
        Reminder evening = new Reminder("FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1;", DAILY.requestTime(),
                DAILY.start(), DAILY.timeZoneId(), DAILY.text(), DAILY.locale());
        try (FaultyAlexaApi alexa = new FaultyAlexaApi((person, n) -> n == 2 ? Fault.SLOW_BODY
                : n == 3 ? Fault.SERVER_ERROR : Fault.NONE)) {
            assertThat(client.createReminder(alexa.endpoint(), "person-2", DAILY).outcome()).isEqualTo(Outcome.FAILED);
            assertThat(alexa.reminders("Bearer person-2")).as("made, though its answer never came").hasSize(1);

            ReminderAnswer again = client.createReminder(alexa.endpoint(), "person-2", evening);

            assertThat(again.outcome()).isEqualTo(Outcome.OK);
            assertThat(alexa.reminders("Bearer person-2")).containsExactly(again.alertToken());
            assertThat(alexa.rule("Bearer person-2", again.alertToken())).startsWith("FREQ=DAILY;BYHOUR=19");
        }
    }

    @Test
    void whenTheRemindersCannotBeReadNoneIsMade() {
        try (FaultyAlexaApi alexa = new FaultyAlexaApi((person, n) -> n == 1 ? Fault.SERVER_ERROR : Fault.NONE)) {
            assertThat(client.createReminder(alexa.endpoint(), "person-3", DAILY).outcome()).isEqualTo(Outcome.FAILED);
            assertThat(alexa.reminders("Bearer person-3")).isEmpty();
        }
    }

    @Test
    void stoppingTheReminderStopsEveryOtherTheSkillMadeToo() {
        try (FaultyAlexaApi alexa = new FaultyAlexaApi(FaultyAlexaApi.Policy.none())) {
            String kept = client.createReminder(alexa.endpoint(), "person-4", DAILY).alertToken();
            // One made by a create whose answer was lost before reading first existed: Alexa has two.
            postDirectly(alexa.endpoint(), "person-4");
            assertThat(alexa.reminders("Bearer person-4")).hasSize(2);

            ReminderAnswer stopped = client.deleteEveryReminder(alexa.endpoint(), "person-4", kept);

            assertThat(stopped.outcome()).isEqualTo(Outcome.OK);
            assertThat(alexa.reminders("Bearer person-4")).isEmpty();
        }
    }

    private static void postDirectly(String endpoint, String token) {
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(endpoint + "/v1/alerts/reminders"))
                    .header("Authorization", "Bearer " + token)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ReminderBodies.request(DAILY))).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
