package com.backrelief.coach;

import com.backrelief.coach.content.Content;
import com.backrelief.coach.devtools.model.ModelGenerator;
import com.backrelief.coach.domain.understanding.Reading;
import com.backrelief.coach.domain.understanding.Understanding;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voice model's SubjectQuestionIntent hears a question by its subject ("should I stay in bed", "do I need an
 * x-ray"), and the skill reads the subject's words after the intent's carrier words ("what about"). So every saying of
 * the BACK_CARE_SUBJECT type, read that way, must name the topic its id names, and raise no red flag.
 */
class SubjectSayingsReadTest {

    private static final Understanding UNDERSTANDING = Content.load().understanding();
    private static final String INTENT = "SubjectQuestionIntent";

    @Test
    void everySubjectOfTheModelIsReadAsItsTopicWithNoFlag() {
        String carrier = UNDERSTANDING.carrier(INTENT).orElseThrow().words();
        assertThat(UNDERSTANDING.carrier(INTENT).orElseThrow().question()).isTrue();
        for (String locale : ModelGenerator.LOCALES) {
            List<String> wrong = new ArrayList<>();
            int read = 0;
            for (JsonNode type : ModelGenerator.languageModel(ModelGenerator.read(locale)).path("types")) {
                if (!type.path("name").asText().equals("BACK_CARE_SUBJECT")) {
                    continue;
                }
                for (JsonNode value : type.path("values")) {
                    String topic = value.path("id").asText();
                    List<String> sayings = new ArrayList<>(List.of(value.path("name").path("value").asText()));
                    value.path("name").path("synonyms").forEach(synonym -> sayings.add(synonym.asText()));
                    for (String saying : sayings) {
                        read++;
                        Reading reading = UNDERSTANDING.read(carrier + " " + saying);
                        if (!reading.topic().equals(Optional.of(topic)) || !reading.flags().isEmpty()) {
                            wrong.add(String.format(Locale.ROOT, "%s: \"%s\" read as topic %s, flags %s", topic, saying,
                                    reading.topic().orElse("none"), reading.flags()));
                        }
                    }
                }
            }
            assertThat(read).as(locale + ": subjects").isGreaterThan(100);
            assertThat(wrong).as(locale + ": subjects not read as their topic").isEmpty();
        }
    }
}
