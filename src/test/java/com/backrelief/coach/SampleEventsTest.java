package com.backrelief.coach;

import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file in events/ goes through the skill, and each answer behaves as certification expects. */
class SampleEventsTest {

    static List<String> events() {
        return Events.names();
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyOpenSessionEndsWithAQuestionAndCarriesAReprompt(String event) {
        Reply reply = new TestSkill().send(event);
        if (reply.hasSpeech() && !reply.endsSession()) {
            assertThat(reply.speech()).as(event).endsWith("?");
            assertThat(reply.reprompt()).as(event).isNotBlank().endsWith("?");
        }
        assertThat(reply.ssml()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "launch                    | Welcome to Back Relief Coach",
            "launch                    | I'm not a doctor, and this isn't medical advice",
            "launch                    | heat or ice",
            "help                      | can't examine you or diagnose anything",
            "help                      | how do I do a cat cow",
            "fallback                  | Sorry, I can't help with that",
            "list-stretches            | cat cow",
            "list-stretches            | glute bridge",
            "stretch-info-cat-cow      | hands and knees",
            "stretch-info-cat-cow      | five to ten slow breaths",
            "stretch-info-cat-cow      | Stop if you feel sharp pain",
            "stretch-info-kids-pose    | child's pose",
            "stretch-info-glute-bridge | glute bridge",
            "stretch-info-unknown      | I don't know that one",
            "red-flag-urgent           | That's something a doctor should check today",
            "red-flag-soon             | book an appointment with your doctor or a physical therapist",
            "red-flag-unresolved       | Can you tell me more about what you're noticing?",
            "symptom-denial            | Good, thanks for telling me.",
            "exercise-pain             | Let's stop here.",
    })
    void answersWhatWasAsked(String event, String expected) {
        Reply reply = new TestSkill().send(event);
        assertThat(reply.speech()).contains(expected);
        assertThat(reply.endsSession()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"stop", "cancel", "navigate-home"})
    void stopCancelAndGoHomeSayGoodbyeAndClose(String event) {
        Reply reply = new TestSkill().send(event);
        assertThat(reply.speech()).contains("Goodbye");
        assertThat(reply.endsSession()).isTrue();
        assertThat(reply.json().path("response").path("reprompt").isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "red-flag-emergency       | Please call 911 now, or have someone take you to the emergency room.",
            "red-flag-emergency-en-gb | Please call 999 now, or have someone take you to A and E.",
    })
    void anEmergencyGivesTheLocalNumberAndCloses(String event, String expected) {
        Reply reply = new TestSkill().send(event);
        assertThat(reply.speech()).contains(expected, "I can't make the call for you");
        assertThat(reply.endsSession()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"session-ended", "session-ended-error"})
    void theEndOfASessionIsNotAnswered(String event) {
        Reply reply = new TestSkill().send(event);
        assertThat(reply.hasSpeech()).isFalse();
        assertThat(reply.json().path("version").asText()).isEqualTo("1.0");
    }

    @Test
    void theExplanationGivesTheStartPositionCuesDoseAndWhenToStop() {
        String speech = new TestSkill().send("stretch-info-glute-bridge").speech();
        var bridge = TestSkill.CATALOGUE.stretch("glute-bridge").orElseThrow();
        assertThat(speech).contains(bridge.start(), bridge.cues().get(0), bridge.cues().get(1), bridge.dose(), bridge.stopIf());
    }
}
