package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.UtteranceMatcher.Elicitation;
import com.backrelief.coach.devtools.UtteranceMatcher.Match;
import com.backrelief.coach.devtools.UtteranceMatcher.Opening;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UtteranceMatcherTest {

    private static final String SKILL_ID = LocalFunction.SKILL_ID;
    private static final UtteranceMatcher MATCHER = UtteranceMatcher.load(UtteranceMatcher.DEFAULT_MODEL, SKILL_ID);

    @ParameterizedTest(name = "\"{0}\" -> {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "how do I do a cat cow,          StretchInfoIntent,         cat-cow",
            "tell me about child's pose,     StretchInfoIntent,         childs-pose",
            "explain the glute bridge,       StretchInfoIntent,         glute-bridge",
            "how do I do the kids pose,      StretchInfoIntent,         childs-pose",
            "What's a Bird Dog?,             StretchInfoIntent,         bird-dog",
            "whats the plank,                StretchInfoIntent,         plank",
            "tell me about childs pose,      StretchInfoIntent,         childs-pose",
            "cat-cow,                        StretchInfoIntent,         cat-cow",
            "what stretches do you know,     ListStretchesIntent,       -",
            "help,                           AMAZON.HelpIntent,         -",
            "what can you do,                AMAZON.HelpIntent,         -",
            "stop,                           AMAZON.StopIntent,         -",
            "I'm done,                       AMAZON.StopIntent,         -",
            "cancel,                         AMAZON.CancelIntent,       -",
            "never mind,                     AMAZON.CancelIntent,       -",
            "go home,                        AMAZON.NavigateHomeIntent, -",
            "order me a pizza,               AMAZON.FallbackIntent,     -",
            "yes,                            AMAZON.YesIntent,          -",
    })
    void matchesTheIntentAlexaWouldSend(String utterance, String intent, String stretchId) {
        Match match = MATCHER.match(utterance);

        assertEquals(intent, match.name());
        assertEquals(stretchId, match.slotId("stretch"));
    }

    @Test
    void resolvesCustomValuesAsAlexaDoes() {
        JsonNode slot = MATCHER.match("how do I do the kids pose").intent().path("slots").path("stretch");

        assertEquals("kids pose", slot.path("value").asText());
        JsonNode authority = slot.path("resolutions").path("resolutionsPerAuthority").path(0);
        assertEquals("amzn1.er-authority.echo-sdk." + SKILL_ID + ".STRETCH_NAME", authority.path("authority").asText());
        assertEquals("ER_SUCCESS_MATCH", authority.path("status").path("code").asText());
        assertEquals("child's pose", authority.path("values").path(0).path("value").path("name").asText());
    }

    @Test
    void anUnknownValueWithACarrierPhraseIsSentUnresolved() {
        Match match = MATCHER.match("how do I do a handstand");

        assertEquals("StretchInfoIntent", match.name());
        assertEquals("handstand", match.slotValue("stretch"));
        JsonNode authority = match.intent().path("slots").path("stretch").path("resolutions").path("resolutionsPerAuthority").path(0);
        assertEquals("ER_SUCCESS_NO_MATCH", authority.path("status").path("code").asText());
        assertFalse(authority.has("values"));
    }

    @Test
    void slotsNotSaidAreSentWithTheirNameOnly(@TempDir Path dir) throws IOException {
        UtteranceMatcher matcher = UtteranceMatcher.load(modelWithBuiltIns(dir), SKILL_ID);

        JsonNode level = matcher.match("it has been two days").intent().path("slots").path("level");

        assertEquals(new ObjectMapper().createObjectNode().put("name", "level"), level);
    }

    @ParameterizedTest(name = "\"{0}\" opens the skill; one-shot: {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "open back relief coach,                           -,                 -",
            "Launch Back Relief Coach,                         -,                 -",
            "talk to back relief coach,                        -,                 -",
            "back relief coach,                                -,                 -",
            "ask back relief coach how do I do a bridge,       StretchInfoIntent, glute-bridge",
            "ask back relief coach to explain the cat cow,     StretchInfoIntent, cat-cow",
            "tell back relief coach what stretches do you know, ListStretchesIntent, -",
    })
    void opensTheSkill(String utterance, String oneShotIntent, String stretchId) {
        Optional<Opening> opening = MATCHER.open(utterance);

        assertTrue(opening.isPresent());
        if (oneShotIntent == null) {
            assertTrue(opening.get().launch());
        } else {
            assertEquals(oneShotIntent, opening.get().oneShot().name());
            assertEquals(stretchId, opening.get().oneShot().slotId("stretch"));
        }
    }

    @Test
    void anOrdinaryUtteranceDoesNotOpenTheSkill() {
        assertTrue(MATCHER.open("how do I do a cat cow").isEmpty());
    }

    @ParameterizedTest(name = "{1} \"{0}\" -> {2}")
    @CsvSource({
            "three weeks,                AMAZON.DURATION, P3W",
            "two days,                   AMAZON.DURATION, P2D",
            "5 minutes,                  AMAZON.DURATION, PT5M",
            "an hour,                    AMAZON.DURATION, PT1H",
            "an hour and ten minutes,    AMAZON.DURATION, PT1H10M",
            "twenty five,                AMAZON.NUMBER,   25",
            "seven,                      AMAZON.NUMBER,   7",
            "a hundred and ten,          AMAZON.NUMBER,   110",
            "12,                         AMAZON.NUMBER,   12",
    })
    void readsBuiltInSlotTypes(String utterance, String type, String expected, @TempDir Path dir) throws IOException {
        UtteranceMatcher matcher = UtteranceMatcher.load(modelWithBuiltIns(dir), SKILL_ID);
        boolean duration = type.equals("AMAZON.DURATION");

        Match match = matcher.match(duration ? "it has been " + utterance : "do " + utterance + " of them");

        assertEquals(duration ? "PainHistoryIntent" : "CountIntent", match.name());
        assertEquals(expected, match.slotValue(duration ? "since" : "count"));
    }

    @Test
    void yesterdayIsNotADuration(@TempDir Path dir) throws IOException {
        UtteranceMatcher matcher = UtteranceMatcher.load(modelWithBuiltIns(dir), SKILL_ID);

        assertEquals(UtteranceMatcher.FALLBACK, matcher.match("it has been yesterday").name());
    }

    @Test
    void builtInIntentsAnswerOnlyWhenTheModelHasThem(@TempDir Path dir) throws IOException {
        UtteranceMatcher matcher = UtteranceMatcher.load(modelWithBuiltIns(dir), SKILL_ID);

        assertEquals("AMAZON.YesIntent", matcher.match("yes please").name());
        assertEquals("AMAZON.NextIntent", matcher.match("I'm ready").name());
        assertEquals(UtteranceMatcher.FALLBACK, matcher.match("stop").name());
    }

    @Test
    void anElicitedSlotIsFilledFromTheWholeUtterance(@TempDir Path dir) throws IOException {
        UtteranceMatcher matcher = UtteranceMatcher.load(modelWithBuiltIns(dir), SKILL_ID);
        JsonNode updated = matcher.match("it has been two days").intent();

        Match match = matcher.match("seven", new Elicitation("PainHistoryIntent", "level", updated));

        assertEquals("PainHistoryIntent", match.name());
        assertEquals("IN_PROGRESS", match.dialogState());
        assertEquals("7", match.slotValue("level"));
        assertEquals("P2D", match.slotValue("since"));
    }

    @Test
    void anElicitationGivesWayToAnotherIntentWhenTheAnswerDoesNotFit(@TempDir Path dir) throws IOException {
        UtteranceMatcher matcher = UtteranceMatcher.load(modelWithBuiltIns(dir), SKILL_ID);

        Match match = matcher.match("no thanks", new Elicitation("PainHistoryIntent", "level", null));

        assertEquals("AMAZON.NoIntent", match.name());
        assertNull(match.dialogState());
    }

    @Test
    void anIntentWithADialogStartsItsDialog(@TempDir Path dir) throws IOException {
        UtteranceMatcher matcher = UtteranceMatcher.load(modelWithBuiltIns(dir), SKILL_ID);

        Match match = matcher.match("it has been two days");

        assertEquals("STARTED", match.dialogState());
        assertEquals(Optional.of(new UtteranceMatcher.Prompt("level", "On a scale of one to ten, how bad is it?")),
                matcher.missingRequiredSlot(match.intent()));
    }

    /** A model with built-in slot types and intents, and a dialog that requires one slot. */
    static Path modelWithBuiltIns(Path dir) throws IOException {
        Path model = dir.resolve("model.json");
        Files.writeString(model, """
                {"interactionModel": {"languageModel": {
                  "invocationName": "back relief coach",
                  "intents": [
                    {"name": "PainHistoryIntent",
                     "slots": [{"name": "since", "type": "AMAZON.DURATION"}, {"name": "level", "type": "AMAZON.NUMBER"}],
                     "samples": ["it has been {since}", "my pain is {level}"]},
                    {"name": "CountIntent", "slots": [{"name": "count", "type": "AMAZON.NUMBER"}],
                     "samples": ["do {count} of them"]},
                    {"name": "AMAZON.YesIntent", "samples": []},
                    {"name": "AMAZON.NoIntent", "samples": []},
                    {"name": "AMAZON.NextIntent", "samples": []},
                    {"name": "AMAZON.FallbackIntent", "samples": []}
                  ],
                  "types": []},
                  "dialog": {"intents": [{"name": "PainHistoryIntent", "slots": [
                    {"name": "since", "type": "AMAZON.DURATION", "elicitationRequired": false, "prompts": {}},
                    {"name": "level", "type": "AMAZON.NUMBER", "elicitationRequired": true,
                     "prompts": {"elicitation": "Elicit.Slot.level"}}]}]},
                  "prompts": [{"id": "Elicit.Slot.level",
                    "variations": [{"type": "PlainText", "value": "On a scale of one to ten, how bad is it?"}]}]}}
                """);
        return model;
    }
}
