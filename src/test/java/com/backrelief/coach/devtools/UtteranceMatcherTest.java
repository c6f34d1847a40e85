package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.UtteranceMatcher.Elicitation;
import com.backrelief.coach.devtools.UtteranceMatcher.Heard;
import com.backrelief.coach.devtools.UtteranceMatcher.Heard.How;
import com.backrelief.coach.devtools.UtteranceMatcher.Match;
import com.backrelief.coach.devtools.UtteranceMatcher.Opening;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
            "order me a pizza,               DescribeIntent,            -",
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
        Match match = MATCHER.match("start the evening yoga routine");

        assertEquals("StartRoutineIntent", match.name());
        assertEquals("evening yoga", match.slotValue("routine"));
        JsonNode authority = match.intent().path("slots").path("routine").path("resolutions").path("resolutionsPerAuthority").path(0);
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

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "remind me to do my stretches every day at 8 am       | SetReminderIntent    | days=MO,TU,WE,TH,FR,SA,SU time=08:00",
            "remind me on weekdays at lunchtime                  | SetReminderIntent    | days=MO,TU,WE,TH,FR timeWords=12:00",
            "remind me to stretch                                | SetReminderIntent    | ",
            "can you remind me to do my stretches at 7:30 pm     | SetReminderIntent    | time=19:30",
            "remind me to stretch at half past six in the evening | SetReminderIntent   | time=18:30",
            "set a daily reminder at noon                        | SetReminderIntent    | time=12:00",
            "remind me to stretch every morning                  | SetReminderIntent    | time=MO",
            "every day at this time                              | SetReminderIntent    | timeWords=now",
            "move my reminder to 7 pm                            | MoveReminderIntent   | time=19:00",
            "change my reminder to weekends                      | MoveReminderIntent   | days=SA,SU",
            "remind me at eight instead                          | MoveReminderIntent   | time=08:00",
            "what reminders do I have                            | ListRemindersIntent  | ",
            "when is my stretch reminder                         | ListRemindersIntent  | ",
            "do I have any reminders                             | ListRemindersIntent  | ",
            "stop my reminders                                   | CancelReminderIntent | ",
            "cancel my daily reminder                            | CancelReminderIntent | ",
            "stop reminding me to stretch                        | CancelReminderIntent | ",
            "remind me to take the ice pack off                  | SetTimerIntent       | ",
    })
    void theRemindersArePickedFromTheModelsSamples(String utterance, String intent, String slots) {
        Match match = MATCHER.match(utterance);

        assertEquals(intent, match.name(), match.heard().describe());
        for (String slot : slots == null ? new String[0] : slots.strip().split("\\s+")) {
            String[] nameAndValue = slot.split("=");
            String value = match.slotId(nameAndValue[0]) != null ? match.slotId(nameAndValue[0]) : match.slotValue(nameAndValue[0]);
            assertEquals(nameAndValue[1], value, utterance + ": " + nameAndValue[0]);
        }
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"8 am, 08:00", "eight a m, 08:00", "seven p m, 19:00", "7 30 pm, 19:30", "seven thirty, 07:30",
            "half past seven, 07:30", "quarter to nine in the evening, 20:45", "noon, 12:00", "midnight, 00:00",
            "19 00, 19:00", "eight o'clock, 08:00", "12 am, 00:00", "12 pm, 12:00", "evening, EV", "the morning, MO",
            "six in the morning, 06:00", "nine at night, 21:00"})
    void readsTimesAsAmazonTimeSendsThem(String words, String expected) {
        Match match = MATCHER.match("remind me to stretch at " + words);

        assertEquals("SetReminderIntent", match.name(), match.heard().describe());
        assertEquals(expected, match.slotValue("time"));
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

    // ---- Forgiving matching, on a small model written here (LISTENING_MODEL) so it does not follow the real one ----

    @TempDir
    static Path shared;
    private static UtteranceMatcher listening;

    @BeforeAll
    static void loadTheListeningModel() throws IOException {
        listening = UtteranceMatcher.load(Files.writeString(shared.resolve("listening.json"), LISTENING_MODEL), SKILL_ID);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} {2} ({3})")
    @CsvSource(nullValues = "-", value = {
            "how do I do the cat cow,             StretchInfoIntent,   cat-cow,     EXACT",
            "Tell me about CAT-COW!,              StretchInfoIntent,   cat-cow,     EXACT",
            "tell me about childs pose,           StretchInfoIntent,   childs-pose, EXACT",
            "what stretches do you know,          ListStretchesIntent, -,           EXACT",
            "okay,                                AMAZON.YesIntent,    -,           EXACT",
            "yes please,                          AMAZON.YesIntent,    -,           EXACT",
            "a bit better,                        CheckInIntent,       better,      EXACT",
            "i feel a bit better,                 CheckInIntent,       better,      EXACT",
            "i feel just right,                   CheckInIntent,       just-right,  EXACT",
            "well numbness,                       RedFlagIntent,       numbness,    EXACT",
            "show me just the cat cow,            QuickStretchIntent,  cat-cow,     EXACT",
    })
    void anExactMatchIsTheBest(String utterance, String intent, String id, How how) {
        assertHeard(utterance, intent, id, how);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} {2} ({3})")
    @CsvSource(nullValues = "-", value = {
            // fillers anywhere
            "um how do I do the cat cow,               StretchInfoIntent,   cat-cow,     FILLERS",
            "so like how do I do the cat cow please,   StretchInfoIntent,   cat-cow,     FILLERS",
            "tell me about uh you know the cat cow,    StretchInfoIntent,   cat-cow,     FILLERS",
            "hey alexa um stop,                        AMAZON.StopIntent,   -,           FILLERS",
            "i feel kind of worse,                     CheckInIntent,       worse,       FILLERS",
            // inside a custom value that does not resolve with them: the value resolves without them
            "show me the um cat cow,                   StretchInfoIntent,   cat-cow,     FILLERS",
            "i feel just better,                       CheckInIntent,       better,      FILLERS",
            // some only at the start or the end
            "okay stop,                                AMAZON.StopIntent,   -,           FILLERS",
            "stop okay,                                AMAZON.StopIntent,   -,           FILLERS",
            "well i have numbness in my legs,          RedFlagIntent,       numbness,    FILLERS",
            "can you tell me about the cat cow,        StretchInfoIntent,   cat-cow,     FILLERS",
            "right what stretches do you know,         ListStretchesIntent, -,           FILLERS",
            "like the cat cow,                         StretchInfoIntent,   cat-cow,     FILLERS",
            // not fillers where they carry meaning, nor when the sample has the word
            "stop so,                                  AMAZON.FallbackIntent, -,         NOTHING",
            "i like the cat cow,                       AMAZON.FallbackIntent, -,         NOTHING",
            "do you know the cat cow,                  AMAZON.FallbackIntent, -,         NOTHING",
            "i feel well,                              CheckInIntent,       -,           EXACT",
    })
    void fillersAreLeftOutWhenThatMakesASampleMatch(String utterance, String intent, String id, How how) {
        assertHeard(utterance, intent, id, how);
    }

    @Test
    void theWordsLeftOutAreReported() {
        Heard heard = listening.match("so like how do I do the cat cow please").heard();

        assertEquals(List.of("so", "like", "please"), heard.fillers());
        assertEquals("how do I do the {stretch}", heard.sample());
        assertEquals("after fillers \"so\", \"like\", \"please\", sample \"how do I do the {stretch}\"", heard.describe());
        assertEquals("cat cow", listening.match("show me the um cat cow").slotValue("stretch"));
        assertEquals("well", listening.match("i feel well").slotValue("feeling"));
        assertEquals("ER_SUCCESS_NO_MATCH", listening.match("i feel well").slotStatus("feeling"));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} {2} ({3} {4})")
    @CsvSource(nullValues = "-", value = {
            // one extra word, one missing, one different: at least 75% of the literal words in order
            "tell me all about the cat cow,            StretchInfoIntent,   cat-cow,     SIMILAR,   0.86",
            "how many exercises are left now,          HowManyLeftIntent,   -,           SIMILAR,   0.91",
            "how many are left,                        HowManyLeftIntent,   -,           SIMILAR,   0.89",
            "how many exercise are left,               HowManyLeftIntent,   -,           SIMILAR,   0.80",
            "um how many exercises are left now,       HowManyLeftIntent,   -,           SIMILAR,   0.91",
            // the higher similarity wins, whatever the model order
            "what are the best stretches for,          BestForMeIntent,     -,           SIMILAR,   0.92",
            "what are the best stretches now,          ListStretchesIntent, -,           SIMILAR,   0.91",
            // same words in another order, for a sample without slots
            "what stretches you know do,               ListStretchesIntent, -,           REORDERED, 1.00",
            "pain in my legs no,                       DenialIntent,        -,           REORDERED, 1.00",
            // too far: two missing of five, three extra for five, a two-word sample, slots out of order
            "how many left,                            AMAZON.FallbackIntent, -,         NOTHING,   0",
            "how many exercises are left for me today, AMAZON.FallbackIntent, -,         NOTHING,   0",
            "slow down now,                            AMAZON.FallbackIntent, -,         NOTHING,   0",
            "about the cat cow tell me,                AMAZON.FallbackIntent, -,         NOTHING,   0",
    })
    void withoutAnExactMatchTheMostSimilarSampleAboveTheThresholdWins(String utterance, String intent, String id,
                                                                       How how, double similarity) {
        Match match = assertHeard(utterance, intent, id, how);

        assertEquals(similarity, match.heard().similarity(), 0.005);
    }

    @Test
    void aSimilarMatchIsExplainedWithItsScoreAndSample() {
        assertEquals("similarity 0.86 against sample \"tell me about {stretch}\"",
                listening.match("tell me all about the cat cow").heard().describe());
        assertEquals("similarity 1.00 against sample \"what stretches do you know\" (same words, another order)",
                listening.match("what stretches you know do").heard().describe());
        assertEquals("nothing matched", listening.match("order me a pizza").heard().describe());
    }

    @Test
    void anExactMatchBeatsASimilarOneEvenUnresolved() {
        Match match = listening.match("tell me about the cat cow thing");

        assertEquals(How.EXACT, match.heard().how());
        assertEquals("the cat cow thing", match.slotValue("stretch"));
        assertEquals("ER_SUCCESS_NO_MATCH", match.slotStatus("stretch"));
    }

    @Test
    void aResolvedMatchAfterFillersBeatsAnUnresolvedExactOne() {
        Match exactButUnresolved = listening.match("well i have numbness in my legs");

        assertEquals("RedFlagIntent", exactButUnresolved.name());
        assertEquals("i have {symptom} in my legs", exactButUnresolved.heard().sample(), "not \"well {symptom}\"");
        assertEquals("numbness", exactButUnresolved.slotId("symptom"));
    }

    @ParameterizedTest(name = "\"{0}\" is not {1}")
    @CsvSource({
            // "i have {symptom} in my legs" would be 0.83 with "do not" as two extra words
            "i do not have numbness in my legs,  RedFlagIntent",
            // "there is no {symptom} in my legs" without its "no"
            "there is numbness in my legs,       DenialIntent",
            // "no pain in my legs" without its "no", in any order
            "pain in my legs,                    DenialIntent",
    })
    void aSimilarMatchNeverSkipsOrMissesANegation(String utterance, String intent) {
        Match match = listening.match(utterance);

        assertNotEquals(intent, match.name());
        assertEquals(UtteranceMatcher.FALLBACK, match.name());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}={2} {3}")
    @CsvSource(nullValues = "-", value = {
            "tell me about my cat camel,           stretch, my cat camel,  cat-cow",
            "tell me about the Kids' Pose,         stretch, the kids pose, childs-pose",
            "tell me about a cat cow,              stretch, a cat cow,     cat-cow",
            "tell me about handstands,             stretch, handstands,    -",
            "tell me all about the cat cows,       stretch, the cat cows,  -",
            "give me five minutes of stretching,   minutes, 5,             -",
            "give me 12 minutes stretching,        minutes, 12,            -",
    })
    void slotValuesResolveOnlyOnTheirValuesAndSynonyms(String utterance, String slot, String value, String id) {
        Match match = listening.match(utterance);

        assertEquals(value, match.slotValue(slot));
        assertEquals(id, match.slotId(slot));
    }

    @Test
    void anUnknownCustomValueIsPassedThroughUnresolved() {
        JsonNode authority = listening.match("tell me about handstands").intent().path("slots").path("stretch")
                .path("resolutions").path("resolutionsPerAuthority").path(0);

        assertEquals("ER_SUCCESS_NO_MATCH", authority.path("status").path("code").asText());
        assertFalse(authority.has("values"));
    }

    @Test
    void aSearchQueryTakesTheRawWordsWithNoResolutions() {
        Match match = listening.match("search for um back pain exercises");
        JsonNode query = match.intent().path("slots").path("query");

        assertEquals("SearchIntent", match.name());
        assertEquals("um back pain exercises", query.path("value").asText());
        assertFalse(query.has("resolutions"));
    }

    @Test
    void aNumberSlotMustHoldANumberEvenInASimilarMatch() {
        assertEquals(UtteranceMatcher.FALLBACK, listening.match("give me some minutes of stretching").name());
    }

    /** Whatever the kind of match, a resolved id only comes with words that are the value or one of its synonyms. */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
            "tell me all about the cat cow", "tell me all about the cat cows", "tell me a lot about cat camel",
            "show me the um cat cow", "show me the cat", "how do I do the cat cow stretch", "how do I do a the kids pose",
            "so tell me more about the pose", "i feel just better", "i feel better-ish", "i feel a bit worse now",
            "well i have pins and needles in my legs", "i have needles in my legs", "i have numb in both my legs",
            "i have um weakness and numbness in my legs", "what about the child's pose please",
    })
    void noMatchInventsAResolvedValue(String utterance) {
        Match match = listening.match(utterance);

        match.intent().path("slots").fields().forEachRemaining(slot -> {
            String id = match.slotId(slot.getKey());
            if (id != null) {
                String said = withoutArticle(normalised(slot.getValue().path("value").asText()));
                assertTrue(SYNONYMS.get(id).stream().map(s -> withoutArticle(normalised(s))).anyMatch(said::equals),
                        utterance + ": \"" + said + "\" resolved to " + id);
            }
        });
    }

    @Test
    void anElicitedSlotIsFilledFromTheWholeUtteranceWithoutItsFillers(@TempDir Path dir) throws IOException {
        UtteranceMatcher matcher = UtteranceMatcher.load(modelWithBuiltIns(dir), SKILL_ID);
        JsonNode updated = matcher.match("it has been two days").intent();

        Match match = matcher.match("um, seven", new Elicitation("PainHistoryIntent", "level", updated));

        assertEquals("IN_PROGRESS", match.dialogState());
        assertEquals("7", match.slotValue("level"));
        assertEquals(new Heard(How.ELICITED, 1.0, null, List.of("um"), "level"), match.heard());
        assertEquals("the elicited slot level, from the whole utterance, leaving out \"um\"", match.heard().describe());
    }

    @ParameterizedTest(name = "\"{0}\" opens the skill; one-shot: {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "hey alexa um open back relief coach please,                   -,                 -",
            "okay launch back relief coach,                                -,                 -",
            "alexa can you ask back relief coach to tell me about the cat cow, StretchInfoIntent, cat-cow",
            "um ask back relief coach please,                              -,                 -",
    })
    void fillersAroundTheInvocationAreLeftOut(String utterance, String oneShotIntent, String id) {
        Optional<Opening> opening = listening.open(utterance);

        assertTrue(opening.isPresent());
        if (oneShotIntent == null) {
            assertTrue(opening.get().launch());
        } else {
            assertEquals(oneShotIntent, opening.get().oneShot().name());
            assertEquals(id, opening.get().oneShot().slotId("stretch"));
            assertEquals(How.EXACT, opening.get().oneShot().heard().how(), "without the \"to\"");
        }
    }

    /**
     * Not a timed assertion: 1,000 matches of phrasings made from a generated model of 8,000 samples over 40
     * intents (typed as said, with fillers, a word dropped or added, two swapped, or random), after 500 to warm
     * up, with the timings printed.
     */
    @Test
    void matchingStaysFastOnABigModel(@TempDir Path dir) throws IOException {
        Random random = new Random(20261201L);
        BigModel big = BigModel.generate(random, 40, 200);
        Path model = dir.resolve("big.json");
        Files.writeString(model, big.json());
        long loadStart = System.nanoTime();
        UtteranceMatcher matcher = UtteranceMatcher.load(model, SKILL_ID);
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        for (int i = 0; i < 500; i++) {
            matcher.match(big.utterance(random));
        }
        List<String> utterances = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            utterances.add(big.utterance(random));
        }
        long[] nanos = new long[utterances.size()];
        Map<How, Integer> kinds = new EnumMap<>(How.class);
        for (int i = 0; i < utterances.size(); i++) {
            long start = System.nanoTime();
            Match match = matcher.match(utterances.get(i));
            nanos[i] = System.nanoTime() - start;
            kinds.merge(match.heard().how(), 1, Integer::sum);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(nanos).sum() / 1e6;
        System.out.printf(Locale.ROOT, "UtteranceMatcher on %d samples over %d intents: load %.0f ms; 1000 matches "
                        + "%.0f ms, mean %.3f ms, median %.3f ms, p99 %.3f ms, max %.3f ms; %s%n",
                big.samples(), 40, loadMs, total, total / nanos.length, sorted[nanos.length / 2] / 1e6,
                sorted[nanos.length * 99 / 100] / 1e6, sorted[nanos.length - 1] / 1e6, kinds);
        assertEquals(8000, big.samples());
        assertTrue(kinds.getOrDefault(How.EXACT, 0) > 0 && kinds.getOrDefault(How.SIMILAR, 0) > 0, kinds.toString());
    }

    private static Match assertHeard(String utterance, String intent, String id, How how) {
        Match match = listening.match(utterance);
        String said = "\"" + utterance + "\" heard as " + match.name() + ", " + match.heard().describe();
        assertEquals(intent, match.name(), said);
        assertEquals(how, match.heard().how(), said);
        if (id != null || match.intent().path("slots").size() > 0) {
            String slot = match.intent().path("slots").fieldNames().hasNext()
                    ? match.intent().path("slots").fieldNames().next() : null;
            assertEquals(id, slot == null ? null : match.slotId(slot), said);
        }
        return match;
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    }

    private static String withoutArticle(String text) {
        return text.replaceFirst("^(a|an|the|my) ", "");
    }

    /** Each id of LISTENING_MODEL's custom types with its value and synonyms. */
    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "cat-cow", List.of("cat cow", "cat camel"),
            "childs-pose", List.of("child's pose", "kids pose"),
            "better", List.of("better", "a bit better", "a lot better"),
            "just-right", List.of("just right"),
            "worse", List.of("worse"),
            "numbness", List.of("numbness", "pins and needles"),
            "weakness", List.of("weakness"));

    /** Samples chosen to tell the kinds of match apart; the types' values are SYNONYMS. */
    private static final String LISTENING_MODEL = """
            {"interactionModel": {"languageModel": {
              "invocationName": "back relief coach",
              "intents": [
                {"name": "StretchInfoIntent", "slots": [{"name": "stretch", "type": "STRETCH"}],
                 "samples": ["how do I do the {stretch}", "tell me about {stretch}", "show me the {stretch}",
                             "the {stretch}", "{stretch}"]},
                {"name": "QuickStretchIntent", "slots": [{"name": "stretch", "type": "STRETCH"}],
                 "samples": ["show me just {stretch}"]},
                {"name": "ListStretchesIntent", "samples": ["what stretches do you know", "what are the best stretches"]},
                {"name": "BestForMeIntent", "samples": ["what are the best stretches for me"]},
                {"name": "CheckInIntent", "slots": [{"name": "feeling", "type": "FEELING"}],
                 "samples": ["i feel {feeling}", "a bit {feeling}"]},
                {"name": "RedFlagIntent", "slots": [{"name": "symptom", "type": "SYMPTOM"}],
                 "samples": ["i have {symptom} in my legs", "well {symptom}"]},
                {"name": "DenialIntent", "slots": [{"name": "symptom", "type": "SYMPTOM"}],
                 "samples": ["there is no {symptom} in my legs", "no pain in my legs"]},
                {"name": "HowManyLeftIntent", "samples": ["how many exercises are left"]},
                {"name": "RoutineIntent", "slots": [{"name": "minutes", "type": "AMAZON.NUMBER"}],
                 "samples": ["give me {minutes} minutes of stretching"]},
                {"name": "SearchIntent", "slots": [{"name": "query", "type": "AMAZON.SearchQuery"}],
                 "samples": ["search for {query}"]},
                {"name": "SlowerIntent", "samples": ["slow down"]},
                {"name": "AMAZON.YesIntent", "samples": ["okay", "yes please"]},
                {"name": "AMAZON.StopIntent", "samples": []},
                {"name": "AMAZON.FallbackIntent", "samples": []}
              ],
              "types": [
                {"name": "STRETCH", "values": [
                  {"id": "cat-cow", "name": {"value": "cat cow", "synonyms": ["cat camel"]}},
                  {"id": "childs-pose", "name": {"value": "child's pose", "synonyms": ["kids pose"]}}]},
                {"name": "FEELING", "values": [
                  {"id": "better", "name": {"value": "better", "synonyms": ["a bit better", "a lot better"]}},
                  {"id": "just-right", "name": {"value": "just right"}},
                  {"id": "worse", "name": {"value": "worse"}}]},
                {"name": "SYMPTOM", "values": [
                  {"id": "numbness", "name": {"value": "numbness", "synonyms": ["pins and needles"]}},
                  {"id": "weakness", "name": {"value": "weakness"}}]}
              ]}}}
            """;

    /** A generated model of the size a grown skill might reach: common words frequent, as in speech. */
    private record BigModel(ObjectNode root, List<List<String>> phrasings, List<String> values) {

        private static final List<String> COMMON = List.of("i", "my", "the", "a", "to", "is", "it", "do", "how",
                "what", "can", "you", "me", "for", "of", "and", "in", "on", "with", "should");
        private static final List<String> FILLERS = List.of("um", "please", "so", "just", "you know", "like", "okay");

        static BigModel generate(Random random, int intents, int perIntent) {
            List<String> vocabulary = new ArrayList<>(COMMON);
            for (int i = 0; i < 600; i++) {
                vocabulary.add(word(random));
            }
            ObjectNode root = new ObjectMapper().createObjectNode();
            ObjectNode language = root.putObject("interactionModel").putObject("languageModel")
                    .put("invocationName", "back relief coach");
            ArrayNode types = language.putArray("types");
            List<String> values = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                ArrayNode typeValues = types.addObject().put("name", "TYPE_" + t).putArray("values");
                for (int v = 0; v < 30; v++) {
                    String value = word(random) + (random.nextBoolean() ? " " + word(random) : "");
                    values.add(value);
                    typeValues.addObject().put("id", "t" + t + "v" + v).putObject("name").put("value", value)
                            .putArray("synonyms").add(word(random));
                }
            }
            ArrayNode intentList = language.putArray("intents");
            List<List<String>> phrasings = new ArrayList<>();
            for (int i = 0; i < intents; i++) {
                ObjectNode intent = intentList.addObject().put("name", "Intent" + i);
                ArrayNode slots = intent.putArray("slots");
                slots.addObject().put("name", "thing").put("type", "TYPE_" + (i % 10));
                slots.addObject().put("name", "count").put("type", "AMAZON.NUMBER");
                ArrayNode samples = intent.putArray("samples");
                for (int s = 0; s < perIntent; s++) {
                    List<String> parts = new ArrayList<>();
                    int length = 3 + random.nextInt(7);
                    for (int w = 0; w < length; w++) {
                        parts.add(random.nextInt(3) == 0 ? COMMON.get(random.nextInt(COMMON.size()))
                                : vocabulary.get(random.nextInt(vocabulary.size())));
                    }
                    int slotCount = random.nextInt(3);
                    for (int k = 0; k < slotCount; k++) {
                        parts.add(random.nextInt(parts.size() + 1), k == 0 ? "{thing}" : "{count}");
                    }
                    samples.add(String.join(" ", parts));
                    phrasings.add(parts);
                }
            }
            intentList.addObject().put("name", "AMAZON.FallbackIntent").putArray("samples");
            return new BigModel(root, phrasings, values);
        }

        int samples() {
            return phrasings.size();
        }

        String json() {
            return root.toString();
        }

        /** A sample said with values in its slots, then changed: as is, with fillers, a word dropped or added, two swapped, or random words. */
        String utterance(Random random) {
            List<String> words = new ArrayList<>();
            for (String part : phrasings.get(random.nextInt(phrasings.size()))) {
                words.add(switch (part) {
                    case "{thing}" -> values.get(random.nextInt(values.size()));
                    case "{count}" -> String.valueOf(1 + random.nextInt(20));
                    default -> part;
                });
            }
            switch (random.nextInt(6)) {
                case 1 -> words.add(random.nextInt(words.size() + 1), FILLERS.get(random.nextInt(FILLERS.size())));
                case 2 -> words.remove(random.nextInt(words.size()));
                case 3 -> words.add(random.nextInt(words.size() + 1), word(random));
                case 4 -> {
                    int at = random.nextInt(words.size() - 1);
                    words.add(at + 1, words.remove(at));
                }
                case 5 -> {
                    words.clear();
                    for (int w = 0; w < 3 + random.nextInt(10); w++) {
                        words.add(random.nextInt(3) == 0 ? COMMON.get(random.nextInt(COMMON.size())) : word(random));
                    }
                }
                default -> { }
            }
            return String.join(" ", words);
        }

        private static String word(Random random) {
            String consonants = "bcdfghklmnprstvw";
            String vowels = "aeiou";
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < 2 + random.nextInt(2); s++) {
                word.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            return word.toString();
        }
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
