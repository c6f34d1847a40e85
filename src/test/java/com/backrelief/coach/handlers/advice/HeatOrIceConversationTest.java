package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import org.junit.jupiter.api.Test;

import static com.backrelief.coach.support.TestSkill.HEAT_ICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule's typical case, as a person would talk it through with the skill: what they say first,
 * the short questions the skill still needs, and the advice the fact sheet gives.
 */
class HeatOrIceConversationTest {

    private static final String INTENT = "HeatOrIceIntent";

    private final Person person = new Person();

    @Test
    void r0PainDownBothLegsGetsTheEmergencyAnswerInsteadOfAdvice() {
        person.open();
        assertThat(person.say(INTENT).speech()).endsWith("When did this pain start?");
        assertThat(person.say(INTENT, "onsetWords", "yesterday").speech()).contains("fall or accident");
        Reply reply = person.say(INTENT, "injury", "no", "leg", "both legs");

        assertThat(reply.speech()).contains("needs help right now", "call 911 now", "I can't make the call for you")
                .doesNotContain("heat").doesNotContain("timer");
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void aNoToWhenThePainStartedMovesOnInsteadOfAskingAgain() {
        person.open();
        assertThat(person.say(INTENT).speech()).endsWith("When did this pain start?");
        // Alexa hears "no" as a no, or as the value of a heat-or-ice slot: either way there is nothing to add.
        Reply no = person.say("AMAZON.NoIntent");
        assertThat(no.speech()).contains("fall or accident").doesNotContain("When did this pain start");

        person.open();
        person.say(INTENT);
        Reply slotNo = person.say(INTENT, "injury", "no");
        assertThat(slotNo.speech()).doesNotContain("When did this pain start");
    }

    @Test
    void r1AFallOffALadderGetsTheEmergencyAnswerAtOnce() {
        Reply reply = person.say(INTENT, "injury", "fell off a ladder", "onsetWords", "this morning");

        // Fact sheet R1: the emergency script of E6, as the red-flag path gives it; the words are read for it.
        assertThat(reply.speech()).contains("needs help right now").contains("Please call 911 now")
                .doesNotContain("twenty minutes");
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void r2NumbSkinMeansNeitherAndGentleMovement() {
        assertThat(person.say(INTENT, "condition", "numb skin").elicitedSlot()).isEqualTo("injury");

        Reply reply = person.say(INTENT, "injury", "nothing in particular");

        assertThat(reply.speech()).contains(HEAT_ICE.rationale("R2", 0)).doesNotContain("timer")
                .endsWith("What else would you like to know?");
    }

    @Test
    void r3WithDiabetesColdIsTheSaferChoice() {
        person.say(INTENT, "condition", "diabetes");

        Reply reply = person.say(INTENT, "injury", "no");

        assertThat(reply.speech()).startsWith("I'd suggest cold.").contains(HEAT_ICE.rationale("R3", 0));
    }

    @Test
    void r4WithRaynaudsWarmthIsTheBetterOption() {
        person.say(INTENT, "condition", "raynaud's");
        person.say(INTENT, "onsetWords", "a week ago");

        Reply reply = person.say(INTENT, "injury", "it came on by itself");

        assertThat(reply.speech()).startsWith("I'd suggest heat.").contains(HEAT_ICE.rationale("R4", 0));
    }

    @Test
    void r5AFreshStrainWithSwellingGetsColdEveryTwoToThreeHours() {
        // Within seventy-two hours a strain gets cold with or without swelling (R5, R6), so swelling is never asked:
        // said, it brings the fresh-strain dose.
        Reply reply = person.say(INTENT, "injury", "hurt my back lifting", "onsetWords", "three days ago", "swelling", "a bit");

        assertThat(reply.speech()).startsWith("I'd suggest cold.").contains(HEAT_ICE.rationale("R5", 0),
                "never on bare skin").endsWith("Want the safety tips?");
        assertThat(person.yes().speech()).contains("every two to three hours while you're awake");
    }

    @Test
    void r6TheOneShotAboutAPulledBackAnswersAtOnceWithCold() {
        Reply reply = person.say(INTENT, "injury", "pulled my back lifting a box", "onsetWords", "yesterday",
                "preference", "ice");

        assertThat(reply.elicitsSlot()).isFalse();
        assertThat(reply.speech()).startsWith("I'd suggest cold.").contains(HEAT_ICE.rationale("R6", 0))
                .endsWith("Want the safety tips?");
        assertThat(person.yes().speech()).contains("heat is fine once seventy-two hours have passed")
                .endsWith("Want me to set a twenty-minute timer?");
    }

    @Test
    void r7WhatHelpedBeforeWins() {
        person.say(INTENT, "helpedBefore", "ice");
        person.say(INTENT, "onsetWords", "last week");

        Reply reply = person.say(INTENT, "injury", "no");

        assertThat(reply.speech()).startsWith("I'd suggest cold.").contains(HEAT_ICE.rationale("R7", 0));
    }

    @Test
    void r8SciaticaIsEitherWithHeatToStartAndKeepingActive() {
        person.say(INTENT, "condition", "sciatica");
        person.say(INTENT, "onset", "two weeks");

        Reply reply = person.say(INTENT, "injury", "no");

        assertThat(reply.speech()).startsWith("Either is fine.").contains(HEAT_ICE.rationale("R8", 0),
                "If you have no favourite, start with heat.");
    }

    @Test
    void r9ARecentHerniatedDiscIsEitherWithColdToStart() {
        person.say(INTENT, "condition", "a herniated disc");
        person.say(INTENT, "onsetWords", "two days ago");

        Reply reply = person.say(INTENT, "injury", "no");

        assertThat(reply.speech()).contains(HEAT_ICE.rationale("R9", 0), "If you're not sure, try cold first.");
    }

    @Test
    void r10PainThatCameOnByItselfGetsHeatAfterTwoQuestions() {
        assertThat(person.say(INTENT).speech()).isEqualTo("Let's find what suits you. When did this pain start?");
        assertThat(person.say(INTENT, "onsetWords", "yesterday").elicitedSlot()).isEqualTo("injury");

        Reply reply = person.say(INTENT, "injury", "no");

        assertThat(reply.speech()).startsWith("I'd suggest heat.").contains(HEAT_ICE.rationale("R10", 0),
                "fifteen to twenty minutes", "never fall asleep with it on");
        assertThat(person.yes().speech()).contains("a few times a day");
    }

    @Test
    void r11TightMusclesAWeekAfterAStrainGetHeat() {
        person.say(INTENT, "feel", "tight");
        person.say(INTENT, "onsetWords", "a week ago");
        Reply reply = person.say(INTENT, "injury", "i twisted it");

        assertThat(reply.speech()).contains(HEAT_ICE.rationale("R11", 0));
    }

    @Test
    void r12MonthsOfSharpPainIsEitherForComfortWithExercise() {
        person.say(INTENT, "onset", "six months");
        assertThat(person.say(INTENT, "injury", "no").speech()).endsWith("tight and knotted, or sharp and throbbing?");

        Reply reply = person.say(INTENT, "feel", "sharp");

        assertThat(reply.speech()).startsWith("Either is fine.").contains(HEAT_ICE.rationale("R12", 0));
    }

    @Test
    void r13AnAchyUpperBackGetsWarmthAndTheShoulderBladeGuard() {
        person.say(INTENT, "area", "upper back");
        person.say(INTENT, "onsetWords", "a week ago");
        Reply reply = person.say(INTENT, "injury", "lifting");

        assertThat(reply.speech()).contains(HEAT_ICE.rationale("R13", 0),
                "Pain between your shoulder blades with no clear cause needs a doctor today",
                "with chest pain, call 911 straight away");
    }

    @Test
    void r99OtherwiseGentleHeatFirstAndSwitchIfItDoesntHelp() {
        person.say(INTENT);
        person.say(INTENT, "onsetWords", "a week ago");
        Reply reply = person.say(INTENT, "injury", "pulled a muscle");

        assertThat(reply.speech()).contains(HEAT_ICE.rationale("R99", 0));
    }

    @Test
    void neverMoreThanTwoQuestionsEvenWhenHowItFeelsCouldStillMatter() {
        assertThat(person.say(INTENT).elicitedSlot()).isEqualTo("onset");
        assertThat(person.say(INTENT, "onset", "six months").elicitedSlot()).isEqualTo("injury");

        Reply afterTwo = person.say(INTENT, "injury", "no");

        assertThat(afterTwo.elicitsSlot()).isFalse();
        assertThat(afterTwo.speech()).contains(HEAT_ICE.rationale("R12", 0));
        // Said afterwards, how it feels refines the advice; the questions never start again.
        Reply refined = person.say(INTENT, "feel", "tight");
        assertThat(refined.elicitsSlot()).isFalse();
        assertThat(refined.speech()).containsAnyOf(HEAT_ICE.rationale("R11", 0), HEAT_ICE.rationale("R11", 1));
    }

    @Test
    void anAnswerAlexaCouldNotPlaceGetsTheInterviewsQuestionAgainAndIsThenReadWhole() {
        assertThat(person.say(INTENT).speech()).endsWith("When did this pain start?");

        Reply lost = person.say("AMAZON.FallbackIntent");
        assertThat(lost.speech()).isEqualTo("Sorry, I didn't catch that. So, when did this pain start?");
        assertThat(lost.elicitedSlot()).isEqualTo("description");

        Reply next = person.say("DescribeIntent", "description", "tuesday i think");
        assertThat(next.speech()).doesNotContain("didn't catch").endsWith("?");
        assertThat(next.speech()).doesNotContain("When did this pain start");
    }

    @Test
    void wordsThatAnswerNothingKeepTheInterviewAndAQuestionAfterAnOpenerIsAnswered() {
        assertThat(person.say(INTENT).speech()).endsWith("When did this pain start?");

        // "oh since about Tuesday I reckon", heard as free text the coach cannot place
        Reply lost = person.say("DescribeIntent", "description", "since about tuesday i reckon");
        assertThat(lost.speech()).isEqualTo("Sorry, I didn't catch that. So, when did this pain start?");

        // an aside after "hang on", heard as heat or ice with the question in its slot
        Reply aside = person.say(INTENT, "preference", "hang on is a hard mattress");
        assertThat(aside.speech()).contains("medium-firm").endsWith("So, when did this pain start?");
    }

    @Test
    void aDenialInWordsTheModelDoesNotListAnswersTheInterviewsQuestion() {
        person.say(INTENT);
        assertThat(person.say(INTENT, "onsetWords", "yesterday").speech()).contains("fall or accident");

        // "no injury, nothing down my legs", heard as a denial whose words Alexa could not resolve
        Reply reply = person.say("SymptomDenialIntent", "symptom", "injury nothing down my legs");

        assertThat(reply.speech()).startsWith("I'd suggest heat.").doesNotContain("fall or accident");
    }
}
