package com.backrelief.coach.handlers.screen;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.ScreenDevice;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** On a device with a screen each answer shows what it is about; without one, nothing changes. */
class ScreensTest {

    /** Alexa's limit for a whole response. */
    static final int MAX_RESPONSE_BYTES = 24_000;

    static List<String> eventsWithoutAScreen() {
        return Events.names().stream().filter(name -> !ScreenDevice.rendersApl(Events.json(name))).toList();
    }

    @ParameterizedTest
    @MethodSource("eventsWithoutAScreen")
    void aDeviceWithoutAScreenGetsNoDirectiveForAnyRequest(String event) {
        Reply reply = new TestSkill().send(Events.json(event));
        assertThat(reply.directiveTypes()).as(event).doesNotContain("Alexa.Presentation.APL.RenderDocument");
    }

    @ParameterizedTest
    @MethodSource("eventsWithoutAScreen")
    void onAScreenEveryAnswerShowsSomethingSaysTheSameAndFitsAlexasLimit(String event) {
        ObjectNode voiceOnly = Events.json(event);
        Reply heard = new TestSkill().send(voiceOnly);
        for (ScreenDevice device : ScreenDevice.values()) {
            Reply seen = new TestSkill().send(device.on(voiceOnly));
            assertThat(seen.ssml()).as(event + " speech on " + device).isEqualTo(heard.ssml());
            assertThat(seen.reprompt()).as(event + " reprompt on " + device).isEqualTo(heard.reprompt());
            assertThat(seen.endsSession()).as(event + " on " + device).isEqualTo(heard.endsSession());
            boolean handsOver = seen.asksForPermission();
            if (seen.hasSpeech() && !handsOver) {
                assertThat(seen.screen().path("document").path("type").asText()).as(event + " on " + device).isEqualTo("APL");
                assertThat(seen.screen().path("token").asText()).isEqualTo(Display.TOKEN);
            } else {
                assertThat(seen.screen().isMissingNode()).as(event + ": no screen without words").isTrue();
            }
            assertThat(seen.json().toString().getBytes(StandardCharsets.UTF_8).length).as(event + " bytes")
                    .isLessThanOrEqualTo(MAX_RESPONSE_BYTES);
        }
    }

    @ParameterizedTest
    @CsvSource({"1.5, false", "1.6, true", "1.10, true", "2024.2, true", "'', true"})
    void aScreenOlderThanTheDocumentsGetsTheVoiceOnlyAnswer(String maxVersion, boolean shown) {
        ObjectNode launch = ScreenDevice.ECHO_SHOW_8.on(Events.json("launch"));
        ObjectNode runtime = (ObjectNode) launch.at("/context/System/device/supportedInterfaces/Alexa.Presentation.APL/runtime");
        if (maxVersion.isEmpty()) {
            runtime.remove("maxVersion");
        } else {
            runtime.put("maxVersion", maxVersion);
        }
        Reply reply = new TestSkill().send(launch);
        assertThat(reply.screen().isMissingNode()).isEqualTo(!shown);
        assertThat(reply.ssml()).isEqualTo(new TestSkill().send(Events.json("launch")).ssml());
    }

    @Test
    void theWelcomeOffersTheThreeThingsTheSkillDoesEachTouchable() {
        Reply welcome = new Person().onDevice(ScreenDevice.ECHO_SHOW_8).open();
        assertThat(welcome.shown().path("layout").asText()).isEqualTo("welcome");
        assertThat(welcome.buttons()).containsExactly(Touch.HEAT_OR_ICE, Touch.STRETCHES, Touch.ROUTINE);
        assertThat(welcome.shown().path("subtitle").asText()).contains("not a doctor");
    }

    @Test
    void aReturningPersonsWelcomeOffersToPickUpAndStillTheThreeThings() {
        InMemoryProgressStore store = new InMemoryProgressStore();
        store.put(TestSkill.USER_ID, new Progress(2, LocalDate.of(2026, 11, 20))
                .reached("morning-mobility", 4, TestSkill.NOW.minusSeconds(3600)));
        Reply launch = new TestSkill(store).send(ScreenDevice.ECHO_SHOW_8.on(Events.json("launch")));
        assertThat(launch.shown().path("layout").asText()).isEqualTo("welcome");
        assertThat(launch.shown().path("title").asText()).startsWith("Welcome back");
        assertThat(launch.shown().path("subtitle").asText()).endsWith("Pick up there?");
        assertThat(launch.buttons()).containsExactly(Touch.YES, Touch.NO, Touch.HEAT_OR_ICE, Touch.STRETCHES, Touch.ROUTINE);
    }

    @Test
    void aStretchExplainedShowsItsNameDrawingStepsAndCautions() {
        Reply explained = new Person().onDevice(ScreenDevice.ECHO_SHOW_5).say("StretchInfoIntent", "stretch", "cat cow");
        JsonNode shown = explained.shown();
        assertThat(shown.path("layout").asText()).isEqualTo("stretch");
        assertThat(shown.path("title").asText()).isEqualTo("Cat cow");
        assertThat(shown.path("lines").get(0).asText()).startsWith("Get on your hands and knees");
        assertThat(shown.path("notes").toString()).containsIgnoringCase("stop");
        assertThat(explained.screen().path("document").path("graphics").path("pose").path("type").asText()).isEqualTo("AVG");
    }

    @Test
    void eachRoutineStepShowsTheExerciseWhereInTheRoutineAndTheCoachingButtons() {
        Person person = new Person().onDevice(ScreenDevice.ECHO_SHOW_8);
        Reply first = person.say("StartRoutineIntent", "routine", "morning mobility");
        JsonNode shown = first.shown();
        int exercises = TestSkill.CATALOGUE.routine("morning-mobility").orElseThrow().steps().size();
        assertThat(shown.path("layout").asText()).isEqualTo("step");
        assertThat(shown.path("progress").asText()).startsWith("1 of ");
        assertThat(shown.path("dose").asText()).isNotBlank();
        assertThat(shown.path("hasDrawing").asBoolean()).isTrue();
        assertThat(first.buttons()).containsExactly(Touch.PAUSE, Touch.REPEAT, Touch.NEXT, Touch.EASIER);
        assertThat(exercises).isPositive();

        Reply second = person.say("AMAZON.NextIntent");
        assertThat(second.shown().path("progress").asText()).startsWith("2 of ");
        Reply paused = person.say("AMAZON.PauseIntent");
        assertThat(paused.shown().path("subtitle").asText()).isEqualTo("Paused");
        assertThat(paused.buttons()).first().isEqualTo(Touch.RESUME);
    }

    @Test
    void heatOrIceAdviceShowsTheChoiceMinutesSkinSafetyAndATimerButton() {
        Reply advice = new Person().onDevice(ScreenDevice.ECHO_SHOW_15).send(ScreenDevice.ECHO_SHOW_15.on(Events.json("heat-or-ice-one-shot")));
        JsonNode shown = advice.shown();
        assertThat(shown.path("layout").asText()).isEqualTo("advice");
        assertThat(shown.path("title").asText()).isIn("Heat", "Cold", "Heat or cold");
        assertThat(shown.path("dose").asText()).contains("15 to 20 minutes");
        assertThat(shown.path("notes").toString()).contains("Check your skin every few minutes");
        assertThat(advice.buttons()).containsExactly(Touch.TIMER);
    }

    @ParameterizedTest
    @CsvSource({"en-US, 911", "en-GB, 999", "en-AU, 000", "en-IN, 112", "en-CA, 911"})
    void aRedFlagShowsTheEmergencyNumberLargeAndNothingElse(String locale, String number) {
        Reply alarm = new Person().inLocale(locale).onDevice(ScreenDevice.ECHO_SPOT)
                .say("RedFlagIntent", "symptom", "I can't control my bladder");
        JsonNode shown = alarm.shown();
        assertThat(alarm.endsSession()).isTrue();
        assertThat(shown.path("layout").asText()).isEqualTo("alert");
        assertThat(shown.path("title").asText()).isEqualTo(number);
        assertThat(shown.path("titleIsNumber").asBoolean()).isTrue();
        assertThat(shown.path("subtitle").asText()).isEmpty();
        assertThat(shown.path("lines")).isEmpty();
        assertThat(shown.path("notes")).isEmpty();
        assertThat(alarm.buttons()).isEmpty();
    }

    @Test
    void aRedFlagInALocaleWithoutAKnownNumberSaysWhatToDoInLargeWords() {
        Reply alarm = new Person().inLocale("fr-FR").onDevice(ScreenDevice.ECHO_SHOW_8)
                .say("RedFlagIntent", "symptom", "I can't control my bladder");
        assertThat(alarm.shown().path("title").asText()).isEqualTo("Call your local emergency number");
        assertThat(alarm.shown().path("titleIsNumber").asBoolean()).isFalse();
    }

    @Test
    void theListOfStretchesIsABoardOfButtonsThatEachExplainOne() {
        Reply list = new Person().onDevice(ScreenDevice.ECHO_SHOW_8).say("ListStretchesIntent");
        assertThat(list.buttons()).hasSize(TestSkill.CATALOGUE.cards().size())
                .allMatch(action -> action.startsWith(Touch.STRETCH)).allMatch(action -> Touch.meaning(action).isPresent());
    }
}
