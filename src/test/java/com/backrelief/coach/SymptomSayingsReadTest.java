package com.backrelief.coach;

import com.backrelief.coach.content.Content;
import com.backrelief.coach.devtools.model.ModelGenerator;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.understanding.Reading;
import com.backrelief.coach.domain.understanding.Understanding;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voice model's SYMPTOM type says each red flag in more ways than the fact sheet (the source's {@code more:}),
 * and Alexa resolves any of them to the flag's id, which the skill answers at that flag's tier. So every one of them
 * must mean that flag: the understanding step, reading the saying as free text, finds a flag of the same tier.
 */
class SymptomSayingsReadTest {

    private static final Content CONTENT = Content.load();
    private static final Understanding UNDERSTANDING = CONTENT.understanding();
    private static final RedFlagScreen SCREEN = CONTENT.redFlags();

    @Test
    void everySayingOfTheModelsSymptomTypeIsReadAtItsFlagsTier() {
        for (String locale : ModelGenerator.LOCALES) {
            Set<String> sheet = new HashSet<>();
            SCREEN.flags().forEach(flag -> flag.sayings().forEach(saying -> sheet.add(RedFlagScreen.normalise(saying))));
            List<String> wrong = new ArrayList<>();
            int read = 0;
            for (JsonNode type : ModelGenerator.languageModel(ModelGenerator.read(locale)).path("types")) {
                if (!type.path("name").asText().equals("SYMPTOM")) {
                    continue;
                }
                for (JsonNode value : type.path("values")) {
                    String id = value.path("id").asText();
                    for (JsonNode synonym : value.path("name").path("synonyms")) {
                        String saying = synonym.asText();
                        if (sheet.contains(saying)) {
                            continue; // the fact sheet's own sayings: SheetSayingsReadTest
                        }
                        read++;
                        Reading reading = UNDERSTANDING.read(saying);
                        boolean sameTier = !reading.flags().isEmpty() && SCREEN.flag(reading.flags().get(0)).orElseThrow()
                                .tier() == SCREEN.flag(id).orElseThrow().tier();
                        if (!sameTier) {
                            wrong.add(String.format(Locale.ROOT, "%s: \"%s\" read as %s", id, saying, reading.flags()));
                        }
                    }
                }
            }
            assertThat(read).as(locale + ": sayings beyond the fact sheet's").isGreaterThan(500);
            assertThat(wrong).as(locale + ": sayings of the model not read at their flag's tier").isEmpty();
        }
    }
}
