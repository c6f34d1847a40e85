package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.domain.advice.Question;
import com.backrelief.coach.domain.advice.Recommendation;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static com.backrelief.coach.support.TestSkill.HEAT_ICE;
import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** What the heat-and-ice conversation keeps, forgets, varies and understands across turns. */
class HeatIceSessionTest {

    private static final String INTENT = "HeatOrIceIntent";

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final Person person = new Person(new TestSkill(store));

    @Test
    void answersAboutSymptomsLiveInTheSessionOnlyUntilTheAdvice() {
        person.open();
        person.say(INTENT, "onsetWords", "yesterday");
        assertThat(person.attributes().path("heatIce").path("symptoms").path("onsetMinutes").asInt()).isEqualTo(1440);

        person.say(INTENT, "injury", "no");
        person.say(INTENT, "leg", "neither");

        assertThat(person.attributes().has("heatIce")).isFalse();
        // What was said stays for the rest of the session only, so later advice uses it (fact sheet R3).
        assertThat(person.attributes().path("heatIceSaid").path("onsetMinutes").asInt()).isEqualTo(1440);
    }

    @Test
    void nothingAboutSymptomsReachesTheStoreOrTheLogs() {
        PrintStream out = System.out;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        System.setOut(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            person.open();
            person.say(INTENT, "injury", "pulled my back lifting a box", "onsetWords", "yesterday", "condition", "diabetes");
            person.yes();
        } finally {
            System.setOut(out);
        }

        assertThat(store.get(USER_ID)).hasValueSatisfying(progress -> assertThat(progress.visits()).isEqualTo(1));
        assertThat(person.attributes().path("progress").toString()).doesNotContain("diabetes").doesNotContain("MINOR");
        assertThat(logs.toString(StandardCharsets.UTF_8))
                .contains("HeatOrIceIntent")
                .doesNotContain("lifting").doesNotContain("yesterday").doesNotContain("diabetes");
    }

    @Test
    void aSecondAnswerIsWordedDifferentlyAndSkipsTheSafetyLinesAlreadySaid() {
        Reply first = person.say(INTENT, "onsetWords", "yesterday", "injury", "no", "leg", "neither");
        Reply second = person.say(INTENT, "onsetWords", "two days ago", "injury", "no", "leg", "neither");

        assertThat(first.speech()).startsWith(HEAT_ICE.opener(Recommendation.HEAT, 0).orElseThrow())
                .contains(HEAT_ICE.rationale("R10", 0), "never fall asleep with it on");
        assertThat(second.speech()).startsWith(HEAT_ICE.opener(Recommendation.HEAT, 1).orElseThrow())
                .contains(HEAT_ICE.rationale("R10", 1)).doesNotContain("never fall asleep");
    }

    @Test
    void coldSafetyIsStillSaidAfterHeatSafety() {
        person.say(INTENT, "onsetWords", "yesterday", "injury", "no", "leg", "neither");

        Reply cold = person.say(INTENT, "injury", "pulled my back lifting a box", "onsetWords", "yesterday");

        assertThat(cold.speech()).contains("never on bare skin");
    }

    @Test
    void aPlainNoAnswersTheInjuryQuestion() {
        person.say(INTENT, "onsetWords", "yesterday");

        Reply next = person.no();

        assertThat(next.elicitedSlot()).isEqualTo("leg");
        assertThat(person.attributes().at("/heatIce/symptoms/injury").asText()).isEqualTo("NONE");
    }

    @Test
    void aYesThatDoesntAnswerTheQuestionGetsTheQuestionAgainWithoutCountingIt() {
        person.say(INTENT, "onsetWords", "yesterday");

        Reply again = person.yes();

        assertThat(again.elicitedSlot()).isEqualTo("injury");
        assertThat(again.speech()).isEqualTo(HEAT_ICE.question(Question.INJURY));
        assertThat(person.attributes().at("/heatIce/asked").asInt()).isEqualTo(1);
    }

    @Test
    void denyingLegSymptomsAnswersTheLegQuestion() {
        assertThat(person.say(INTENT, "onsetWords", "yesterday", "injury", "no").elicitedSlot()).isEqualTo("leg");

        Reply reply = person.say("SymptomDenialIntent", "symptom", "leg weakness");

        assertThat(reply.speech()).contains(HEAT_ICE.rationale("R10", 0));
    }

    @Test
    void anotherDenialDuringTheQuestionsKeepsTheDialogAndAsksAgain() {
        person.say(INTENT, "onsetWords", "yesterday", "injury", "no");

        Reply reply = person.say("SymptomDenialIntent", "symptom", "fever");

        assertThat(reply.elicitedSlot()).isEqualTo("leg");
        assertThat(person.attributes().at("/heatIce/symptoms/injury").asText()).isEqualTo("NONE");
    }

    @Test
    void movingOnForgetsTheAnswersSoALaterYesIsNotTakenForOne() {
        person.say(INTENT, "onsetWords", "yesterday");
        person.say("StretchInfoIntent", "stretch", "cat cow");

        assertThat(person.attributes().has("heatIce")).isFalse();
        // The yes answers the stretch's own offer, never the heat-or-ice question left behind.
        assertThat(person.yes().speech()).doesNotContain("I'd suggest").contains("Do five to ten slow breaths");
    }

    @Test
    void followUpsAfterAnAnswerFitTheAdvice() {
        person.say(INTENT, "injury", "pulled my back lifting a box", "onsetWords", "yesterday");

        assertThat(person.say("HeatIceFollowUpIntent", "topic", "how often").speech())
                .startsWith(HEAT_ICE.howOften(PackUse.COLD_FRESH_STRAIN));
        assertThat(person.say("HeatIceFollowUpIntent", "topic", "why").speech())
                .contains("NHS first-aid advice", "Cochrane review");
    }

    @Test
    void aFollowUpWithoutATopicOffersTheTopics() {
        Reply reply = person.say("HeatIceFollowUpIntent");

        assertThat(reply.speech()).contains("how long", "the evidence").endsWith("?");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"en-GB, call 999 now, or have someone take you to A and E",
            "en-AU, call triple zero now", "en-IN, call 112 now", "en-CA, call 911 now",
            "de-DE, call your local emergency number now"})
    void theEmergencyAnswerUsesTheLocalesNumber(String locale, String expected) {
        person.inLocale(locale);
        person.say(INTENT, "onsetWords", "yesterday", "injury", "no");

        assertThat(person.say(INTENT, "leg", "both legs").speech()).contains(expected);
    }
}
