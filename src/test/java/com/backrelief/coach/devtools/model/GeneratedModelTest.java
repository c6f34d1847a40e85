package com.backrelief.coach.devtools.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed voice model is exactly what its source and the content generate, and Alexa would build it. */
class GeneratedModelTest {

    static final List<String> LOCALES = ModelGenerator.LOCALES;

    @ParameterizedTest
    @FieldSource("LOCALES")
    void theCommittedModelIsWhatTheSourceGenerates(String locale) throws IOException {
        JsonNode generated = ModelGenerator.generate(locale);
        JsonNode committed = ModelGenerator.read(locale);
        String regenerate = ModelGenerator.model(locale) + " is out of date with " + ModelGenerator.SOURCE
                + " or the content; regenerate it with: " + ModelGenerator.REGENERATE;

        assertThat(differences(committed, generated)).as(regenerate).isEmpty();
        assertThat(committed).as(regenerate).isEqualTo(generated);
        assertThat(Files.readString(ModelGenerator.model(locale)))
                .as(regenerate + " (the JSON is equal, its layout is not)").isEqualTo(ModelGenerator.write(generated));
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void theGeneratedModelKeepsAlexasRules(String locale) {
        assertThat(ModelRules.check(ModelGenerator.generate(locale))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("LOCALES")
    void theFallbackSensitivityIsLowSoUnplacedWordsReachTheFreeTextIntents(String locale) {
        // docs/local-matcher.md, "The fallback's sensitivity": a red flag in words no sample has must not be turned away.
        assertThat(ModelGenerator.languageModel(ModelGenerator.generate(locale))
                .at("/modelConfiguration/fallbackIntentSensitivity/level").asText()).isEqualTo("LOW");
    }

    @Test
    void everyLocaleWrittenHasAnEntryInTheSource() {
        assertThat(ModelSource.read(ModelGenerator.SOURCE).locales()).containsKeys(LOCALES.toArray(String[]::new));
    }

    /** Which intents and slot types differ, by name, so the failure says where to look. */
    private static List<String> differences(JsonNode committed, JsonNode generated) {
        List<String> differences = new ArrayList<>();
        for (String section : List.of("intents", "types")) {
            List<String> before = names(ModelGenerator.languageModel(committed).path(section));
            List<String> after = names(ModelGenerator.languageModel(generated).path(section));
            if (!before.equals(after)) {
                differences.add(section + ": committed " + before + ", generated " + after);
                continue;
            }
            for (int i = 0; i < before.size(); i++) {
                if (!ModelGenerator.languageModel(committed).path(section).get(i)
                        .equals(ModelGenerator.languageModel(generated).path(section).get(i))) {
                    differences.add(section + ": " + before.get(i) + " differs");
                }
            }
        }
        for (String section : List.of("dialog", "prompts")) {
            if (!committed.path("interactionModel").path(section).equals(generated.path("interactionModel").path(section))) {
                differences.add(section + " differs");
            }
        }
        if (!ModelGenerator.languageModel(committed).path("invocationName")
                .equals(ModelGenerator.languageModel(generated).path("invocationName"))) {
            differences.add("invocationName differs");
        }
        return differences;
    }

    private static List<String> names(JsonNode entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(entry -> names.add(entry.path("name").asText()));
        return names;
    }
}
