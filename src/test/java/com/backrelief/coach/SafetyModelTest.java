package com.backrelief.coach;

import com.backrelief.coach.content.ContentLoader;
import com.backrelief.coach.devtools.model.ModelGenerator;
import com.backrelief.coach.devtools.model.ModelSource;
import com.backrelief.coach.domain.safety.Denial;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.safety.Tier;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Part 1 of the red-flag issue: the voice model knows every way the fact sheet says a red flag,
 * each resolves to its symptom id, each id to its tier; and denials and exercise pain stay apart.
 */
class SafetyModelTest {

    private static final RedFlagScreen SCREEN = ContentLoader.redFlagScreen();
    static final String SYMPTOM_TYPE = "SYMPTOM";
    static final String DENIED_TYPE = "DENIED_SYMPTOM";
    private static final List<String> SAFETY_INTENTS = List.of("RedFlagIntent", "SymptomDenialIntent", "ExercisePainIntent");

    static JsonNode model() throws IOException {
        return ModelGenerator.read("en-US");
    }

    static JsonNode type(String name) throws IOException {
        for (JsonNode type : ModelGenerator.languageModel(model()).path("types")) {
            if (type.path("name").asText().equals(name)) {
                return type;
            }
        }
        throw new AssertionError("No slot type " + name);
    }

    static JsonNode intent(String name) throws IOException {
        for (JsonNode intent : ModelGenerator.languageModel(model()).path("intents")) {
            if (intent.path("name").asText().equals(name)) {
                return intent;
            }
        }
        throw new AssertionError("No intent " + name);
    }

    /** What Alexa's entity resolution does with a slot type: each value and synonym leads to the value's id. */
    static Map<String, String> resolution(String typeName) throws IOException {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode value : type(typeName).path("values")) {
            String id = value.path("id").asText();
            assertThat(ids.put(value.path("name").path("value").asText(), id)).as("duplicate value").isNull();
            for (JsonNode synonym : value.path("name").path("synonyms")) {
                assertThat(ids.put(synonym.asText(), id)).as("duplicate synonym " + synonym).isNull();
            }
        }
        return ids;
    }

    static Stream<Arguments> everyPhrasing() {
        List<Arguments> all = new ArrayList<>();
        for (RedFlag flag : SCREEN.flags()) {
            flag.phrasings().forEach(phrasing -> all.add(Arguments.of(flag.id(), phrasing)));
        }
        return all.stream();
    }

    static Stream<Arguments> everyVariant() {
        List<Arguments> all = new ArrayList<>();
        for (RedFlag flag : SCREEN.flags()) {
            flag.variants().forEach(variant -> all.add(Arguments.of(flag.id(), variant)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyPhrasing")
    void everyPhrasingOfTheFactSheetResolvesToItsSymptom(String id, String phrasing) throws IOException {
        assertThat(resolution(SYMPTOM_TYPE).get(RedFlagScreen.normalise(phrasing))).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyVariant")
    void everyVariantResolvesToItsSymptom(String id, String variant) throws IOException {
        assertThat(resolution(SYMPTOM_TYPE).get(RedFlagScreen.normalise(variant))).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
            "E1, EMERGENCY", "E2, EMERGENCY", "E3, EMERGENCY", "E4, EMERGENCY", "E5, EMERGENCY", "E6, EMERGENCY",
            "E7, EMERGENCY", "E8, EMERGENCY", "U1, URGENT", "U2, URGENT", "U3, URGENT", "U4, URGENT", "U5, URGENT",
            "U6, URGENT", "U7, URGENT", "U8, URGENT", "U9, URGENT", "U10, URGENT", "U11, URGENT", "S1, SOON",
            "S2, SOON", "S3, SOON", "S4, SOON", "S5, SOON", "S6, SOON", "S7, SOON"})
    void eachSymptomIdInTheModelMapsToItsTier(String id, Tier tier) throws IOException {
        assertThat(new HashSet<>(resolution(SYMPTOM_TYPE).values())).contains(id);
        assertThat(SCREEN.flag(id)).map(RedFlag::tier).contains(tier);
    }

    @Test
    void theSafetyPartOfTheSourceIsMadeFromTheRedFlagContent() {
        ModelSource source = ModelSource.read(ModelGenerator.SOURCE);

        assertThat(source.types().get(SYMPTOM_TYPE).from()).isEqualTo("red-flags.symptoms");
        assertThat(source.types().get(DENIED_TYPE).from()).isEqualTo("red-flags.denied-symptoms");
        assertThat(source.types().get("DENIAL").from()).isEqualTo("red-flags.denials");
        assertThat(source.intents()).filteredOn(intent -> intent.name().equals("ExercisePainIntent"))
                .singleElement().satisfies(intent -> assertThat(intent.samplesFrom()).contains("red-flags.exercise-pain"));
    }

    @Test
    void theModelIsUpToDateWithTheRedFlagContent() throws IOException {
        JsonNode committed = ModelGenerator.languageModel(model());
        JsonNode generated = ModelGenerator.languageModel(ModelGenerator.generate("en-US"));
        String regenerate = "regenerate the model: " + ModelGenerator.REGENERATE;

        for (String intent : SAFETY_INTENTS) {
            assertThat(named(committed.path("intents"), intent)).as(regenerate).isEqualTo(named(generated.path("intents"), intent));
        }
        for (String type : List.of(SYMPTOM_TYPE, DENIED_TYPE)) {
            assertThat(named(committed.path("types"), type)).as(regenerate).isEqualTo(named(generated.path("types"), type));
        }
    }

    private static JsonNode named(JsonNode entries, String name) {
        for (JsonNode entry : entries) {
            if (entry.path("name").asText().equals(name)) {
                return entry;
            }
        }
        throw new AssertionError("No " + name);
    }

    @Test
    void everyDeniedSymptomIdIsARedFlag() throws IOException {
        for (String id : resolution(DENIED_TYPE).values()) {
            assertThat(SCREEN.flag(id)).as(id).isPresent();
        }
    }

    @Test
    void everyDenialSampleCarriesItsNegation() throws IOException {
        String negation = "\\b(no|don't|do not|haven't|never|isn't|not|didn't|wasn't|fine|nothing|normal|can)\\b";
        for (JsonNode sample : intent("SymptomDenialIntent").path("samples")) {
            if (!sample.asText().equals("{denial}")) {
                assertThat(sample.asText()).as("a denial must say no").containsPattern(negation);
            }
        }
        // The whole denial sentences are the values of the DENIAL slot, each by the flag it denies.
        Map<String, String> denials = resolution("DENIAL");
        for (Denial denial : SCREEN.denials()) {
            assertThat(denials).containsEntry(RedFlagScreen.normalise(denial.phrase()), denial.symptom());
        }
    }

    @Test
    void exercisePainPhrasesAreItsSamples() throws IOException {
        for (String phrase : SCREEN.exercisePain()) {
            assertThat(samples("ExercisePainIntent")).contains(RedFlagScreen.normalise(phrase));
        }
    }

    @Test
    void aSymptomSentenceAloneIsEnoughForTheRedFlagIntent() throws IOException {
        assertThat(samples("RedFlagIntent")).contains("{symptom}", "i've got {symptom}", "{symptom} is that serious",
                "i think {symptom}");
    }

    /**
     * A carrier whose words are found inside a description ("and", "now", "too", "my back hurts and", "this morning")
     * would let a statistical NLU cut the description there and send only its end: "my back hurts and I'm all sweaty"
     * loses the back, "got rear-ended this morning and now my back hurts" loses the crash.
     */
    @Test
    void noRedFlagSampleCutsADescriptionWhereItsWordsAreFoundInside() throws IOException {
        assertThat(samples("RedFlagIntent")).noneMatch(sample -> sample.matches(
                "(and|also|but|now|and now|today|suddenly|well|yes|help|this morning|since yesterday|since last night"
                        + "|out of nowhere|just now|my back hurts and|my back is sore and) \\{symptom}.*"
                        + "|.*\\{symptom} (too|as well|today|totally|completely)"));
    }

    @Test
    void noRedFlagSayingIsAlsoWhatAnotherIntentListensFor() throws IOException {
        Set<String> elsewhere = new HashSet<>();
        for (JsonNode intent : ModelGenerator.languageModel(model()).path("intents")) {
            if (!intent.path("name").asText().equals("RedFlagIntent")) {
                intent.path("samples").forEach(sample -> elsewhere.add(sample.asText().toLowerCase()));
            }
        }
        elsewhere.addAll(resolution("STRETCH_NAME").keySet());

        assertThat(resolution(SYMPTOM_TYPE).keySet()).doesNotContainAnyElementsOf(elsewhere);
    }

    @Test
    void slotValuesAndSamplesUseOnlyWhatAlexaAccepts() throws IOException {
        for (String typeName : List.of(SYMPTOM_TYPE, DENIED_TYPE)) {
            assertThat(resolution(typeName).keySet()).allSatisfy(value ->
                    assertThat(value).matches("[a-z0-9' ]{1,140}"));
        }
        for (String intent : SAFETY_INTENTS) {
            assertThat(samples(intent)).allSatisfy(sample -> assertThat(sample).matches("[a-z0-9' {}]{1,200}"));
        }
    }

    private static List<String> samples(String intent) throws IOException {
        List<String> samples = new ArrayList<>();
        intent(intent).path("samples").forEach(sample -> samples.add(sample.asText()));
        return samples;
    }
}
