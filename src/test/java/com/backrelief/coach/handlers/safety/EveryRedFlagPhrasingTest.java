package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.content.ContentLoader;
import com.backrelief.coach.devtools.model.ModelGenerator;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.SymptomEvents;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": every phrasing of the fact sheet's section 3, resolved the way the voice
 * model resolves it, gets its tier's answer with the right number for each published locale.
 */
class EveryRedFlagPhrasingTest {

    private static final RedFlagScreen SCREEN = ContentLoader.redFlagScreen();
    private static final Map<String, String> MODEL = modelResolution();
    private static final Map<String, String> NUMBERS =
            Map.of("en-US", "911", "en-CA", "911", "en-GB", "999", "en-AU", "triple zero", "en-IN", "112");
    private static final TestSkill SKILL = new TestSkill();
    private static final com.backrelief.coach.domain.understanding.Understanding UNDERSTANDING =
            TestSkill.CONTENT.understanding();

    private static Map<String, String> modelResolution() {
        return ModelGenerator.resolution(ModelGenerator.languageModel(ModelGenerator.read("en-US")), "SYMPTOM");
    }

    static Stream<Arguments> everyPhrasingInEveryLocale() {
        List<Arguments> cases = new ArrayList<>();
        for (RedFlag flag : SCREEN.flags()) {
            for (String locale : List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN")) {
                flag.phrasings().forEach(phrasing -> cases.add(Arguments.of(locale, flag.tier(), phrasing)));
            }
            flag.variants().forEach(variant -> cases.add(Arguments.of("en-US", flag.tier(), variant)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("everyPhrasingInEveryLocale")
    void getsItsTiersAnswerWithTheLocalNumber(String locale, Tier tier, String phrasing) {
        String id = MODEL.get(RedFlagScreen.normalise(phrasing));
        assertThat(id).as("the voice model resolves it").isNotNull();

        Person person = new Person(SKILL).inLocale(locale);
        Reply reply = person.send(SymptomEvents.redFlag(phrasing, id, locale));
        if (UNDERSTANDING.read(phrasing).unsure().isPresent()
                // a serious accident with nothing said of when: it is a flag only if recent (fact sheet, reading E6)
                || reply.speech().equals("Did that happen in the last few days?")) {
            // A phrase that can mean something else is confirmed first (fact sheet, section 3); yes escalates.
            assertThat(reply.speech()).endsWith("?").doesNotContain("needs help right now");
            assertThat(reply.endsSession()).isFalse();
            reply = person.yes();
        }

        switch (tier) {
            case EMERGENCY -> {
                assertThat(reply.speech()).contains("needs help right now", "Please call " + NUMBERS.get(locale) + " now",
                        "I can't make the call for you").doesNotMatch(RedFlagAnswersTest.SELF_CARE_WORDS);
                assertThat(reply.endsSession()).isTrue();
            }
            case URGENT -> {
                assertThat(reply.speech()).startsWith("That's something a doctor should check today.");
                assertThat(reply.speech().contains("111")).isEqualTo(locale.equals("en-GB"));
                assertThat(reply.endsSession()).isFalse();
            }
            case MATERNITY -> {
                assertThat(reply.speech()).startsWith("Because you're pregnant, that needs checking now.");
                assertThat(reply.endsSession()).isTrue();
            }
            case SOON -> {
                // Under 16 (fact sheet 3.5) has its own words: a doctor, with a parent or carer.
                assertThat(reply.speech()).matches("(It would be a good idea to book an appointment.*in the next few days"
                        + "|Back pain at your age should be checked by a doctor, so please tell a parent or carer).*");
                assertThat(reply.endsSession()).isFalse();
            }
        }
    }
}
