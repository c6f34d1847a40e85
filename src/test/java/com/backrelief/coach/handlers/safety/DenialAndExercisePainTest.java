package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.SymptomEvents;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** "No fever" never raises an alarm; "that hurts" during an exercise stops it (a routine keeps its place). */
class DenialAndExercisePainTest {

    private static final String ALARM = "(?i).*\\b(emergency|doctor|call|appointment|urgent)\\b.*";

    private final TestSkill skill = new TestSkill();

    @ParameterizedTest
    @CsvSource({"fever, U1", "numbness, E1", "chest pain, E7"})
    void aDenialNobodyAskedForIsConfirmedWithOneQuestionThenAcknowledgedWithoutAlarm(String words, String id) {
        ObjectNode event = Events.json("symptom-denial");
        ObjectNode slot = (ObjectNode) event.path("request").path("intent").path("slots").path("symptom");
        slot.put("value", words);
        ((ObjectNode) slot.path("resolutions").path("resolutionsPerAuthority").get(0).path("values").get(0).path("value"))
                .put("name", words).put("id", id);

        com.backrelief.coach.support.Person person = new com.backrelief.coach.support.Person(skill);
        person.open();
        Reply question = person.send(event);

        // Unasked, a denial may be the symptom misheard: one question, never "Good" at once (and no alarm yet).
        assertThat(question.speech()).startsWith("Just to be sure I heard you right: do you have").endsWith("?")
                .doesNotContain("Good").doesNotMatch(ALARM);
        Reply reply = person.no();
        assertThat(reply.speech()).startsWith("Good, thanks for telling me.").endsWith("?").doesNotMatch(ALARM);
        assertThat(reply.endsSession()).isFalse();
        assertThat(reply.reprompt()).endsWith("?");
    }

    @Test
    void aYesToTheQuestionAfterAnUnaskedDenialIsTheRedFlag() {
        ObjectNode event = Events.json("symptom-denial");
        ObjectNode slot = (ObjectNode) event.path("request").path("intent").path("slots").path("symptom");
        slot.put("value", "numbness in my groin");
        ((ObjectNode) slot.path("resolutions").path("resolutionsPerAuthority").get(0).path("values").get(0).path("value"))
                .put("name", "numbness in my groin").put("id", "E1");
        com.backrelief.coach.support.Person person = new com.backrelief.coach.support.Person(skill);
        person.open();

        assertThat(person.send(event).speech()).contains("do you have numbness in your groin?");
        Reply yes = person.yes();

        assertThat(yes.speech()).contains("Please call 911 now");
        assertThat(yes.endsSession()).isTrue();
    }

    @Test
    void aDenialWithNothingInItWhenNothingWasAskedIsAskedAboutNeverGood() {
        // How a statistical NLU can hear "both my legs are tingling": the denial intent, no symptom in it.
        Reply reply = skill.send(SymptomEvents.withoutSlots("symptom-denial"));

        assertThat(reply.speech()).startsWith("I want to be sure I understand.").doesNotContain("Good").doesNotMatch(ALARM);
        assertThat(reply.elicitedSlot()).isEqualTo("description");
    }

    @Test
    void aWholeDenialSentenceIsConfirmedWhenNothingWasAsked() {
        ObjectNode event = Events.json("symptom-denial");
        ObjectNode slots = (ObjectNode) event.path("request").path("intent").path("slots");
        slots.remove("symptom");
        slots.set("denial", new ObjectMapper().valueToTree(java.util.Map.of("name", "denial", "value", "my legs are fine",
                "resolutions", java.util.Map.of("resolutionsPerAuthority", java.util.List.of(java.util.Map.of(
                        "authority", "amzn1.er-authority.echo-sdk.skill.DENIAL",
                        "status", java.util.Map.of("code", "ER_SUCCESS_MATCH"),
                        "values", java.util.List.of(java.util.Map.of("value", java.util.Map.of("name", "my legs are fine",
                                "id", "E4")))))))));

        Reply reply = skill.send(event);

        assertThat(reply.speech()).startsWith("Just to be sure I heard you right: do you have").doesNotMatch(ALARM);
    }

    @Test
    void wordsInAWholeDenialsPlaceThatAreAFlagAreTheFlag() {
        ObjectNode event = Events.json("symptom-denial");
        ObjectNode slots = (ObjectNode) event.path("request").path("intent").path("slots");
        slots.remove("symptom");
        slots.set("denial", new ObjectMapper().valueToTree(java.util.Map.of("name", "denial", "value",
                "both my legs are tingling", "resolutions", java.util.Map.of("resolutionsPerAuthority", java.util.List.of(
                        java.util.Map.of("authority", "amzn1.er-authority.echo-sdk.skill.DENIAL",
                                "status", java.util.Map.of("code", "ER_SUCCESS_NO_MATCH")))))));

        Reply reply = skill.send(event);

        assertThat(reply.speech()).contains("Please call 911 now").doesNotContain("Good");
    }

    @Test
    void aDenialOfSomethingTheModelDoesNotKnowIsAskedAboutNotWavedAway() {
        ObjectNode event = Events.json("symptom-denial");
        ObjectNode slot = (ObjectNode) event.path("request").path("intent").path("slots").path("symptom");
        slot.put("value", "feeling down there during sex");
        slot.remove("resolutions");

        Reply reply = skill.send(event);

        assertThat(reply.speech()).doesNotContain("Good").endsWith("Can you tell me more about what you're noticing?");
    }

    @Test
    void aDenialKeepsWhateverTheCoachWasDoing() throws Exception {
        ObjectNode attributes = (ObjectNode) new ObjectMapper().readTree("{\"heatOrIce\": {\"asking\": \"numbness\"}}");

        Reply reply = skill.send(SymptomEvents.inSession(Events.json("symptom-denial"), attributes));

        assertThat(reply.sessionAttributes().has("heatOrIce")).isTrue();
        assertThat(reply.sessionAttributes().has(SafetyState.RED_FLAG_KEY)).isFalse();
    }

    @Test
    void painDuringAnExerciseStopsItWithTheStopAdviceAndAsksWhatNext() {
        Reply reply = skill.send("exercise-pain");

        assertThat(reply.speech()).startsWith("Let's stop here. If the pain is sharp, spreads down your leg, or you "
                + "notice any new numbness, please don't continue.");
        assertThat(reply.speech()).endsWith("?");
        assertThat(reply.reprompt()).endsWith("?");
        assertThat(reply.endsSession()).isFalse();
    }

    @Test
    void painDuringARoutineStopsItsExerciseButKeepsTheRoutineAtThatStep() throws Exception {
        ObjectNode attributes = skill.send("launch").sessionAttributes();
        attributes.setAll((ObjectNode) new ObjectMapper().readTree("{\"routine\": {\"id\": \"spasm-relief\", \"step\": 2}}"));

        Reply reply = skill.send(SymptomEvents.inSession(Events.json("exercise-pain"), attributes));

        assertThat(reply.speech()).startsWith("Let's stop here.")
                .endsWith("Would you like to skip this one, or stop for today?");
        assertThat(reply.sessionAttributes().path("routine").path("step").asInt()).isEqualTo(2);
        assertThat(reply.sessionAttributes().path("routine").path("paused").asBoolean()).isTrue();
        assertThat(reply.endsSession()).isFalse();
    }
}
