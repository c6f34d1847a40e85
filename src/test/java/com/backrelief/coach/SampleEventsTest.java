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
        if (reply.asksForPermission()) {
            // A response that hands over to Alexa's permission question (Connections.SendRequest)
            // must carry no reprompt and must not keep the session open: Alexa asks the question
            // and returns the answer as a Connections.Response (Alexa docs: "Set Up Voice
            // Permissions for Timers", "Use Skill Connections to Request Tasks").
            assertThat(reply.json().path("response").path("reprompt").isMissingNode()).as(event).isTrue();
            assertThat(reply.json().path("response").path("shouldEndSession").asBoolean(true)).as(event).isTrue();
        } else if (reply.hasSpeech() && !reply.endsSession()) {
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
            "heat-or-ice-one-shot                | I'd suggest cold",
            "heat-or-ice-one-shot                | Right after a strain, cold is the standard first step",
            "heat-or-ice-one-shot                | fifteen to twenty minutes",
            "heat-or-ice-one-shot                | every two to three hours while you're awake",
            "heat-or-ice-one-shot                | never put ice straight on your skin",
            "heat-or-ice-one-shot                | Want me to set a twenty-minute timer?",
            "heat-or-ice-start                   | When did this pain start?",
            "heat-or-ice-dialog-in-progress      | I'd suggest heat",
            "heat-or-ice-dialog-in-progress      | came on without an injury",
            "heat-or-ice-dialog-in-progress      | never fall asleep with it on",
            "follow-up-how-long                  | Fifteen to twenty minutes",
            "follow-up-how-often                 | every two to three hours",
            "follow-up-heat-worse                | add to swelling right after an injury",
            "follow-up-ice-worse                 | stiffer for a while",
            "follow-up-alternate                 | at least half an hour",
            "follow-up-sciatica                  | Neither reaches the nerve",
            "follow-up-herniated-disc            | No trials have tested heat or cold for a herniated disc",
            "follow-up-upper-back                | between your shoulder blades",
            "follow-up-upper-back                | call 911 straight away",
            "follow-up-overnight                 | Don't sleep with a heating pad on",
            "follow-up-evidence                  | a Cochrane review",
            "follow-up-evidence                  | The American College of Physicians guideline",
            "timer-offer-yes-with-permission     | 20-minute timer",
            "timer-offer-no                      | Okay, no timer",
            "set-timer-ice-pack                  | 20-minute timer",
            "timer-permission-accepted           | 20-minute timer",
            "timer-permission-denied             | in the Alexa app",
            "timer-permission-denied             | take the pack off after 20 minutes",
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
    @CsvSource({"heat-or-ice-both-legs, call 911 now", "heat-or-ice-serious-fall, urgent care or an emergency room now"})
    void aRedFlagOrASeriousInjuryGetsNoHeatOrIceAdviceAndClosesWithWhereToGetHelp(String event, String expected) {
        Reply reply = new TestSkill().send(event);
        assertThat(reply.speech()).contains(expected).doesNotContain("twenty minutes").doesNotContain("timer");
        assertThat(reply.endsSession()).isTrue();
        assertThat(reply.sessionAttributes().has("heatIce")).isFalse();
    }

    @Test
    void withoutTimerPermissionTheSkillAsksForItByVoice() {
        Reply reply = new TestSkill().send("timer-offer-yes-without-permission");

        assertThat(reply.speech()).contains("I need your permission");
        var directive = reply.json().at("/response/directives/0");
        assertThat(directive.path("type").asText()).isEqualTo("Connections.SendRequest");
        assertThat(directive.path("name").asText()).isEqualTo("AskFor");
        assertThat(directive.at("/payload/@type").asText()).isEqualTo("AskForPermissionsConsentRequest");
        assertThat(directive.at("/payload/@version").asText()).isEqualTo("2");
        assertThat(directive.at("/payload/permissionScopes/0/permissionScope").asText())
                .isEqualTo("alexa::alerts:timers:skill:readwrite");
        assertThat(directive.at("/payload/permissionScopes/0/consentLevel").asText()).isEqualTo("ACCOUNT");
        assertThat(directive.path("token").asText()).isNotBlank();
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
