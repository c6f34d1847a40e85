package com.backrelief.coach.domain.understanding;

import com.backrelief.coach.content.Content;
import com.backrelief.coach.domain.safety.Denial;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the fact sheet (and our variants) says a red flag is read, as free text with no voice
 * model at all, as a flag of its tier; every denial in the content raises none.
 */
class SheetSayingsReadTest {

    private static final Content CONTENT = Content.load();
    private static final Understanding UNDERSTANDING = CONTENT.understanding();
    private static final RedFlagScreen SCREEN = CONTENT.redFlags();

    /**
     * Sayings that, alone, can mean something else (fact sheet, section 3: confirm before escalating on
     * an ambiguous phrase): "I can't go" (to work?), "I had an accident" (a car, or the toilet?), "I can't
     * stand up" (pain or weakness?), "I use needles" (insulin?), "I have brittle bones" (U9 is a fall or
     * strain with them). Alexa's model still resolves them to their flag ({@code EveryRedFlagPhrasingTest}).
     */
    static final List<String> AMBIGUOUS = List.of("I can't go", "I had an accident", "I can't stand up", "I use needles",
            "I have brittle bones");

    static Stream<Arguments> sayings() {
        List<Arguments> cases = new ArrayList<>();
        for (RedFlag flag : SCREEN.flags()) {
            if (flag.id().equals("S4")) {
                continue; // an age, not a saying (fact sheet: "age slot")
            }
            flag.sayings().stream().filter(saying -> !AMBIGUOUS.contains(saying))
                    .forEach(saying -> cases.add(Arguments.of(flag.id(), saying)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sayings")
    void isReadAsAFlagOfItsTier(String id, String saying) {
        Reading reading = UNDERSTANDING.read(saying);

        assertThat(reading.flags()).as("flags read in '%s'", saying).isNotEmpty();
        String first = reading.flags().get(0);
        assertThat(SCREEN.flag(first).orElseThrow().tier()).as("'%s' read as %s", saying, reading.flags())
                .isEqualTo(SCREEN.flag(id).orElseThrow().tier());
    }

    static Stream<Arguments> ambiguous() {
        List<Arguments> cases = new ArrayList<>();
        for (RedFlag flag : SCREEN.flags()) {
            flag.sayings().stream().filter(AMBIGUOUS::contains).forEach(saying -> cases.add(Arguments.of(flag.id(), saying)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("ambiguous")
    void anAmbiguousSayingIsOneToConfirm(String id, String saying) {
        Reading reading = UNDERSTANDING.read(saying);

        if (saying.equals("I have brittle bones")) {
            assertThat(reading.flags()).as(saying).isEmpty(); // U9 needs a fall or strain with it
        } else {
            assertThat(reading.unsure()).as(saying).contains(id);
            assertThat(UNDERSTANDING.question(id)).get().asString().endsWith("?");
        }
    }

    static Stream<String> denials() {
        return SCREEN.denials().stream().map(Denial::phrase);
    }

    @ParameterizedTest
    @MethodSource("denials")
    void aDenialRaisesNoFlag(String denial) {
        assertThat(UNDERSTANDING.read(denial).flags()).as(denial).isEmpty();
    }
}
