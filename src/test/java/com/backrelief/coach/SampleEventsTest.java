package com.backrelief.coach;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
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
            "fallback                  | Sorry, I didn't catch that. You can ask, should I use heat or ice",
            "understood-thanks         | You're welcome",
            "understood-deny           | Good, thanks for telling me",
            "understood-negation       | Just to be sure I heard you right: do you have a high temperature?",
            "understood-i-am           | That's something a doctor should check today",
            "understood-how-long       | Fifteen to twenty minutes at a time",
            "understood-subject        | Most back pain doesn't need a scan",
            "when-it-started-unasked   | Can you tell me more about what you're noticing?",
            "understood-how-often      | core strength routine about three times a week",
            "understood-how-many       | eight to twelve bridges",
            "understood-how-much       | five to ten minutes a few times a day",
            "understood-how            | a low or medium setting",
            "understood-why            | Cochrane review",
            "understood-what-about     | frozen peas",
            "understood-what-if        | Don't sleep with a heating pad on",
            "understood-can-i          | Never put ice straight on your skin",
            "understood-should-i       | more than a day or two in bed",
            "understood-is-it-ok       | lying flat on your back",
            "understood-is-it-safe     | on top of you rather than lying on it",
            "understood-is-it          | A mild stretch is fine",
            "understood-what           | no single cause can be pinned down",
            "understood-tell-me        | posture",
            "understood-which          | When did this pain start?",
            "understood-ask            | Gentle walking is a good way to keep active",
            "understood-describe-story | For a fresh strain with swelling, cold",
            "understood-describe-routine | Here's the gentle spasm relief routine",
            "list-stretches            | cat cow",
            "list-stretches            | glute bridge",
            "stretch-info-cat-cow      | hands and knees",
            "stretch-info-cat-cow      | As you breathe in",
            "stretch-info-cat-cow      | Want to hear how much to do, and when to stop?",
            "stretch-info-kids-pose    | child's pose",
            "stretch-info-glute-bridge | glute bridge",
            "stretch-info-unknown      | I don't know that one",
            "start-routine-default     | I'll start you on the morning mobility routine",
            "start-routine-default     | You'll need a mat, a cushion and a chair.",
            "start-routine-default     | A mild stretch is fine, but sharp pain",
            "start-routine-morning     | Here's the morning mobility routine: six exercises, about",
            "start-routine-morning     | First, the cat cow.",
            "start-routine-spasm       | Here's the gentle spasm relief routine: five exercises, about",
            "start-routine-minutes     | The desk break routine fits in five minutes.",
            "routine-next              | Last one: the hip flexor stretch.",
            "routine-next              | Now switch to the other side, and get into position.",
            "routine-yes-next          | Last one: the hip flexor stretch.",
            "routine-previous          | Going back to the pelvic tilt.",
            "routine-repeat            | Once more: the glute bridge.",
            "routine-pause             | Paused. Take your time, and say resume when you're ready.",
            "routine-no-pauses         | Paused.",
            "routine-resume            | Picking up with the glute bridge.",
            "routine-start-over        | Starting again from the top, with the cat cow.",
            "routine-skip              | Okay, skipping the glute bridge. Last one: the hip flexor stretch.",
            "routine-how-many-left     | You're on the glute bridge, exercise five of six. There's one more after this one",
            "routine-explain-current   | Here's how to do the glute bridge.",
            "routine-easier            | For an easier version: Lift your hips only a little way.",
            "routine-harder            | For a harder version:",
            "routine-slower            | Okay, slower",
            "routine-faster            | Okay, a bit faster.",
            "routine-how-am-i-doing    | You've finished two routines. Your current streak is two days in a row, your longest so far.",
            "routine-next-finishes     | That's three routines done, and three days in a row.",
            "routine-next-finishes     | Does your back feel better, the same, or worse?",
            "resume-offer-yes          | Picking up the morning mobility routine at the glute bridge, exercise five of six.",
            "resume-offer-no           | Would you like to do the morning mobility routine from the beginning instead?",
            "check-in-better           | That's good to hear.",
            "check-in-same             | regular exercise does the most good over time",
            "check-in-worse            | see your doctor or a physical therapist soon",
            "how-am-i-doing            | You haven't finished a routine yet.",
            "sounds-off                | Okay, no more sounds.",
            "sounds-on                 | Okay, the sounds are back on.",
            "next-without-routine      | We're not in a routine right now.",
            "heat-or-ice-one-shot                | I'd suggest cold",
            "heat-or-ice-one-shot                | Right after a strain, cold is the standard first step",
            "heat-or-ice-one-shot                | fifteen to twenty minutes",
            "heat-or-ice-one-shot                | If you get numbness around your bottom, or trouble peeing, call 911",
            "heat-or-ice-one-shot                | never on bare skin",
            "heat-or-ice-one-shot                | Want the safety tips?",
            "heat-or-ice-start                   | When did this pain start?",
            "heat-or-ice-dialog-in-progress      | I'd suggest heat",
            "heat-or-ice-dialog-in-progress      | came on without an injury",
            "heat-or-ice-dialog-in-progress      | never fall asleep with it on",
            "follow-up-how-long                  | Fifteen to twenty minutes",
            "follow-up-how-often                 | every two to three hours",
            "follow-up-heat-worse                | add to swelling right after an injury",
            "follow-up-ice-worse                 | stiffer for a while",
            "follow-up-alternate                 | at least half an hour",
            "follow-up-sciatica                  | neither is likely to reach the nerve",
            "follow-up-herniated-disc            | No trials have tested heat or cold for a herniated disc",
            "follow-up-upper-back                | between your shoulder blades",
            "follow-up-upper-back                | call 911 straight away",
            "follow-up-overnight                 | Don't sleep with a heating pad on",
            "follow-up-evidence                  | A Cochrane review",
            "follow-up-evidence                  | The American College of Physicians guideline",
            "timer-offer-yes-with-permission     | 20-minute timer",
            "timer-offer-no                      | Okay, no timer",
            "set-timer-ice-pack                  | 20-minute timer",
            "timer-permission-accepted           | 20-minute timer",
            "timer-permission-denied             | in the Alexa app",
            "timer-permission-denied             | take the pack off after 20 minutes",
            "set-reminder-every-day              | Done. I'll remind you to stretch every day at 8 am.",
            "set-reminder-weekdays-lunchtime     | Done. I'll remind you to stretch every weekday at 12 noon.",
            "set-reminder-no-time                | What time should I remind you",
            "move-reminder                       | so I've set one: every day at 7 pm.",
            "list-reminders                      | You don't have a stretch reminder from me.",
            "cancel-reminder                     | You don't have a stretch reminder from me.",
            "reminder-offer-yes                  | Done. I'll remind you to stretch every day at 8 am.",
            "reminder-offer-no                   | Okay, no reminder.",
            "reminder-permission-accepted        | Done. I'll remind you to stretch every day at 8 am.",
            "reminder-permission-denied          | You can allow reminders for Back Relief Coach in the Alexa app",
            "red-flag-urgent           | That's something a doctor should check today",
            "red-flag-soon             | book an appointment with your doctor or a physical therapist",
            "red-flag-unresolved       | Can you tell me more about what you're noticing?",
            "symptom-denial            | Just to be sure I heard you right: do you have",
            "exercise-pain             | Let's stop here.",
            "exercise-pain-in-routine  | Would you like to skip this one, or stop for today?",
            "getting-worse             | Back pain that keeps getting worse should be checked.",
    })
    void answersWhatWasAsked(String event, String expected) {
        Reply reply = new TestSkill().send(event);
        assertThat(reply.speech()).contains(expected);
        assertThat(reply.endsSession()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"stop", "cancel", "navigate-home", "understood-never-mind"})
    void stopCancelAndGoHomeSayGoodbyeAndClose(String event) {
        Reply reply = new TestSkill().send(event);
        assertThat(reply.speech()).contains("Goodbye");
        assertThat(reply.endsSession()).isTrue();
        assertThat(reply.json().path("response").path("reprompt").isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"routine-stop"})
    void stopMidRoutineSaysGoodbyeAndCloses(String event) {
        Reply reply = new TestSkill().send(event);
        assertThat(reply.speech()).contains("Goodbye");
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void aLaunchForSomeoneWithARecentPlaceOffersToPickUpThere() {
        InMemoryProgressStore store = new InMemoryProgressStore();
        store.put(TestSkill.USER_ID, new Progress(2, LocalDate.of(2026, 11, 20))
                .reached("morning-mobility", 4, TestSkill.NOW.minusSeconds(3600)));

        Reply reply = new TestSkill(store).send("launch");

        assertThat(reply.speech()).endsWith("Last time you got to the glute bridge in the morning mobility routine. Pick up there?");
        assertThat(reply.sessionAttributes().path("pending").asText()).isEqualTo("routine-offer");
    }

    @ParameterizedTest
    @CsvSource({"heat-or-ice-both-legs, call 911 now", "heat-or-ice-serious-fall, call 911 now",
            "understood-red-flag-in-words, call 911 now", "understood-cant, call 911 now"})
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

    @Test
    void withoutReminderPermissionTheSkillAsksForItByVoice() {
        Reply reply = new TestSkill().send("set-reminder-without-permission");

        assertThat(reply.speech()).contains("To set reminders, I need your permission.");
        var directive = reply.json().at("/response/directives/0");
        assertThat(directive.path("type").asText()).isEqualTo("Connections.SendRequest");
        assertThat(directive.path("name").asText()).isEqualTo("AskFor");
        assertThat(directive.at("/payload/permissionScopes/0/permissionScope").asText())
                .isEqualTo("alexa::alerts:reminders:skill:readwrite");
        assertThat(directive.path("token").asText()).isEqualTo("stretch-reminder:SET:0800@MO,TU,WE,TH,FR,SA,SU");
    }

    @ParameterizedTest
    @CsvSource({"reminder-created", "reminder-updated", "reminder-deleted", "reminder-status-changed"})
    void alexasReminderEventsAreTakenInSilence(String event) {
        Reply reply = new TestSkill().send(event);
        assertThat(reply.hasSpeech()).isFalse();
        assertThat(reply.json().path("version").asText()).isEqualTo("1.0");
    }

    @ParameterizedTest
    @CsvSource({"session-ended", "session-ended-error", "routine-session-ended"})
    void theEndOfASessionIsNotAnswered(String event) {
        Reply reply = new TestSkill().send(event);
        assertThat(reply.hasSpeech()).isFalse();
        assertThat(reply.json().path("version").asText()).isEqualTo("1.0");
    }

    @Test
    void theExplanationGivesTheStartPositionAndCuesThenOffersTheDoseAndWhenToStop() {
        com.backrelief.coach.support.Person person = new com.backrelief.coach.support.Person();
        person.open();
        String speech = person.send(com.backrelief.coach.support.Events.json("stretch-info-glute-bridge")).speech();
        var bridge = TestSkill.CATALOGUE.stretch("glute-bridge").orElseThrow();
        assertThat(speech).contains(bridge.start(), bridge.cues().get(0), bridge.cues().get(1))
                .endsWith("Want to hear how much to do, and when to stop?");
        assertThat(person.yes().speech()).contains(bridge.dose(), bridge.stopIf());
    }
}
