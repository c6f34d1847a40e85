package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.progress.StoredProgress;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.SymptomEvents;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.OptionalLong;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** What each tier of red flag is answered with, in each locale, and what an unclear symptom gets. */
class RedFlagAnswersTest {

    /** Words an emergency answer must not contain: nothing but getting help. */
    static final String SELF_CARE_WORDS = "(?i).*\\b(heat|ice|cold|warm\\w*|stretch\\w*|exercis\\w*|routine)\\b.*";

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final TestSkill skill = new TestSkill(store);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-US | 911 | the emergency room.",
            "en-CA | 911 | the emergency room.",
            "en-GB | 999 | A and E.",
            "en-AU | triple zero | the emergency department.",
            "en-IN | 112 | the emergency room. Or call 108 for an ambulance.",
    })
    void anEmergencyGetsHelpNowWithTheLocalNumberAndNothingElse(String locale, String number, String place) {
        Reply reply = skill.send(SymptomEvents.redFlag("i can't feel my legs", "E4", locale));

        // Fact sheet section 5, with its locale additions: "triple zero" in Australia, 108 for an ambulance in India.
        assertThat(reply.speech()).isEqualTo("What you're describing can be a sign of a serious problem that needs "
                + "help right now. Please call " + number + " now, or have someone take you to " + place + " "
                + "Don't wait to see if it gets better. I can't make the call for you.");
        if (number.matches("[0-9]+")) {
            assertThat(reply.ssml()).contains("<say-as interpret-as=\"digits\">" + number + "</say-as>");
        }
        assertThat(reply.speech()).doesNotMatch(SELF_CARE_WORDS);
        assertThat(reply.endsSession()).isTrue();
        assertThat(reply.json().path("response").path("reprompt").isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"fr-FR", "en-NZ", "de-DE"})
    void anUnknownLocaleHearsNoNumberButStillWhereToGo(String locale) {
        Reply reply = skill.send(SymptomEvents.redFlag("i wet myself", "E3", locale));

        assertThat(reply.speech()).contains("Please call your local emergency number now",
                "the nearest emergency room", "I can't make the call for you");
        assertThat(reply.speech()).doesNotContainPattern("[0-9]");
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void aRequestWithoutALocaleHearsNoNumber() {
        ObjectNode event = SymptomEvents.redFlag("i wet myself", "E3", "en-US");
        ((ObjectNode) event.path("request")).remove("locale");

        assertThat(skill.send(event).speech()).contains("your local emergency number").doesNotContainPattern("[0-9]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-US | That's something a doctor should check today. Please call your doctor's office or go to urgent care today.",
            "en-CA | That's something a doctor should check today. Please call your doctor's office or go to urgent care today. Or call 811 for nurse advice, where your province offers it.",
            "en-GB | That's something a doctor should check today. Please call 111 or ask your GP surgery for an urgent appointment.",
            "en-AU | That's something a doctor should check today. Please see your GP today, or call healthdirect on eighteen hundred, oh two two, two two two.",
            "en-IN | That's something a doctor should check today. Please see a doctor today.",
            "fr-FR | That's something a doctor should check today. Please contact your doctor or an urgent care service today.",
    })
    void anUrgentSymptomNeedsADoctorTodayAndTheConversationGoesOn(String locale, String advice) {
        Reply reply = skill.send(SymptomEvents.redFlag("i have a fever", "U1", locale));

        assertThat(reply.speech()).isEqualTo(advice + " You can ask me something else, or say stop. What would you like to do?");
        assertThat(reply.endsSession()).isFalse();
        assertThat(reply.reprompt()).endsWith("?");
        assertThat(reply.sessionAttributes().path(SafetyState.RED_FLAG_KEY).asText()).isEqualTo("urgent");
    }

    /** Alexa may send only part of it ("between my shoulder blades" of "... going down into my left arm"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-US | If it spreads to your chest, arm or jaw, or you're short of breath, call 911 now.",
            "en-GB | If it spreads to your chest, arm or jaw, or you're short of breath, call 999 now.",
            "en-AU | If it spreads to your chest, arm or jaw, or you're short of breath, call triple zero now.",
    })
    void aSameDaySymptomNextToEmergencySignsNamesThemWithTheNumber(String locale, String signs) {
        Reply reply = skill.send(SymptomEvents.redFlag("pain between my shoulder blades", "U6", locale));

        assertThat(reply.speech()).startsWith("That's something a doctor should check today.").contains(signs);
        assertThat(reply.endsSession()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-US | your doctor or a physical therapist",
            "en-GB | your GP or a physio",
            "en-AU | your GP or a physio",
            "en-IN | your GP or a physio",
            "en-CA | your doctor or a physiotherapist",
    })
    void aSoonSymptomNeedsAnAppointmentInTheNextFewDays(String locale, String who) {
        Reply reply = skill.send(SymptomEvents.redFlag("it's been months", "S5", locale));

        assertThat(reply.speech()).startsWith("It would be a good idea to book an appointment with " + who
                + " in the next few days.");
        assertThat(reply.speech()).doesNotContain("emergency").endsWith("?");
        assertThat(reply.endsSession()).isFalse();
    }

    @Test
    void wordsAlexaCouldNotMatchGetAQuestionNeitherAlarmNorDismissal() {
        Reply reply = skill.send(SymptomEvents.unresolvedRedFlag("my legs feel kind of funny", "en-US"));

        assertThat(reply.speech()).isEqualTo("I want to be sure I understand. Can you tell me more about what you're noticing?");
        assertThat(reply.endsSession()).isFalse();
        assertThat(reply.reprompt()).isEqualTo("Can you tell me more about what you're noticing?");
    }

    @Test
    void noSlotAtAllGetsTheSameQuestion() {
        Reply reply = skill.send(SymptomEvents.withoutSlots("red-flag-emergency"));

        assertThat(reply.speech()).endsWith("Can you tell me more about what you're noticing?");
        assertThat(reply.endsSession()).isFalse();
    }

    @Test
    void anIdTheScreenDoesNotKnowIsNotTakenForAnEmergency() {
        Reply reply = skill.send(SymptomEvents.redFlag("something", "Z9", "en-US"));

        assertThat(reply.speech()).endsWith("Can you tell me more about what you're noticing?");
    }

    @Test
    void wordsHeardButNotResolvedStillCountWhenTheyAreASayingOfTheSheet() {
        Reply reply = skill.send(SymptomEvents.spokenOnly("I can't feel my legs", "en-GB"));

        assertThat(reply.speech()).contains("Please call 999 now");
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void whenWordsFitSeveralSymptomsTheMostUrgentIsAnswered() {
        Reply reply = skill.send(SymptomEvents.redFlagResolvingTo("pain between my shoulder blades and chest", "en-US",
                "U6", "E7"));

        assertThat(reply.speech()).contains("Please call 911 now");
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void anEmergencyKeepsTheProgressRecordAsItWasAndStoresNothingNew() {
        store.put(USER_ID, new Progress(3, LocalDate.of(2026, 11, 20)));

        skill.send(SymptomEvents.redFlag("my chest hurts", "E7", "en-US"));

        assertThat(store.get(USER_ID)).contains(new Progress(3, LocalDate.of(2026, 11, 20)));
        assertThat(store.saves.get()).isZero();
    }

    @Test
    void anEmergencyIsAnsweredEvenWhenTheProgressStoreIsDown() {
        TestSkill broken = new TestSkill(new ProgressStore() {
            @Override
            public StoredProgress load(String userId) {
                throw new IllegalStateException("table unreachable");
            }

            @Override
            public OptionalLong write(String userId, Progress progress, long expectedVersion) {
                throw new IllegalStateException("table unreachable");
            }

            @Override
            public void delete(String userId) {
                throw new IllegalStateException("table unreachable");
            }
        });

        Reply reply = broken.send(SymptomEvents.redFlag("i can't feel my legs", "E4", "en-US"));

        assertThat(reply.speech()).contains("Please call 911 now", "I can't make the call for you");
        assertThat(reply.endsSession()).isTrue();
    }
}
