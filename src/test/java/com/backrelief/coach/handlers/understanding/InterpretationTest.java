package com.backrelief.coach.handlers.understanding;

import com.amazon.ask.model.Intent;
import com.backrelief.coach.conversation.Meaning;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.backrelief.coach.content.Content;
import com.backrelief.coach.domain.understanding.Understanding;
import com.backrelief.coach.handlers.common.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The intent a request means: a red flag anywhere, and free text turned into what it asks for. */
class InterpretationTest {

    private static final Understanding UNDERSTANDING = Content.load().understanding();
    private static final Interpretation INTERPRETATION = new Interpretation(UNDERSTANDING);
    private static final State START = new State(false, false);
    private static final State IN_ROUTINE = new State(true, false);

    /** What Alexa sent: an intent with one spoken slot, the carrier's words put back as the interceptor does. */
    private static Meaning meant(String intent, String slot, String words, State state) {
        Intent alexa = Intent.builder().withName(intent)
                .withSlots(Map.of(slot, Slot.builder().withName(slot).withValue(words).build())).build();
        String text = UnderstandingInterceptor.words(alexa);
        String carried = UNDERSTANDING.carrier(intent).map(c -> c.words() + " " + text).orElse(text);
        boolean question = UNDERSTANDING.carrier(intent).map(Understanding.Carrier::question).orElse(false);
        return INTERPRETATION.meaning(alexa, UNDERSTANDING.read(carried), state, question, false);
    }

    @ParameterizedTest(name = "{0} \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', value = {
            "DescribeIntent | description | legs have both gone numb        | RedFlagIntent          | E4",
            "CantIntent     | description | feel the toilet paper           | RedFlagIntent          | E1",
            "CanIIntent     | question    | put ice straight on my skin     | TopicIntent            | bare-ice",
            "HowLongIntent  | question    | should I ice my back            | HeatIceFollowUpIntent  | how-long",
            "DenyIntent     | description | numbness anywhere               | SymptomDenialIntent    | -",
            "IAmIntent      | description | 80 and I slipped on the step    | RedFlagIntent          | U14",
            "DescribeIntent | description | pulled my back lifting yesterday, heat or ice | HeatOrIceIntent | -",
            "ShouldIIntent  | question    | use heat or ice on my stiff back | HeatOrIceIntent       | -",
            "AskIntent      | question    | heat or ice better for a stiff back from yesterday | HeatOrIceIntent | -",
            "AskIntent      | question    | ice bad for a stiff back        | HeatIceFollowUpIntent  | ice-worse",
            "AskIntent      | question    | ice make my back stiffer        | HeatIceFollowUpIntent  | ice-worse",
            "CanIIntent     | question    | walk me through some stretches  | StartRoutineIntent     | -",
            "CanIIntent     | question    | get a reminder each morning     | SetReminderIntent      | -",
            "DescribeIntent | description | want a nudge every weekday at noon to do my stretches | SetReminderIntent | -",
            "DescribeIntent | description | remind me how to do the cat cow | StretchInfoIntent      | cat-cow",
            "CanIIntent     | question    | go for a walk with back pain    | TopicIntent            | walking",
            "SubjectQuestionIntent | subject | stay in bed                 | TopicIntent            | bed-rest",
            "SubjectQuestionIntent | subject | mattress is best for back pain | TopicIntent           | sleep",
            "SubjectQuestionIntent | subject | an x ray                    | TopicIntent            | scan",
            "SubjectQuestionIntent | subject | walking good for a bad back | TopicIntent            | walking",
            "SubjectQuestionIntent | subject | painkillers my legs have both gone numb | RedFlagIntent | E4",
            "AskIntent      | question    | you walk me through the cat cow | StretchInfoIntent      | cat-cow",
            "CanIIntent     | question    | remind me daily to do my back exercises | SetReminderIntent | -",
            "DescribeIntent | description | i'd love a reminder to stretch each morning | SetReminderIntent | -",
            "AskIntent      | question    | i have any reminders set up      | ListRemindersIntent    | -",
            "DescribeIntent | description | don't want those reminders any more | CancelReminderIntent | -",
            "CanIIntent     | question    | shift my reminder a bit later    | MoveReminderIntent     | -",
            "CanIIntent     | question    | remind me to take the heat pack off | SetTimerIntent      | -",
            "DescribeIntent | description | had a few beers tonight and my back aches, can I use my heat pad | HeatOrIceIntent | -",
            "DescribeIntent | description | get hives from cold, what should I put on my sore back | HeatOrIceIntent | -",
            "DescribeIntent | description | cold always helps my back, should I stick with it | HeatOrIceIntent | -",
            "CanIIntent     | question    | use a heat pad if i'm diabetic  | TopicIntent            | diabetes",
            "DescribeIntent | description | that hot water bottle really helped, thanks | ThanksIntent | -",
            "DescribeIntent | description | thanks, what about frozen peas  | TopicIntent            | frozen-peas",
            "SubjectQuestionIntent | subject | leave it on                 | HeatIceFollowUpIntent  | how-long",
            "DescribeIntent | description | hurt my back doing my stretches | HeatOrIceIntent        | -",
            "DescribeIntent | description | just do some stretching         | StartRoutineIntent     | -",
            "DescribeIntent | description | like a bit of exercise for my back please | StartRoutineIntent | -",
    })
    void freeTextBecomesWhatItMeans(String intent, String slot, String words, String meant, String id) {
        Meaning heard = meant(intent, slot, words, START);

        assertThat(heard.request()).isEqualTo(meant);
        if (!id.equals("-")) {
            assertThat(heard.values().values().iterator().next().ids()).containsExactly(id);
        }
    }

    /** Heat or ice as a statistical NLU may send a question on a topic: words in slots, none of them resolved. */
    private static Meaning heatOrIce(Map<String, String> spoken) {
        return heatOrIce(spoken, START);
    }

    private static Meaning heatOrIce(Map<String, String> spoken, State state) {
        Map<String, Slot> slots = new java.util.LinkedHashMap<>();
        spoken.forEach((name, words) -> slots.put(name, Slot.builder().withName(name).withValue(words).build()));
        Intent alexa = Intent.builder().withName("HeatOrIceIntent").withSlots(slots).build();
        return INTERPRETATION.meaning(alexa, UNDERSTANDING.read(UnderstandingInterceptor.words(alexa)), state, false, false);
    }

    @Test
    void heatOrIceHeardForAQuestionOnATopicIsThatTopic() {
        // "how do I use a hot water bottle safely", "is a firm mattress better for my back"
        assertThat(heatOrIce(Map.of("injury", "use", "onsetWords", "a hot water bottle safely")).request())
                .isEqualTo("TopicIntent");
        assertThat(heatOrIce(Map.of("preference", "a firm mattress")).request()).isEqualTo("TopicIntent");
        // Heat or ice asked about in the sample's own words: still heat or ice
        assertThat(heatOrIce(Map.of("situation", "sat at my desk ten hours straight and my lower back's all tight"))
                .request()).isEqualTo("HeatOrIceIntent");
        assertThat(heatOrIce(Map.of("injury", "hurt my lower back digging the garden", "preference", "that")).request())
                .isEqualTo("HeatOrIceIntent");
    }

    @Test
    void inTheInterviewSomethingToPutOnTheBackThatIsATopicIsAskedAbout() {
        State asking = new State(false, true);
        // "hang on, can I use a bag of frozen peas", heard as the situation "hang on" and that preference
        Meaning peas = heatOrIce(Map.of("situation", "hang on", "preference", "a bag of frozen peas"), asking);

        assertThat(peas.request()).isEqualTo("TopicIntent");
        assertThat(peas.value("topic").orElseThrow().ids()).containsExactly("frozen-peas");
        // said with something about the pain, it is part of the answer
        assertThat(heatOrIce(Map.of("preference", "a bag of frozen peas", "injury", "lifting a box"), asking).request())
                .isEqualTo("HeatOrIceIntent");
        // and outside the interview, said alone ("can I use a bag of frozen peas"), it is asked about too
        assertThat(heatOrIce(Map.of("preference", "a bag of frozen peas")).value("topic").orElseThrow().ids())
                .containsExactly("frozen-peas");
        assertThat(heatOrIce(Map.of("preference", "my heat pad")).request()).isEqualTo("HeatOrIceIntent");
    }

    @Test
    void inARoutineACommandInOwnWordsIsTheCommand() {
        assertThat(meant("DescribeIntent", "description", "you're going a bit too fast for me", IN_ROUTINE).request())
                .isEqualTo("SlowerIntent");
        assertThat(meant("DescribeIntent", "description", "can we give this one a miss", IN_ROUTINE).request())
                .isEqualTo("SkipIntent");
    }

    @Test
    void aRedFlagInTheWordsOfAnyIntentIsARedFlag() {
        Meaning heard = meant("HeatOrIceIntent", "injury", "fell off a ladder", START);

        assertThat(heard.request()).isEqualTo("RedFlagIntent");
        assertThat(heard.value("symptom").orElseThrow().ids()).containsExactly("E6");
    }

    @Test
    void aDenialIsNeverReadAsTheSymptomItDenies() {
        // "no numbness around my bottom": Alexa sends the symptom's words alone; they are not read.
        Intent denial = Intent.builder().withName("SymptomDenialIntent").withSlots(Map.of("symptom",
                Slot.builder().withName("symptom").withValue("numbness around my bottom").build())).build();

        assertThat(UnderstandingInterceptor.words(denial)).isEmpty();
        assertThat(INTERPRETATION.meaning(denial, UNDERSTANDING.read(""), START, false, false).request())
                .isEqualTo("SymptomDenialIntent");
    }

    @Test
    void alexasRedFlagStaysWhenTheWordsSayNothingMoreUrgent() {
        Intent alexa = Intent.builder().withName("RedFlagIntent").withSlots(Map.of("symptom", Slot.builder()
                .withName("symptom").withValue("numb around my bottom").withResolutions(Resolutions.builder()
                        .addResolutionsPerAuthorityItem(Resolution.builder()
                                .withStatus(Status.builder().withCode(StatusCode.ER_SUCCESS_MATCH).build())
                                .addValuesItem(ValueWrapper.builder().withValue(Value.builder().withId("E1").build()).build())
                                .build()).build()).build())).build();

        Meaning heard = INTERPRETATION.meaning(alexa, UNDERSTANDING.read("numb around my bottom and a fever"), START, false, false);

        assertThat(heard.request()).isEqualTo("RedFlagIntent");
        assertThat(heard.value("symptom").orElseThrow().ids()).containsExactly("E1");
    }

    @Test
    void fallingAsleepInTheInjurysPlaceIsNoFall() {
        // "can I fall asleep on a heating pad", heard as the injury "fall" (a serious fall, resolved) and the rest
        Map<String, Slot> slots = new java.util.LinkedHashMap<>();
        slots.put("injury", Slot.builder().withName("injury").withValue("fall").withResolutions(Resolutions.builder()
                .addResolutionsPerAuthorityItem(Resolution.builder()
                        .withStatus(Status.builder().withCode(StatusCode.ER_SUCCESS_MATCH).build())
                        .addValuesItem(ValueWrapper.builder().withValue(Value.builder().withId("major").build()).build())
                        .build()).build()).build());
        slots.put("onsetWords", Slot.builder().withName("onsetWords").withValue("asleep on a heating pad").build());
        Intent alexa = Intent.builder().withName("HeatOrIceIntent").withSlots(slots).build();

        Meaning heard = INTERPRETATION.meaning(alexa, UNDERSTANDING.read(UnderstandingInterceptor.words(alexa)), START,
                false, false);

        // the question about heat through the night, never a fall
        assertThat(heard.request()).isIn("TopicIntent", "HeatIceFollowUpIntent");
        assertThat(heard.values().toString()).contains("overnight");
    }

    @Test
    void wordsAReminderCouldNotPlaceStayTheRemindersUnlessTheyCarryARedFlag() {
        Intent reminder = Intent.builder().withName("SetReminderIntent").build();

        Meaning morning = INTERPRETATION.meaning(reminder, UNDERSTANDING.read("every other morning"), START, false, true);
        Meaning alarm = INTERPRETATION.meaning(reminder, UNDERSTANDING.read("i can't feel my bum at all"), START, false, true);

        assertThat(morning.request()).isEqualTo("SetReminderIntent");
        assertThat(morning.values()).isEmpty();
        assertThat(alarm.request()).isEqualTo("RedFlagIntent");
    }

    /** Words Alexa could not resolve to a routine, read as the interceptor reads them. */
    private static Meaning routineNotPlaced(String words) {
        Intent alexa = Intent.builder().withName("StartRoutineIntent").withSlots(Map.of("routine",
                Slot.builder().withName("routine").withValue(words).build())).build();
        return INTERPRETATION.meaning(alexa, UNDERSTANDING.read(words), START, false, true);
    }

    @Test
    void wordsARoutineCouldNotPlaceStartOneUnlessTheyNameARoutineTheCoachLacks() {
        Meaning anyRoutine = routineNotPlaced("let's do some exercises");
        Meaning unknown = routineNotPlaced("the yoga routine");

        assertThat(anyRoutine.request()).isEqualTo("StartRoutineIntent");
        assertThat(anyRoutine.values()).isEmpty();
        assertThat(unknown.request()).isEqualTo("StartRoutineIntent");
        assertThat(unknown.value("routine")).isPresent();
    }

    @Test
    void aConditionSaidAfterTheAdviceAsksForItAgain() {
        State adviceGiven = new State(false, false, false, false, true);

        assertThat(meant("DescribeIntent", "description", "i forgot to say cold gives me hives", adviceGiven).request())
                .isEqualTo("HeatOrIceIntent");
        assertThat(meant("DescribeIntent", "description", "i forgot to say cold gives me hives", START).request())
                .isEqualTo("TopicIntent");
    }

    @Test
    void heatOrIceHeardForWordsThatSayNothingOfThePainIsWhatTheyAskFor() {
        // "I fancy doing a few stretches"
        assertThat(heatOrIce(Map.of("injury", "fancy", "onsetWords", "doing a few stretches")).request())
                .isEqualTo("StartRoutineIntent");
        assertThat(heatOrIce(Map.of("injury", "cheers that ice pack sorted me right out")).request())
                .isEqualTo("ThanksIntent");
    }

    @Test
    void aFollowUpsUnplacedWordsThatSayWhatHelpedAreARequestForAdvice() {
        String words = "ice always does the trick for me do i just carry on with it";
        Intent alexa = Intent.builder().withName("HeatIceFollowUpIntent").withSlots(Map.of("topic",
                Slot.builder().withName("topic").withValue(words).build())).build();

        assertThat(INTERPRETATION.meaning(alexa, UNDERSTANDING.read(words), START, false, true).request())
                .isEqualTo("HeatOrIceIntent");
    }

    /** What Alexa sent: an intent with one spoken slot, read as the interceptor reads it. */
    private static Meaning heardWith(String intent, String slot, String value, State state) {
        Intent alexa = Intent.builder().withName(intent)
                .withSlots(Map.of(slot, Slot.builder().withName(slot).withValue(value).build())).build();
        return INTERPRETATION.meaning(alexa, UNDERSTANDING.read(UnderstandingInterceptor.words(alexa)), state, false, false);
    }

    @Test
    void whenItStartedAnswersTheInterviewAndOtherwiseAsksWhatItIsAbout() {
        State asking = new State(false, true);

        assertThat(heardWith("WhenItStartedIntent", "onsetWords", "yesterday", asking).request()).isEqualTo("HeatOrIceIntent");
        assertThat(heardWith("WhenItStartedIntent", "onsetWords", "yesterday", asking).value("onsetWords")).isPresent();
        // "I've not had a wee since last night even though I've been drinking", its start left out by the NLU
        Meaning unasked = heardWith("WhenItStartedIntent", "onsetWords", "last night even though i've been drinking", START);
        assertThat(unasked.request()).isEqualTo("RedFlagIntent");
        assertThat(unasked.values()).isEmpty();
        // with a flag in its words, the flag
        assertThat(heardWith("WhenItStartedIntent", "onsetWords", "last night and i can't feel my legs", START).request())
                .isEqualTo("RedFlagIntent");
        assertThat(heardWith("WhenItStartedIntent", "onsetWords", "last night and i can't feel my legs", START)
                .value("symptom").orElseThrow().ids()).containsExactly("E4");
    }

    @Test
    void howLongThePainHasLastedIsReadAndASeeSoonFlagLeadsTheInterview() {
        Meaning sixMonths = heardWith("HeatOrIceIntent", "onset", "P6M", START);

        assertThat(sixMonths.request()).isEqualTo("HeatOrIceIntent");
        assertThat(sixMonths.reading().flags()).containsExactly("S5");
        assertThat(heardWith("HeatOrIceIntent", "onset", "P2D", START).reading().flags()).isEmpty();
        // an accident a year ago is history, not the emergency (fact sheet, reading E6)
        Intent yearAgo = Intent.builder().withName("HeatOrIceIntent").withSlots(Map.of(
                "onset", Slot.builder().withName("onset").withValue("P1Y").build(),
                "situation", Slot.builder().withName("situation").withValue("after a car accident and it comes and goes").build()))
                .build();
        assertThat(UNDERSTANDING.read(UnderstandingInterceptor.words(yearAgo)).flags()).doesNotContain("E6");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "P6M          | it started 6 months ago",
            "P1Y          | it started 1 year ago",
            "P1Y2M        | it started 1 year and 2 months ago",
            "P3W          | it started 3 weeks ago",
            "PT2H         | it started 2 hours ago",
            "PT30M        | it started 30 minutes ago",
            "P1DT12H      | it started 1 day and 12 hours ago",
    })
    void aDurationIsReadInWords(String iso, String words) {
        assertThat(UnderstandingInterceptor.spokenDuration(iso)).contains(words);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"P", "PT", "P0D", "six months", "P99999999999999999999D", "?"})
    void aDurationNoOneCouldMeanIsNotRead(String iso) {
        assertThat(UnderstandingInterceptor.spokenDuration(iso)).isEmpty();
    }
}
