package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.support.SkillSession;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.SymptomEvents;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Part 5 of the red-flag issue: whole conversations in which a red flag, or its denial, comes up. */
class RedFlagConversationsTest {

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final SkillSession conversation = new SkillSession(new TestSkill(store));

    @Test
    void aRedFlagRightAfterTheWelcomeGetsTheEmergencyAnswerAndEndsTheSession() {
        assertThat(conversation.open().speech()).contains("Welcome to Back Relief Coach");

        Reply reply = conversation.say(SymptomEvents.redFlag("i can't feel my legs", "E4", "en-US"));

        assertThat(reply.speech()).startsWith("What you're describing can be a sign of a serious problem")
                .contains("Please call 911 now").doesNotMatch(RedFlagAnswersTest.SELF_CARE_WORDS);
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void aRedFlagAsTheFirstThingSaidInTheUkGets999() {
        Reply reply = conversation.say(SymptomEvents.redFlag("i wet myself", "E3", "en-GB"));

        assertThat(reply.speech()).contains("Please call 999 now, or have someone take you to A and E.");
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void aRedFlagDuringTheHeatOrIceQuestionsStopsThemAndTheConversationCarriesOn() {
        conversation.open();
        conversation.carrying("heatOrIce", json("{\"asking\": \"swelling\", \"onset\": \"two days\"}"));

        Reply urgent = conversation.say(SymptomEvents.duringDialog(SymptomEvents.redFlag("i have a fever", "U1", "en-US")));

        assertThat(urgent.speech()).startsWith("That's something a doctor should check today.").endsWith("?");
        assertThat(urgent.sessionAttributes().has("heatOrIce")).isFalse();

        Reply help = conversation.say("help");

        assertThat(help.speech()).contains("can't examine you or diagnose anything");
        assertThat(help.sessionAttributes().path(SafetyState.RED_FLAG_KEY).asText()).isEqualTo("urgent");
    }

    @Test
    void anEmergencyInTheMiddleOfARoutineStopsItAndStoresNothingAboutIt() {
        conversation.open();
        int savesAfterWelcome = store.saves.get();
        conversation.carrying("routine", json("{\"id\": \"spasm-relief\", \"step\": 3, \"rep\": 4}"));

        Reply reply = conversation.say(SymptomEvents.redFlag("my chest hurts too", "E7", "en-US"));

        assertThat(reply.speech()).contains("Please call 911 now").doesNotMatch(RedFlagAnswersTest.SELF_CARE_WORDS);
        assertThat(reply.endsSession()).isTrue();
        assertThat(reply.sessionAttributes().has("routine")).isFalse();
        assertThat(store.saves.get()).isEqualTo(savesAfterWelcome);
    }

    @Test
    void painInTheMiddleOfARoutineStopsThatExerciseAndOffersWhatNext() {
        conversation.open();
        conversation.carrying("routine", json("{\"id\": \"morning-mobility\", \"step\": 1}"));

        Reply stop = conversation.say("exercise-pain");
        Reply next = conversation.say("stretch-info-kids-pose");

        assertThat(stop.speech()).startsWith("Let's stop here.")
                .endsWith("Would you like to skip this one, or stop for today?");
        assertThat(stop.sessionAttributes().path("routine").path("step").asInt()).isEqualTo(1);
        assertThat(stop.sessionAttributes().path("routine").path("paused").asBoolean()).isTrue();
        assertThat(next.speech()).contains("child's pose");
    }

    @Test
    void aDenialRaisesNoAlarmAndTheConversationGoesOn() {
        conversation.open();

        Reply denial = conversation.say("symptom-denial");
        Reply stretch = conversation.say("stretch-info-cat-cow");

        // Nobody asked: one question to be sure, and moving on from it is fine.
        assertThat(denial.speech()).startsWith("Just to be sure I heard you right: do you have").endsWith("?");
        assertThat(denial.endsSession()).isFalse();
        assertThat(stretch.speech()).contains("cat cow");
    }

    @Test
    void aDenialThenARealRedFlagStillGetsTheRedFlagAnswer() {
        conversation.open();
        conversation.say("symptom-denial");

        Reply reply = conversation.say(SymptomEvents.redFlag("numb around my bottom", "E1", "en-US"));

        assertThat(reply.speech()).contains("Please call 911 now");
    }

    @Test
    void anUrgentSymptomThenGoodbye() {
        conversation.open();

        Reply urgent = conversation.say(SymptomEvents.redFlag("it never lets up", "U4", "en-GB"));
        Reply stop = conversation.say("stop");

        assertThat(urgent.speech()).contains("Please call 111 or ask your GP surgery for an urgent appointment.");
        assertThat(urgent.reprompt()).isEqualTo("You can ask me something else, or say stop. What would you like to do?");
        assertThat(stop.speech()).contains("Goodbye");
    }

    @Test
    void aSoonSymptomThenAStretchQuestion() {
        conversation.open();

        Reply soon = conversation.say(SymptomEvents.redFlag("it's been three weeks", "S1", "en-US"));
        Reply list = conversation.say("list-stretches");

        assertThat(soon.speech()).startsWith("It would be a good idea to book an appointment with your doctor or a "
                + "physical therapist in the next few days.");
        assertThat(list.speech()).contains("cat cow");
        assertThat(list.sessionAttributes().path(SafetyState.RED_FLAG_KEY).asText()).isEqualTo("soon");
    }

    @Test
    void anUnclearSymptomIsAskedAboutThenTheClearerAnswerIsHandled() {
        conversation.open();

        Reply unclear = conversation.say(SymptomEvents.unresolvedRedFlag("my legs feel kind of funny", "en-US"));
        Reply clear = conversation.say(SymptomEvents.redFlag("both legs are numb", "E4", "en-US"));

        assertThat(unclear.speech()).endsWith("Can you tell me more about what you're noticing?");
        assertThat(clear.speech()).contains("Please call 911 now");
    }

    private static JsonNode json(String text) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLaterLessUrgentSymptomDoesNotLowerTheSessionsRedFlag() {
        conversation.open();

        conversation.say(SymptomEvents.redFlag("i have a fever", "U1", "en-US"));
        Reply soon = conversation.say(SymptomEvents.redFlag("i can't cope", "S2", "en-US"));

        assertThat(soon.speech()).contains("in the next few days");
        assertThat(soon.sessionAttributes().path(SafetyState.RED_FLAG_KEY).asText()).isEqualTo("urgent");
    }

    @Test
    void aSymptomAlexaHeardOnlyInPartIsAskedForAgainAsFreeTextAndThenReadWhole() {
        com.backrelief.coach.support.Person person = new com.backrelief.coach.support.Person(new TestSkill(store));
        person.open();

        Reply part = person.say("RedFlagIntent", "symptom", "couldn't feel a thing back there");
        assertThat(part.speech()).isEqualTo("I want to be sure I understand. Can you tell me more about what you're noticing?");
        assertThat(part.elicitedSlot()).isEqualTo("description");

        Reply whole = person.say("DescribeIntent", "description", "when I wipe I can't feel the toilet paper at all");
        assertThat(whole.speech()).contains("Please call 911 now");
    }
}
