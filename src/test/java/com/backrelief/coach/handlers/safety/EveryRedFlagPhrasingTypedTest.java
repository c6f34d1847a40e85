package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.content.ContentLoader;
import com.backrelief.coach.devtools.Conversation;
import com.backrelief.coach.devtools.UtteranceMatcher;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", typed: every phrasing of the fact sheet's section 3 goes through the
 * local conversation (the utterance matcher on the real voice model, then the real Lambda entry),
 * after a welcome, in the US and in the UK; the variants in the US.
 */
class EveryRedFlagPhrasingTypedTest {

    private static final RedFlagScreen SCREEN = ContentLoader.redFlagScreen();
    private static final UtteranceMatcher MATCHER = UtteranceMatcher.load(UtteranceMatcher.DEFAULT_MODEL, TestSkill.SKILL_ID);
    private static final TestSkill SKILL = new TestSkill();
    private static final java.util.Set<String> FREE_TEXT = TestSkill.CONTENT.understanding().freeTextIntents();

    static Stream<Arguments> everyPhrasing() {
        List<Arguments> cases = new ArrayList<>();
        for (RedFlag flag : SCREEN.flags()) {
            for (String phrasing : flag.phrasings()) {
                cases.add(Arguments.of("en-US", flag.id(), flag.tier(), phrasing));
                cases.add(Arguments.of("en-GB", flag.id(), flag.tier(), phrasing));
            }
            flag.variants().forEach(variant -> cases.add(Arguments.of("en-US", flag.id(), flag.tier(), variant)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("everyPhrasing")
    void typedAfterTheWelcomeGetsItsTiersAnswer(String locale, String id, Tier tier, String phrasing) {
        // Alexa may hear it as the red-flag intent or as free text: either way the words are read for the flag.
        UtteranceMatcher.Match match = MATCHER.match(phrasing);
        if (match.name().equals(RedFlagIntentHandler.INTENT) && match.slotId("pregnancy") == null) {
            assertThat(match.slotId(RedFlagIntentHandler.SLOT)).isEqualTo(id);
        } else if (match.name().equals(RedFlagIntentHandler.INTENT)) {
            // "i'm {pregnancy} and i've got {symptom}": the symptom alone may be another flag ("a temperature"); the
            // answer below is the pregnancy sign's
            assertThat(id).startsWith("P");
        } else {
            assertThat(FREE_TEXT).contains(match.name());
        }
        Conversation conversation = new Conversation(SKILL.handler(), MATCHER).user(TestSkill.USER_ID).locale(locale);
        conversation.say("open back relief coach");

        Conversation.Turn turn = conversation.say(phrasing);
        if (TestSkill.CONTENT.understanding().read(phrasing).unsure().isPresent()
                // a serious accident with nothing said of when: it is a flag only if recent (fact sheet, reading E6)
                || turn.speech().equals("Did that happen in the last few days?")) {
            // A phrase that can mean something else is confirmed first (fact sheet, section 3); yes escalates.
            assertThat(turn.speech()).endsWith("?").doesNotContain("needs help right now");
            turn = conversation.say("yes");
        }

        boolean uk = locale.equals("en-GB");
        switch (tier) {
            case EMERGENCY -> {
                // Fact sheet, section 5: call or be taken for the cauda equina signs; call only (and, after a
                // serious fall or crash, stay still) for E6 to E8.
                RedFlag.Help how = SCREEN.flag(id).orElseThrow().help();
                if (how == RedFlag.Help.CALL_OR_GO) {
                    assertThat(turn.speech()).contains(uk ? "Please call 999 now, or have someone take you to A and E."
                            : "Please call 911 now, or have someone take you to the emergency room.");
                } else {
                    assertThat(turn.speech()).contains(uk ? "Please call 999 now. Don't drive yourself."
                            : "Please call 911 now. Don't drive yourself.");
                }
                if (how == RedFlag.Help.CALL_AND_STAY_STILL) {
                    assertThat(turn.speech()).contains("stay still until help arrives");
                }
                assertThat(turn.speech()).contains("I can't make the call for you")
                        .doesNotMatch(RedFlagAnswersTest.SELF_CARE_WORDS);
                assertThat(turn.sessionEnded()).isTrue();
            }
            case URGENT -> {
                assertThat(turn.speech()).startsWith("That's something a doctor should check today.")
                        .contains(uk ? "Please call 111 or ask your GP surgery for an urgent appointment."
                                : "Please call your doctor's office or go to urgent care today.");
                assertThat(turn.sessionEnded()).isFalse();
            }
            case MATERNITY -> {
                assertThat(turn.speech()).startsWith("Because you're pregnant, that needs checking now.");
                assertThat(turn.sessionEnded()).isTrue();
            }
            case SOON -> {
                assertThat(turn.speech()).startsWith(id.equals("Y1") ? "Back pain at your age should be checked by a doctor"
                        : "It would be a good idea to book an appointment with "
                        + (uk ? "your GP or a physio" : "your doctor or a physical therapist")
                        + " in the next few days.");
                assertThat(turn.sessionEnded()).isFalse();
            }
        }
    }
}
