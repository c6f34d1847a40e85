package com.backrelief.coach.devtools;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backrelief.coach.devtools.Conversation.Turn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conversation engine against a scripted skill: envelopes, sessions, dialog directives and speech as text. */
class ConversationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A skill that answers from a script and keeps every request it was sent. */
    private static final class ScriptedSkill implements RequestStreamHandler {

        final Deque<String> responses = new ArrayDeque<>();
        final List<JsonNode> requests = new ArrayList<>();

        ScriptedSkill then(String response) {
            responses.add(response);
            return this;
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            requests.add(JSON.readTree(input));
            output.write(responses.isEmpty() ? "{}".getBytes(StandardCharsets.UTF_8)
                    : responses.removeFirst().getBytes(StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<speak>Hold it. <break time=\"1500ms\"/> <break time=\"1500ms\"/> Relax.</speak> | Hold it. [pause 3s] Relax.",
            "<speak>Breathe in.<break time=\"1s\"/><break time=\"500ms\"/>And out.</speak>     | Breathe in. [pause 1.5s] And out.",
            "<speak>One <break time=\"400ms\"/> two</speak>                                    | One [pause 0.4s] two",
            "<speak>Heat &amp; ice, &lt;gently&gt; &quot;slowly&quot; it&apos;s fine</speak> | Heat & ice, <gently> \"slowly\" it's fine",
            "<speak><p>First.</p><p>Second, <emphasis>really</emphasis>.</p></speak>         | First. Second, really.",
            "<speak>Hold. <audio src=\"soundbank://soundlibrary/bell/chimes/chimes_03\"/> <break time=\"5000ms\"/> <audio src='https://example.com/end.mp3'/>Lower.</speak> | Hold. [sound: chimes_03] [pause 5s] [sound: end] Lower.",
    })
    void ssmlReadsAsPlainText(String ssml, String text) {
        assertEquals(text, Conversation.PlainText.of(ssml));
    }

    @Test
    void aSessionCarriesItsAttributesUntilTheSkillEndsIt(@TempDir Path dir) throws IOException {
        ScriptedSkill skill = new ScriptedSkill()
                .then(ask("Hello?", "{\"count\": 1}"))
                .then("{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"Bye.\"},"
                        + "\"shouldEndSession\":true}}")
                .then(ask("Yes?", "{}"));
        Conversation conversation = conversation(skill, dir);

        Turn hello = conversation.say("open back relief coach");
        Turn bye = conversation.say("no thanks");
        conversation.say("seven");

        assertEquals("Hello?", hello.speech());
        assertEquals("Bye.", bye.speech());
        assertTrue(bye.sessionEnded());
        JsonNode first = skill.requests.get(0);
        JsonNode second = skill.requests.get(1);
        JsonNode third = skill.requests.get(2);
        assertEquals("2026-11-21T08:00:00Z", first.path("request").path("timestamp").asText());
        assertEquals(1, second.path("session").path("attributes").path("count").asInt());
        assertFalse(second.path("session").path("new").asBoolean());
        assertEquals(first.path("session").path("sessionId"), second.path("session").path("sessionId"));
        assertNotEquals(first.path("request").path("requestId"), second.path("request").path("requestId"));
        assertTrue(third.path("session").path("new").asBoolean());
        assertEquals("IntentRequest", third.path("request").path("type").asText());
        assertNotEquals(first.path("session").path("sessionId"), third.path("session").path("sessionId"));
    }

    @Test
    void anElicitedSlotIsFilledFromTheNextUtterance(@TempDir Path dir) throws IOException {
        ScriptedSkill skill = new ScriptedSkill()
                .then(directive("How bad is it?", "{\"type\":\"Dialog.ElicitSlot\",\"slotToElicit\":\"level\","
                        + "\"updatedIntent\":{\"name\":\"PainHistoryIntent\",\"confirmationStatus\":\"NONE\",\"slots\":{"
                        + "\"since\":{\"name\":\"since\",\"value\":\"P2D\"},\"level\":{\"name\":\"level\"}}}}"))
                .then(ask("Thanks.", "{}"));
        Conversation conversation = conversation(skill, dir);

        conversation.say("ask back relief coach it has been two days");
        conversation.say("seven");

        JsonNode request = skill.requests.get(1).path("request");
        assertEquals("PainHistoryIntent", request.path("intent").path("name").asText());
        assertEquals("IN_PROGRESS", request.path("dialogState").asText());
        assertEquals("7", request.path("intent").path("slots").path("level").path("value").asText());
        assertEquals("P2D", request.path("intent").path("slots").path("since").path("value").asText());
    }

    @Test
    void afterDelegationAlexaPromptsForAMissingRequiredSlot(@TempDir Path dir) throws IOException {
        ScriptedSkill skill = new ScriptedSkill()
                .then(directive(null, "{\"type\":\"Dialog.Delegate\"}"))
                .then(directive(null, "{\"type\":\"Dialog.Delegate\"}"))
                .then(ask("Got it.", "{}"));
        Conversation conversation = conversation(skill, dir);

        Turn prompted = conversation.say("ask back relief coach it has been two days");
        Turn done = conversation.say("seven");

        assertEquals("On a scale of one to ten, how bad is it?", prompted.speech());
        assertEquals("STARTED", skill.requests.get(0).path("request").path("dialogState").asText());
        assertEquals("IN_PROGRESS", skill.requests.get(1).path("request").path("dialogState").asText());
        JsonNode completed = skill.requests.get(2).path("request");
        assertEquals("COMPLETED", completed.path("dialogState").asText());
        assertEquals("7", completed.path("intent").path("slots").path("level").path("value").asText());
        assertEquals("Got it.", done.speech());
    }

    private static Conversation conversation(ScriptedSkill skill, Path dir) throws IOException {
        UtteranceMatcher matcher = UtteranceMatcher.load(UtteranceMatcherTest.modelWithBuiltIns(dir), LocalFunction.SKILL_ID);
        return new Conversation(skill, matcher).clock(Clock.fixed(Instant.parse("2026-11-21T08:00:00.250Z"), ZoneOffset.UTC));
    }

    private static String ask(String text, String attributes) {
        return "{\"version\":\"1.0\",\"sessionAttributes\":" + attributes + ",\"response\":{\"outputSpeech\":"
                + "{\"type\":\"SSML\",\"ssml\":\"<speak>" + text + "</speak>\"},\"shouldEndSession\":false}}";
    }

    private static String directive(String text, String directive) {
        String speech = text == null ? "" : "\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"<speak>" + text + "</speak>\"},";
        return "{\"version\":\"1.0\",\"response\":{" + speech + "\"directives\":[" + directive + "]}}";
    }
}
