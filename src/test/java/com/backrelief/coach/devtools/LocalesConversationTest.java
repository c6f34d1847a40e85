package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.model.ModelGenerator;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.MutableClock;
import com.backrelief.coach.support.StubAlexaApi;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In every published locale, through that locale's own voice model and the real handler: an emergency
 * gets the locale's number, a heat-or-ice question in the locale's words gets advice, and a routine starts.
 */
class LocalesConversationTest {

    private static Conversation conversation(String locale) {
        MutableClock clock = new MutableClock(TestSkill.NOW);
        TestSkill skill = new TestSkill(new InMemoryProgressStore(), clock);
        return new Conversation(skill.handler(), UtteranceMatcher.load(ModelGenerator.model(locale), TestSkill.SKILL_ID))
                .user(TestSkill.USER_ID).clock(clock).locale(locale).apiEndpoint(StubAlexaApi.shared().endpoint());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-US | 911 | the emergency room | I pulled my back lifting a box yesterday, should I use a heating pad or some ice",
            "en-CA | 911 | the emergency room | I pulled my back lifting a box yesterday, should I use a magic bag or some ice",
            "en-GB | 999 | A and E            | I've done my back in lifting a box yesterday, should I use a hot water bottle or some ice",
            "en-AU | triple zero | the emergency department | I hurt my back lifting a box yesterday, should I use a wheat bag or some ice",
            "en-IN | 112 | the emergency room | I am having back pain since yesterday after lifting a box, should I use a hot water bag or some ice",
    })
    void safetyAdviceAndCoachingInTheLocalesOwnWords(String locale, String number, String place, String question) {
        Conversation emergency = conversation(locale);
        emergency.say("open back relief coach");
        Conversation.Turn call = emergency.say("both my legs have suddenly gone numb");
        assertThat(call.speech()).contains("Please call " + number + " now, or have someone take you to " + place + ".");
        assertThat(call.sessionEnded()).isTrue();

        Conversation advice = conversation(locale);
        advice.say("open back relief coach");
        Conversation.Turn answer = advice.say(question);
        for (int i = 0; i < 3 && !answer.response().path("sessionAttributes").has("heatIceLastRule"); i++) {
            answer = advice.say("no");
        }
        assertThat(answer.response().path("sessionAttributes").path("heatIceLastRule").asText()).as(answer.speech())
                .isEqualTo("R6");
        assertThat(answer.speech()).startsWith("I'd suggest cold.");

        Conversation coaching = conversation(locale);
        coaching.say("open back relief coach");
        Conversation.Turn routine = coaching.say("start my stretches");
        assertThat(routine.speech()).contains("Here's the morning mobility routine");
        assertThat(routine.response().path("sessionAttributes").path("routine").path("id").asText()).isEqualTo("morning-mobility");
    }
}
