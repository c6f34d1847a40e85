package com.backrelief.coach.domain.understanding;

import com.backrelief.coach.content.Content;
import com.backrelief.coach.domain.advice.Symptoms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What the content's patterns read in everyday sentences: red flags first, then facts, asks and topics. */
class UnderstandingTest {

    private static final Understanding UNDERSTANDING = Content.load().understanding();

    private static Reading read(String text) {
        return UNDERSTANDING.read(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "my whole bottom area has gone dead                  | E1",
            "I've been trying to wee all morning and can't         | E2",
            "I keep leaking pee                                   | E3",
            "both my legs are tingling                            | E4",
            "my legs keep giving way under me                     | E4",
            "I can't get an erection since my back went           | E5",
            "I came off my motorbike                              | E6",
            "there's a crushing feeling in my chest               | E7",
            "it feels like something is tearing inside my back    | E8",
            "I'm shivering and burning up                         | U1",
            "I'm being treated for cancer                         | U7",
            "my foot drags when I walk                            | U10",
            "I'm 75 and I tripped on the rug                      | U14",
            "I keep dropping things                               | U15",
            "it's been months now                                 | S5",
            "I didn't realise I'd wet myself until I stood up     | E3",
            "I slipped off the scaffolding at work earlier        | E6",
            "I'm pregnant and the baby hasn't been kicking as much | P4",
            "I sneezed and it shot right through my back          | U5",
            "my right foot has started dragging when I walk       | U10",
            "I don't know when I need to pee any more             | E2",
            "I'm 56 and my back started hurting last week         | S4",
            "I'm seventeen and my back hurts                      | S4",
            "not know if I need the toilet any more               | E2",
            "someone hit me across the back with a bat            | E6",
            "I fell out of a tree                                 | E6",
            "I'm pregnant and my back pain keeps coming and going | P3",
            "it's like I'm sitting on nothing I can't feel my seat | E1",
            "I can't lift either of my feet properly              | E4",
            "I'm sweaty and light headed                          | E8",
            "I was bending down and felt a tearing pain in my back and belly | E8",
            "I took a tumble off the garage roof an hour ago      | E6",
    })
    void readsTheRedFlag(String text, String flag) {
        assertThat(read(text).flags()).first().isEqualTo(flag);
    }

    @Test
    void theMostUrgentFlagComesFirst() {
        assertThat(read("I've had a fever for days and now both legs are numb").flags()).startsWith("E4").contains("U1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no numbness or tingling anywhere", "my legs are fine, it's just my back",
            "I haven't had any problems peeing", "I didn't fall, I just bent over", "no fever, no chills",
            "nothing wrong with my bladder", "I'm not numb anywhere", "I didn't notice any numbness around my bottom",
            "I don't feel any tingling in my groin", "I don't think I've wet myself",
            "nothing I'd call numbness down there", "there's nothing wrong, my legs are fine"})
    void aDenialRaisesNoFlag(String text) {
        assertThat(read(text).flags()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my chest of drawers is too heavy to move", "I fell out of love with running",
            "I fell out of bed", "I fell out of the habit of stretching", "my back pain keeps coming and going",
            "I slipped off the pavement", "I slipped off the bottom stair",
            "I feel a bit light headed and sweaty after that one", "the roof leaked and I slipped in the puddle"})
    void ordinaryWordsRaiseNoFlag(String text) {
        assertThat(read(text).flags()).isEmpty();
    }

    @Test
    void aDeniedSymptomIsADenial() {
        Reading reading = read("no fever and no numbness");

        assertThat(reading.denied()).contains("U1");
        assertThat(reading.denies()).isTrue();
    }

    @Test
    void readsWhatTheAdvisorNeeds() {
        Symptoms strain = read("I lifted a heavy box this morning and it's swollen").facts();
        assertThat(strain.injury()).isEqualTo(Symptoms.Injury.MINOR);
        assertThat(strain.swelling()).isTrue();
        assertThat(strain.onset()).isEqualTo(Duration.ofHours(6));

        Symptoms tight = read("it came on by itself a week ago and it's tight").facts();
        assertThat(tight.injury()).isEqualTo(Symptoms.Injury.NONE);
        assertThat(tight.feel()).isEqualTo(Symptoms.Feel.TIGHT);
        assertThat(tight.onset()).isEqualTo(Duration.ofDays(7));

        assertThat(read("there's no swelling at all").facts().swelling()).isFalse();
        assertThat(read("it shoots down my left leg").facts().leg()).isEqualTo(Symptoms.Leg.ONE);
        assertThat(read("I'm diabetic").facts().heatUnsafe()).isTrue();
        assertThat(read("I have Raynaud's").facts().coldUnsafe()).isTrue();
        assertThat(read("I'm not diabetic").facts().heatUnsafe()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "can I put ice straight on my skin          | bare-ice",
            "how long should I hold each stretch        | hold-time",
            "is it bad to stay in bed all day           | bed-rest",
            "what about frozen peas                     | frozen-peas",
            "is ice bad                                 | ice-worse",
            "is heat bad for a bad back                 | heat-worse",
            "after I've hurt it how often can I ice it  | how-often",
            "what actually causes back pain anyway      | causes",
            "my mattress is really old, is that why my back hurts | sleep",
            "can I sleep with a hot water bottle on my back | overnight",
            "is it bad to carry on working with this back | work",
            "is back pain ever serious                  | when-to-see-doctor",
            "what about a hot water bottle              | hot-water-bottle",
            "what about drinking more water             | hydration",
    })
    void readsTheTopicOfAQuestion(String text, String topic) {
        assertThat(read(text).topic()).contains(topic);
    }

    @Test
    void aBadBackIsNoHeatOrIceBeingBad() {
        Reading which = read("which is better for a bad back, hot or cold");
        assertThat(which.asks()).contains("choose");
        assertThat(which.topic()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "thanks a million              | thanks",
            "could you slow down please    | slower",
            "hang on a second              | pause",
            "heat or ice                   | choose",
            "how many exercises are left   | how-many-left",
    })
    void readsWhatIsAskedFor(String text, String ask) {
        assertThat(read(text).asks()).first().isEqualTo(ask);
    }

    @Test
    void namesExercisesAndRoutinesByTheirNamesAndSynonyms() {
        assertThat(read("show me the one where you hug both knees").stretch()).contains("double-knee-to-chest");
        assertThat(read("put on the desk break one").routine()).contains("desk-break");
    }
}
