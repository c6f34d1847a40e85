package com.backrelief.coach.devtools.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule Alexa enforces on a model, broken on purpose in a small model that otherwise keeps them all. */
class ModelRulesTest {

    private static final ContentSources CONTENT = ContentSources.load();

    /** A small model keeping every rule; %1$s is more intents, %2$s more slot types, %3$s the invocation name. */
    private static final String BASE = """
            invocationName: %3$s
            intents:
              - name: StretchInfoIntent
                slots: {stretch: STRETCH_NAME}
                samples: ["how do I do (a|the) {stretch}", "explain {stretch}"]
            %1$s
              - name: AMAZON.CancelIntent
              - name: AMAZON.HelpIntent
                samples: [what can I say]
              - name: AMAZON.StopIntent
              - name: AMAZON.NavigateHomeIntent
            types:
              STRETCH_NAME:
                - {id: cat-cow, value: cat cow, synonyms: [cat camel]}
                - {id: plank, value: plank, synonyms: [front plank]}
            %2$s
            dialog:
              intents:
                - name: StretchInfoIntent
                  slots:
                    - {name: stretch, type: STRETCH_NAME, elicitationRequired: true, prompts: {elicitation: Which}}
            prompts:
              - id: Which
                variations: [{type: PlainText, value: "Which stretch?"}]
            locales:
              en-US: {}
            """;

    private static ObjectNode model(String intents, String types) {
        return model(intents, types, "back relief coach");
    }

    private static ObjectNode model(String intents, String types, String invocationName) {
        return ModelGenerator.generate(ModelSource.parse(BASE.formatted(intents, types, invocationName)), CONTENT,
                "en-US");
    }

    private static List<String> problems(String intents) {
        return ModelRules.check(model(intents, ""));
    }

    private static ArrayNode intents(ObjectNode model) {
        return (ArrayNode) ModelGenerator.languageModel(model).path("intents");
    }

    @Test
    void theSmallModelKeepsEveryRule() {
        assertThat(ModelRules.check(model("", ""))).isEmpty();
    }

    @Test
    void aValueWithNoSynonymIsAnError() {
        // The Skill Management API's schema (checked in CI) wants at least one synonym for every value.
        ObjectNode model = model("", "");
        ObjectNode type = (ObjectNode) ModelGenerator.languageModel(model).path("types").get(0);
        ((ObjectNode) type.path("values").get(0).path("name")).putArray("synonyms");

        assertThat(ModelRules.check(model)).anyMatch(problem -> problem.contains("no synonym"));
    }

    @Test
    void aSampleInTwoIntentsIsAnErrorWhateverItsCase() {
        assertThat(problems("""
                  - name: DescribeIntent
                    slots: {stretch: STRETCH_NAME}
                    samples: ["Explain {stretch}"]
                """)).singleElement().asString()
                .contains("'Explain {stretch}' belongs to both StretchInfoIntent and DescribeIntent");
    }

    @Test
    void aSampleTwiceInOneIntentIsAnError() {
        ObjectNode model = model("", "");
        ((ArrayNode) intents(model).get(0).path("samples")).add("EXPLAIN {stretch}");

        assertThat(ModelRules.check(model)).singleElement().asString().contains("is listed twice");
    }

    @Test
    void eachSlotOfASampleIsDeclaredInItsIntent() {
        ObjectNode model = model("", "");
        ((ArrayNode) intents(model).get(0).path("samples")).add("stretch my {muscle}");

        assertThat(ModelRules.check(model)).singleElement().asString()
                .contains("the slot {muscle} is not declared in the intent");
    }

    @Test
    void aSlotsTypeIsBuiltInOrDeclared() {
        assertThat(problems("""
                  - name: TimerIntent
                    slots: {length: AMAZON.DURATION, pack: PACK}
                    samples: ["time my {pack} for {length}"]
                """)).singleElement().asString().contains("has the type PACK, which is neither built in nor declared");
    }

    @Test
    void samplesStayWithinTheLengthLimit() {
        String words = "my back hurts ".repeat(15).strip();
        assertThat(words.length()).isGreaterThan(ModelRules.MAX_SAMPLE_LENGTH);

        assertThat(problems("  - name: LongIntent\n    samples: [" + words + "]\n")).singleElement().asString()
                .contains("longer than " + ModelRules.MAX_SAMPLE_LENGTH + " characters");
    }

    @Test
    void samplesSpellNumbersOut() {
        assertThat(problems("  - name: TimeIntent\n    samples: [i have 10 minutes]\n")).singleElement().asString()
                .contains("spell numbers out");
    }

    @Test
    void aSearchQuerySampleNeedsACarrierPhrase() {
        assertThat(problems("""
                  - name: AskIntent
                    slots: {question: AMAZON.SearchQuery}
                    samples: ["{question}", "i want to ask {question}"]
                """)).singleElement().asString().contains("'{question}'").contains("needs a carrier phrase");
    }

    @Test
    void aSearchQuerySampleHasNoOtherSlot() {
        assertThat(problems("""
                  - name: AskIntent
                    slots: {question: AMAZON.SearchQuery, stretch: STRETCH_NAME}
                    samples: ["ask about {stretch} {question}", "ask about {stretch}"]
                """)).singleElement().asString().contains("may have no other slot");
    }

    @Test
    void anIntentHasOneSearchQuerySlotAtMost() {
        assertThat(problems("""
                  - name: AskIntent
                    slots: {question: AMAZON.SearchQuery, more: AMAZON.SearchQuery}
                    samples: ["ask {question}", "and also {more}"]
                """)).singleElement().asString().contains("has 2 AMAZON.SearchQuery slots; Alexa allows one");
    }

    @Test
    void valuesAndSynonymsAreUniqueWithinATypeWhateverTheirCase() {
        assertThat(ModelRules.check(model("", """
                  FEELING:
                    - {id: better, value: better, synonyms: [much better, Better]}
                    - {id: worse, value: worse, synonyms: [much better]}
                """))).hasSize(2).allSatisfy(problem -> assertThat(problem).contains("listed twice in the type"));
    }

    @Test
    void aValueIdIsUsedOnceInAType() {
        assertThat(ModelRules.check(model("", """
                  FEELING:
                    - {id: better, value: better, synonyms: [good]}
                    - {id: better, value: worse, synonyms: [bad]}
                """))).singleElement().asString().contains("the id 'better' is used twice");
    }

    @Test
    void valuesStayWithinAlexasLengthLimit() {
        String value = "a very long way of naming a stretch ".repeat(4).strip();
        assertThat(value.length()).isGreaterThan(ModelRules.MAX_VALUE_LENGTH);

        assertThat(ModelRules.check(model("", "  LONG:\n    - {id: long, value: " + value + ", synonyms: [short]}\n")))
                .singleElement().asString().contains("longer than Alexa's 140 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AMAZON.stopIntent", "Amazon.StopIntent", "AMAZON.FinishIntent"})
    void anIntentNamedAsBuiltInIsOneOfAlexasSpeltExactly(String name) {
        assertThat(problems("  - name: " + name + "\n")).singleElement().asString()
                .contains("is not one of Alexa's built-in intents");
        assertThat(problems("  - name: AMAZON.stopIntent\n")).singleElement().asString()
                .contains("did you mean AMAZON.StopIntent?");
    }

    @Test
    void aCustomIntentIsNotABuiltInWithoutItsPrefix() {
        assertThat(problems("  - name: RepeatIntent\n    samples: [say it again]\n")).singleElement().asString()
                .contains("looks like the built-in AMAZON.RepeatIntent");
    }

    @Test
    void aCustomIntentsNameIsLettersAndUnderscores() {
        assertThat(problems("  - name: Heat-Or-Ice\n    samples: [heat or ice]\n")).singleElement().asString()
                .contains("letters and underscores only");
    }

    @Test
    void theRequiredBuiltInIntentsAreThere() {
        ObjectNode model = model("", "");
        intents(model).remove(intents(model).size() - 1);

        assertThat(ModelRules.check(model)).singleElement().asString()
                .contains("lacks the required built-in intent AMAZON.NavigateHomeIntent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Back Relief Coach", "backrelief", "back  relief", "back relief coach 2", "ask back relief",
            "alexa back coach", "the coach", "coach for backs"})
    void theInvocationNameIsLowerCaseWordsTwoOrMoreWithoutWakeOrLaunchWords(String name) {
        List<String> problems = ModelRules.check(model("", "", name));

        if (name.equals("coach for backs")) {
            assertThat(problems).as("three words may include 'for'").isEmpty();
        } else {
            assertThat(problems).singleElement().asString().startsWith("Invocation name '" + name + "'");
        }
    }

    @Test
    void theDialogNamesTheModelsIntentsSlotsTypesAndPrompts() {
        ObjectNode model = model("", "");
        ObjectNode slot = (ObjectNode) model.at("/interactionModel/dialog/intents/0/slots/0");
        slot.put("type", "ROUTINE_NAME");
        ((ObjectNode) slot.path("prompts")).put("confirmation", "Sure");
        ((ArrayNode) model.at("/interactionModel/dialog/intents")).addObject().put("name", "GoneIntent");

        assertThat(ModelRules.check(model)).containsExactlyInAnyOrder(
                "The dialog of StretchInfoIntent, slot stretch: its type ROUTINE_NAME is not the intent's STRETCH_NAME",
                "The dialog of StretchInfoIntent, slot stretch: the confirmation prompt Sure is not among the prompts",
                "The dialog names the intent GoneIntent, which the model does not have");
    }
}
