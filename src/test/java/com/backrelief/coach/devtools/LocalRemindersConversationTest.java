package com.backrelief.coach.devtools;

import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's reminder conversation, typed: the real skill, the matcher on the en-US model, and the local Alexa
 * API on loopback, which keeps the reminders and prints each call under the answer; the permission question is
 * answered by the next "yes".
 */
class LocalRemindersConversationTest {

    private static final String SCRIPT = """
            open back relief coach
            remind me to do my stretches every day at 8 am
            yes
            what reminders do I have
            move my reminder to 7 pm
            remind me on weekdays at lunchtime
            stop my reminders
            what reminders do I have
            """;

    @Test
    void aPersonSetsHearsMovesAndStopsADailyReminderAndEachCallReachesTheLocalApi(@TempDir Path dir) {
        try (LocalAlexaApi api = new LocalAlexaApi(ZoneId.of("Europe/London"), dir.resolve("reminders.json"))) {
            TestSkill skill = new TestSkill(new InMemoryProgressStore(), Clock.fixed(TestSkill.NOW, ZoneOffset.UTC), null);
            Conversation conversation = new Conversation(skill.handler(),
                    UtteranceMatcher.load(UtteranceMatcher.DEFAULT_MODEL, LocalFunction.SKILL_ID)).apiEndpoint(api.endpoint());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ConversationMode(conversation, new PrintStream(out, true, StandardCharsets.UTF_8), ssml -> { }, false, api::drain, null)
                    .talk(new BufferedReader(new StringReader(SCRIPT)), false);
            String printed = out.toString(StandardCharsets.UTF_8);

            assertThat(printed).contains("""
                    you> remind me to do my stretches every day at 8 am
                    alexa> To set reminders, I need your permission. Do you allow Back Relief Coach to set reminders? Say yes or no.
                    you> yes
                    alexa> Done. I'll remind you to stretch every day at 8 am.""");
            assertThat(printed).contains("  alexa api: POST /v1/alerts/reminders "
                    + "FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1; in Europe/London, en-US -> 201\n");
            assertThat(printed).contains("""
                    you> what reminders do I have
                    alexa> You have one reminder from me: to stretch every day at 8 am.""");
            assertThat(printed).contains("  alexa api: GET /v1/alerts/reminders -> 200\n");
            assertThat(printed).contains("alexa> Done. Your stretch reminder is now every day at 7 pm.");
            assertThat(printed).containsPattern("  alexa api: PUT /v1/alerts/reminders/local-reminder-\\w+ "
                    + "FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1; in Europe/London, en-US -> 200\n");
            assertThat(printed).contains("alexa> Done. I'll remind you to stretch every weekday at 12 noon.");
            assertThat(printed).contains("alexa> Okay, I've stopped your stretch reminder.");
            assertThat(printed).containsPattern("  alexa api: DELETE /v1/alerts/reminders/local-reminder-\\w+ -> 200\n");
            assertThat(printed).endsWith("alexa> You don't have a stretch reminder from me. To set one, say: remind me to "
                    + "stretch every day at 8 am. Would you like advice on heat or ice, a stretch explained, or a routine to follow?\n"
                    + "  alexa api: GET /v1/alerts/reminders -> 200\n");
            assertThat(api.reminders()).isEmpty();
            assertThat(conversation.granted()).containsExactly("alexa::alerts:reminders:skill:readwrite");
        }
    }

    @Test
    void noToThePermissionQuestionIsSentAsDeniedAndNothingIsSet(@TempDir Path dir) {
        try (LocalAlexaApi api = new LocalAlexaApi(ZoneId.of("Europe/London"), null)) {
            TestSkill skill = new TestSkill(new InMemoryProgressStore(), Clock.fixed(TestSkill.NOW, ZoneOffset.UTC), null);
            Conversation conversation = new Conversation(skill.handler(),
                    UtteranceMatcher.load(UtteranceMatcher.DEFAULT_MODEL, LocalFunction.SKILL_ID)).apiEndpoint(api.endpoint());
            conversation.say("open back relief coach");
            conversation.say("remind me to stretch at 8 am");

            Conversation.Turn denied = conversation.say("no");

            assertThat(denied.request().path("request").path("type").asText()).isEqualTo("Connections.Response");
            assertThat(denied.request().at("/request/payload/status").asText()).isEqualTo("DENIED");
            assertThat(denied.speech()).contains("You can allow reminders for Back Relief Coach in the Alexa app");
            assertThat(api.reminders()).isEmpty();
            assertThat(conversation.granted()).isEmpty();
        }
    }

    @Test
    void theLocalApiKeepsRemindersBetweenRunsAndAnswersAnUnknownTokenWithA404(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reminders.json");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String token;
        try (LocalAlexaApi api = new LocalAlexaApi(ZoneId.of("Asia/Tokyo"), file)) {
            var created = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.endpoint() + "/v1/alerts/reminders"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"trigger\":{\"type\":\"SCHEDULED_ABSOLUTE\"}}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).path("alertToken").asText();
            var zone = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.endpoint()
                    + "/v2/devices/d/settings/System.timeZone")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(zone.body()).isEqualTo("\"Asia/Tokyo\"");
            assertThat(api.drain()).extracting(LocalAlexaApi.Call::method).containsExactly("POST", "GET");
        }
        try (LocalAlexaApi again = new LocalAlexaApi(ZoneId.of("Asia/Tokyo"), file)) {
            assertThat(again.reminders()).containsOnlyKeys(token);
            var missing = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(again.endpoint()
                    + "/v1/alerts/reminders/no-such-token")).DELETE().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            List<LocalAlexaApi.Call> calls = again.drain();
            assertThat(calls).extracting(LocalAlexaApi.Call::line).containsExactly("DELETE /v1/alerts/reminders/no-such-token -> 404");
            JsonNode kept = again.reminders().get(token);
            assertThat(kept.at("/trigger/type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        }
    }
}
