package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.Question;
import com.backrelief.coach.domain.advice.Symptoms;
import com.backrelief.coach.domain.advice.Symptoms.Area;
import com.backrelief.coach.domain.advice.Symptoms.Feel;
import com.backrelief.coach.domain.advice.Symptoms.Injury;
import com.backrelief.coach.domain.advice.Symptoms.Leg;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.backrelief.coach.support.TestSkill.HEAT_ICE;
import static org.assertj.core.api.Assertions.assertThat;

/** The heat-and-ice part of the interaction model agrees with the code and the content. */
class HeatIceModelTest {

    private static final JsonNode MODEL = read();
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{(\\w+)}");

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("interaction-model/en-US.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode intent(String name) {
        for (JsonNode intent : MODEL.at("/interactionModel/languageModel/intents")) {
            if (intent.path("name").asText().equals(name)) {
                return intent;
            }
        }
        throw new AssertionError("no intent " + name);
    }

    private static List<String> ids(String type) {
        List<String> ids = new ArrayList<>();
        for (JsonNode t : MODEL.at("/interactionModel/languageModel/types")) {
            if (t.path("name").asText().equals(type)) {
                t.path("values").forEach(v -> ids.add(v.path("id").asText()));
            }
        }
        assertThat(ids).as(type).isNotEmpty();
        return ids;
    }

    @Test
    void theCodeKnowsEverySlotOfTheAdviceIntent() {
        List<String> slots = new ArrayList<>();
        intent("HeatOrIceIntent").path("slots").forEach(s -> slots.add(s.path("name").asText()));

        assertThat(slots).containsExactlyElementsOf(SymptomSlots.ALL);
    }

    @Test
    void theDialogPromptsAreTheQuestionsTheSkillAsks() {
        Map<String, String> prompts = new HashMap<>();
        MODEL.at("/interactionModel/prompts").forEach(p -> prompts.put(p.path("id").asText(), p.at("/variations/0/value").asText()));
        JsonNode dialog = MODEL.at("/interactionModel/dialog/intents/0");
        assertThat(dialog.path("name").asText()).isEqualTo("HeatOrIceIntent");
        assertThat(dialog.path("delegationStrategy").asText()).isEqualTo("SKILL_RESPONSE");

        for (Question question : Question.values()) {
            String slot = SymptomSlots.slotFor(question);
            JsonNode dialogSlot = null;
            for (JsonNode s : dialog.path("slots")) {
                if (s.path("name").asText().equals(slot)) {
                    dialogSlot = s;
                }
            }
            assertThat(dialogSlot).as(slot).isNotNull();
            assertThat(dialogSlot.path("elicitationRequired").asBoolean()).as(slot).isTrue();
            assertThat(prompts.get(dialogSlot.at("/prompts/elicitation").asText())).as(slot).isEqualTo(HEAT_ICE.question(question));
        }
    }

    @Test
    void everyDialogSlotMatchesTheIntentsSlotAndType() {
        Map<String, String> types = new HashMap<>();
        intent("HeatOrIceIntent").path("slots").forEach(s -> types.put(s.path("name").asText(), s.path("type").asText()));

        for (JsonNode s : MODEL.at("/interactionModel/dialog/intents/0/slots")) {
            assertThat(types.get(s.path("name").asText())).as(s.path("name").asText()).isEqualTo(s.path("type").asText());
        }
    }

    @Test
    void aShortAnswerToEachQuestionHasASampleOfItsOwn() {
        List<String> samples = new ArrayList<>();
        intent("HeatOrIceIntent").path("samples").forEach(s -> samples.add(s.asText()));
        List<String> when = new ArrayList<>();
        intent("WhenItStartedIntent").path("samples").forEach(s -> when.add(s.asText()));

        assertThat(samples).contains("{injury}", "{swelling}", "{feel}", "{leg}");
        // When it started, alone, has its own intent: said when nothing was asked, it is no request for heat or ice.
        assertThat(when).contains("{onset}", "{onsetWords}", "since {onsetWords}");
        assertThat(samples).doesNotContain("{onset}", "{onsetWords}", "since {onsetWords}");
    }

    @Test
    void everySampleNamesOnlyItsIntentsSlotsAndUsesSpeakableCharacters() {
        for (String name : List.of("HeatOrIceIntent", "HeatIceFollowUpIntent", "SetTimerIntent")) {
            JsonNode intent = intent(name);
            Set<String> slots = new HashSet<>();
            intent.path("slots").forEach(s -> slots.add(s.path("name").asText()));
            for (JsonNode sample : intent.path("samples")) {
                assertThat(SLOT_REFERENCE.matcher(sample.asText()).replaceAll("slot")).as(name).matches("[a-z' ]+");
                Matcher m = SLOT_REFERENCE.matcher(sample.asText());
                while (m.find()) {
                    assertThat(slots).as(sample.asText()).contains(m.group(1));
                }
            }
        }
    }

    @Test
    void theTopicsOfTheFollowUpIntentAreTheGuidesTopics() {
        assertThat(ids("HEAT_ICE_TOPIC")).containsExactlyInAnyOrderElementsOf(HeatIceGuide.TOPICS);
    }

    @Test
    void everyOnsetWordCarriesItsHoursInOrder() {
        long previous = 0;
        for (String id : ids("ONSET_WORD")) {
            assertThat(id).matches("h\\d+");
            long hours = Long.parseLong(id.substring(1));
            assertThat(hours).as(id).isGreaterThan(previous);
            previous = hours;
        }
    }

    @Test
    void everyValueIdNamesWhatTheDomainKnows() {
        assertThat(ids("INJURY")).allSatisfy(id -> Injury.valueOf(id.toUpperCase()));
        assertThat(ids("FEEL")).allSatisfy(id -> Feel.valueOf(id.toUpperCase()));
        assertThat(ids("LEG")).allSatisfy(id -> Leg.valueOf(id.toUpperCase()));
        assertThat(ids("BACK_AREA")).allSatisfy(id -> Area.valueOf(id.toUpperCase()));
        assertThat(ids("SWELLING")).containsExactlyInAnyOrder("yes", "no");
        assertThat(ids("HEAT_OR_COLD")).containsExactlyInAnyOrder("heat", "cold");
        assertThat(ids("CONDITION")).allSatisfy(id ->
                assertThat(SymptomSlots.withCondition(Symptoms.UNKNOWN, id)).as(id).isNotEqualTo(Symptoms.UNKNOWN));
    }

    @ParameterizedTest(name = "{0} -> heat unsafe {1}, cold unsafe {2}")
    @CsvSource({"diabetes, true, false", "nerve-damage, true, false", "drowsy, true, false", "raynauds, false, true",
            "cold-allergy, false, true", "numb-skin, true, true", "poor-circulation, true, true", "broken-skin, true, true"})
    void conditionsMakeHeatOrColdUnsafeAsTheFactSheetSays(String condition, boolean heatUnsafe, boolean coldUnsafe) {
        Symptoms symptoms = SymptomSlots.withCondition(Symptoms.UNKNOWN, condition);

        assertThat(symptoms.heatUnsafe()).isEqualTo(heatUnsafe);
        assertThat(symptoms.coldUnsafe()).isEqualTo(coldUnsafe);
    }
}
