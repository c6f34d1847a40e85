package com.backrelief.coach.handlers.screen;

import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.ScreenDevice;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A touch does exactly what the spoken command does: the same words, the same place, the same progress. */
class TouchTest {

    /** Each button's action, and the intent a person would say instead. */
    private static final Map<String, String> SPOKEN = Map.of(
            Touch.NEXT, "AMAZON.NextIntent", Touch.PAUSE, "AMAZON.PauseIntent", Touch.RESUME, "AMAZON.ResumeIntent",
            Touch.REPEAT, "AMAZON.RepeatIntent", Touch.EASIER, "EasierIntent", Touch.SKIP, "SkipIntent",
            Touch.YES, "AMAZON.YesIntent", Touch.NO, "AMAZON.NoIntent", Touch.ROUTINE, "StartRoutineIntent",
            Touch.STOP, "AMAZON.StopIntent");

    @Test
    void aWholeRoutineByTouchGoesExactlyAsByVoice() {
        InMemoryProgressStore toucherStore = new InMemoryProgressStore();
        InMemoryProgressStore speakerStore = new InMemoryProgressStore();
        Person toucher = new Person(new TestSkill(toucherStore)).onDevice(ScreenDevice.ECHO_SHOW_8);
        Person speaker = new Person(new TestSkill(speakerStore)).onDevice(ScreenDevice.ECHO_SHOW_8);
        same(toucher.open(), speaker.open());
        same(toucher.touch(Touch.ROUTINE), speaker.say("StartRoutineIntent"));
        List<String> pressed = new ArrayList<>();
        String[] cycle = {Touch.REPEAT, Touch.PAUSE, Touch.RESUME, Touch.EASIER, Touch.NEXT, Touch.NEXT};
        for (int turn = 0; turn < 80 && toucher.last().shown().path("layout").asText().equals("step"); turn++) {
            String action = cycle[turn % cycle.length];
            assertThat(toucher.last().buttons()).as("the screen has a button for " + action).contains(action);
            pressed.add(action);
            same(toucher.touch(action), speaker.say(SPOKEN.get(action)));
        }
        assertThat(pressed).contains(Touch.REPEAT, Touch.PAUSE, Touch.RESUME, Touch.EASIER, Touch.NEXT);
        assertThat(toucher.last().speech()).as("the routine was finished by touch").contains("routine done");
        assertThat(toucherStore.get(TestSkill.USER_ID)).isEqualTo(speakerStore.get(TestSkill.USER_ID)).isPresent();
    }

    @Test
    void theWelcomeButtonsStartWhatTheirWordsSay() {
        Person person = new Person().onDevice(ScreenDevice.ECHO_SHOW_5);
        person.open();
        assertThat(person.touch(Touch.HEAT_OR_ICE).speech()).isEqualTo(new Person().say("HeatOrIceIntent").speech());
        assertThat(person.touch(Touch.STRETCHES).shown().path("title").asText()).isEqualTo("Stretches");
        Reply explained = person.touch(Touch.stretch("glute-bridge"));
        assertThat(explained.shown().path("title").asText()).isEqualTo("Glute bridge");
        assertThat(explained.speech()).isEqualTo(new Person().say("StretchInfoIntent", "stretch", "glute bridge").speech());
    }

    @Test
    void theTimerButtonSetsTheTimerTheAdviceOffered() {
        Person toucher = new Person().onDevice(ScreenDevice.ECHO_SHOW_8).withTimerPermission();
        Person speaker = new Person().onDevice(ScreenDevice.ECHO_SHOW_8).withTimerPermission();
        ObjectNode advice = ScreenDevice.ECHO_SHOW_8.on(com.backrelief.coach.support.Events.json("heat-or-ice-one-shot"));
        same(toucher.send(advice.deepCopy()), speaker.send(advice.deepCopy()));
        same(toucher.touch(Touch.TIMER), speaker.say("SetTimerIntent"));
    }

    @Test
    void aTouchNoScreenSendsIsAnsweredAsWordsTheSkillDidNotPlace() {
        Person person = new Person().onDevice(ScreenDevice.ECHO_SHOW_8);
        person.open();
        Reply odd = person.touch("format-the-disk");
        assertThat(odd.hasSpeech()).isTrue();
        assertThat(odd.endsSession()).isFalse();
        assertThat(odd.speech()).doesNotContain("Exception").doesNotContain("format");
    }

    private static void same(Reply touched, Reply said) {
        assertThat(touched.ssml()).isEqualTo(said.ssml());
        assertThat(touched.reprompt()).isEqualTo(said.reprompt());
        assertThat(touched.endsSession()).isEqualTo(said.endsSession());
        JsonNode touchedState = touched.sessionAttributes().deepCopy();
        JsonNode saidState = said.sessionAttributes().deepCopy();
        assertThat(touchedState).isEqualTo(saidState);
        assertThat(touched.shown()).isEqualTo(said.shown());
    }
}
