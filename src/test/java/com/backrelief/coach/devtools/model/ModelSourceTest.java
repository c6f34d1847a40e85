package com.backrelief.coach.devtools.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the generator reads the source and refuses a wrong one, with a message that says what to fix. */
class ModelSourceTest {

    private static final ContentSources CONTENT = ContentSources.load();

    private static final String SOURCE = """
            invocationName: back relief coach
            phrases:
              should_i: ["should i", "do i"]
            intents:
              - name: HeatOrIceIntent
                slots: {preference: HEAT_OR_COLD}
                samples: ["<should_i> use {preference}", "heat or ice"]
              - name: ListStretchesIntent
                slots: {}
                samples: [list the stretches]
              - name: SkipIntent
                samples: [skip]
              - name: ExercisePainIntent
                samplesFrom: red-flags.exercise-pain
            types:
              HEAT_OR_COLD:
                - {id: heat, value: heat, synonyms: [warmth]}
                - {value: cold}
              STRETCH_NAME: {from: exercises}
            locales:
              en-US: {}
              en-GB:
                invocationName: back relief coach
                phrases:
                  should_i: ["should i", "ought i to"]
            """;

    private static JsonNode generate(String yaml, String locale) {
        return ModelGenerator.generate(ModelSource.parse(yaml), CONTENT, locale);
    }

    private static JsonNode intent(JsonNode model, int index) {
        return ModelGenerator.languageModel(model).path("intents").get(index);
    }

    @Test
    void samplesAreTheTemplatesExpandedThenTheContentsPhrases() {
        JsonNode model = generate(SOURCE, "en-US");

        assertThat(intent(model, 0).path("samples")).extracting(JsonNode::asText)
                .containsExactly("should i use {preference}", "do i use {preference}", "heat or ice");
        assertThat(intent(model, 3).path("samples")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(CONTENT.samples("red-flags.exercise-pain"));
    }

    @Test
    void slotsAppearAsTheSourceDeclaresThem() {
        JsonNode model = generate(SOURCE, "en-US");

        assertThat(intent(model, 0).path("slots").toString()).isEqualTo("[{\"name\":\"preference\",\"type\":\"HEAT_OR_COLD\"}]");
        assertThat(intent(model, 1).path("slots").isArray()).isTrue();
        assertThat(intent(model, 1).path("slots")).isEmpty();
        assertThat(intent(model, 2).has("slots")).as("no slots key, no slots").isFalse();
        assertThat(intent(model, 3).path("samples")).isNotEmpty();
    }

    @Test
    void slotTypesAreWrittenOrMadeFromTheContent() {
        JsonNode types = ModelGenerator.languageModel(generate(SOURCE, "en-US")).path("types");

        assertThat(types.get(0).toString()).isEqualTo("{\"name\":\"HEAT_OR_COLD\",\"values\":["
                + "{\"id\":\"heat\",\"name\":{\"value\":\"heat\",\"synonyms\":[\"warmth\"]}},"
                + "{\"name\":{\"value\":\"cold\",\"synonyms\":[]}}]}");
        assertThat(types.get(1).path("values")).hasSize(CONTENT.type("exercises").size());
        assertThat(types.get(1).path("values").get(0).path("id").asText()).isEqualTo("walking");
    }

    @Test
    void moreSayingsAreAddedToTheContentsValueWithThatIdOnceAndInLowerCase() {
        String yaml = SOURCE.replace("STRETCH_NAME: {from: exercises}", """
                STRETCH_NAME:
                    from: exercises
                    more:
                      walking: ["(a|my) (Saunter|wander)", "a wander", "a walk"]""");
        JsonNode walking = ModelGenerator.languageModel(generate(yaml, "en-US")).path("types").get(1).path("values").get(0);

        assertThat(walking.path("id").asText()).isEqualTo("walking");
        List<String> synonyms = new java.util.ArrayList<>();
        walking.path("name").path("synonyms").forEach(synonym -> synonyms.add(synonym.asText()));
        assertThat(synonyms).endsWith("a saunter", "a wander", "my saunter", "my wander").doesNotHaveDuplicates();
    }

    @Test
    void moreSayingsForAnIdNoValueHasAreAnError() {
        String yaml = SOURCE.replace("STRETCH_NAME: {from: exercises}", """
                STRETCH_NAME:
                    from: exercises
                    more:
                      flying: ["a flight"]""");
        assertThatThrownBy(() -> generate(yaml, "en-US")).isInstanceOf(ModelSourceException.class)
                .hasMessageContaining("STRETCH_NAME").hasMessageContaining("flying");
    }

    @Test
    void aLocaleEntryChangesPhrasesAndTheInvocationName() {
        JsonNode model = generate(SOURCE, "en-GB");

        assertThat(intent(model, 0).path("samples")).extracting(JsonNode::asText)
                .containsExactly("should i use {preference}", "ought i to use {preference}", "heat or ice");
    }

    @Test
    void aLocaleWithoutAnEntryIsAnError() {
        assertThatThrownBy(() -> generate(SOURCE, "de-DE")).isInstanceOf(ModelSourceException.class)
                .hasMessageContaining("no entry for locale de-DE");
    }

    @Test
    void aLocaleMayOnlyChangeWhatTheBaseHas() {
        assertThatThrownBy(() -> generate(SOURCE.replace("ought i to\"]", "ought i to\"]\n      shall_we: [\"shall we\"]"), "en-GB"))
                .hasMessageContaining("changes the phrase <shall_we>, which the base does not have");
        assertThatThrownBy(() -> ModelSource.parse(SOURCE.replace("  en-US: {}", "  en-US: {intents: []}")))
                .hasMessageContaining("In locale en-US: unknown key 'intents'");
    }

    @Test
    void anIntentPastTheSampleCapFailsTheGenerationNamingIt() {
        String many = SOURCE.replace("should_i: [\"should i\", \"do i\"]",
                "should_i: [\"should i\", \"do i\"]\n  n: [a, b, c, d, e, f, g, h, i, j, k]");
        String big = many.replace("samples: [skip]", "samples: [\"skip <n> <n> <n>\"]");

        assertThatThrownBy(() -> generate(big, "en-US")).isInstanceOf(ModelSourceException.class)
                .hasMessageStartingWith("Intent SkipIntent: ").hasMessageContaining("more than 1000 samples");
    }

    @Test
    void anIntentWhoseTemplatesTogetherPassTheCapFailsToo() {
        String many = SOURCE.replace("should_i: [\"should i\", \"do i\"]",
                "should_i: [\"should i\", \"do i\"]\n  n: [a, b, c, d, e, f, g, h, i, j]");
        String big = many.replace("samples: [skip]", "samples: [\"skip <n> <n> <n>\", \"pass <n> <n>\"]");

        assertThatThrownBy(() -> generate(big, "en-US"))
                .hasMessage("Intent SkipIntent expands to 1100 samples, more than the 1000 allowed per intent here"
                        + " (Alexa counts every sample against the model's size): use fewer alternatives");
    }

    @Test
    void aTemplateErrorNamesItsIntent() {
        assertThatThrownBy(() -> generate(SOURCE.replace("heat or ice\"", "heat or {ice}\""), "en-US"))
                .hasMessageStartingWith("Intent HeatOrIceIntent: Template 'heat or {ice}': unknown slot {ice}");
    }

    @Test
    void aMisspeltKeyIsAnErrorNotIgnored() {
        assertThatThrownBy(() -> ModelSource.parse(SOURCE.replace("samples: [skip]", "sample: [skip]")))
                .hasMessageContaining("In intent SkipIntent: unknown key 'sample'");
        assertThatThrownBy(() -> ModelSource.parse(SOURCE.replace("{value: cold}", "{value: cold, synonym: [ice]}")))
                .hasMessageContaining("unknown key 'synonym'");
    }

    @Test
    void anUnknownContentSourceIsAnError() {
        assertThatThrownBy(() -> generate(SOURCE.replace("from: exercises", "from: stretches"), "en-US"))
                .hasMessageContaining("Unknown slot type source 'from: stretches'").hasMessageContaining("exercises");
        assertThatThrownBy(() -> generate(SOURCE.replace("red-flags.exercise-pain", "red-flags.pain"), "en-US"))
                .hasMessageContaining("Unknown sample source 'samplesFrom: red-flags.pain'");
    }

    @Test
    void aWordYamlReadsAsABooleanMustBeQuoted() {
        assertThatThrownBy(() -> ModelSource.parse(SOURCE.replace("{value: cold}", "{value: cold, synonyms: [true]}")))
                .hasMessageContaining("quote words such as yes, no, true");
    }
}
