package com.backrelief.coach.devtools.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {

    private static final Map<String, List<String>> PHRASES = Map.of(
            "should_i", List.of("should i", "do i", "can i", "is it better to"),
            "pack", List.of("(heat|ice) pack", "<cold_thing>"),
            "cold_thing", List.of("frozen peas"),
            "loop", List.of("again <loop>"));
    private static final Set<String> SLOTS = Set.of("stretch", "pack");

    private static List<String> expand(String template) {
        return Template.expand(template, PHRASES, SLOTS, 100);
    }

    @Test
    void plainWordsStayAsWrittenWithWhiteSpaceNormalised() {
        assertThat(expand("  what can I   say ")).containsExactly("what can I say");
    }

    @Test
    void eachAlternativeIsASample() {
        assertThat(expand("use (heat|ice|a hot water bottle)")).containsExactly("use heat", "use ice",
                "use a hot water bottle");
    }

    @Test
    void anEmptyAlternativeMakesTheGroupOptional() {
        assertThat(expand("how do I do (a|the|) {stretch}")).containsExactly("how do I do a {stretch}",
                "how do I do the {stretch}", "how do I do {stretch}");
        assertThat(expand("(please |)stop")).containsExactly("please stop", "stop");
    }

    @Test
    void theProductVariesTheLeftmostChoiceSlowest() {
        assertThat(expand("(a|b) (c|d)")).containsExactly("a c", "a d", "b c", "b d");
    }

    @Test
    void groupsNest() {
        assertThat(expand("(go (on|ahead)|next)")).containsExactly("go on", "go ahead", "next");
    }

    @Test
    void aPhraseStandsForEachOfItsAlternativesWhichAreTemplatesToo() {
        assertThat(expand("<should_i> use heat")).containsExactly("should i use heat", "do i use heat",
                "can i use heat", "is it better to use heat");
        assertThat(expand("time my <pack>")).containsExactly("time my heat pack", "time my ice pack",
                "time my frozen peas");
    }

    @Test
    void aRepeatedSampleIsDroppedAndTheFirstKept() {
        assertThat(expand("(the  one|the one|one) (next|)")).containsExactly("the one next", "the one", "one next",
                "one");
    }

    @Test
    void slotsAreKeptAsTheyAre() {
        assertThat(expand("{stretch}")).containsExactly("{stretch}");
        assertThat(expand("set a timer for (my|the) {pack}")).containsExactly("set a timer for my {pack}",
                "set a timer for the {pack}");
    }

    @Test
    void anUnknownPhraseIsAnError() {
        assertThatThrownBy(() -> expand("<shuold_i> use heat")).isInstanceOf(ModelSourceException.class)
                .hasMessageContaining("unknown phrase <shuold_i>").hasMessageContaining("<shuold_i> use heat");
    }

    @Test
    void anUnknownSlotIsAnErrorThatNamesTheIntentsSlots() {
        assertThatThrownBy(() -> expand("explain the {strech}")).isInstanceOf(ModelSourceException.class)
                .hasMessageContaining("unknown slot {strech}").hasMessageContaining("stretch");
        assertThatThrownBy(() -> Template.expand("{stretch}", PHRASES, Set.of(), 100))
                .hasMessageContaining("the intent has no slots");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "use (heat|ice;                 '(' at 4 is never closed",
            "use heat|ice) now;             '|' at 8 is outside parentheses",
            "use heat) now;                 ')' at 8 closes nothing",
            "((a|b) c;                      '(' at 0 is never closed",
            "use <should_i now;             '<' at 4 is never closed",
            "use should_i> now;             '>' at 12 closes nothing",
            "explain {stretch now;          '{' at 8 is never closed",
            "explain stretch} now;          '}' at 15 closes nothing",
            "explain {two words};           is not a name"})
    void malformedTemplatesAreErrorsThatSayWhere(String template, String message) {
        assertThatThrownBy(() -> expand(template)).isInstanceOf(ModelSourceException.class)
                .hasMessageContaining(message).hasMessageContaining(template);
    }

    @Test
    void unbalancedParenthesesAreNamedSo() {
        assertThatThrownBy(() -> expand("use (heat|ice")).hasMessageContaining("unbalanced parentheses");
        assertThatThrownBy(() -> expand("use heat)")).hasMessageContaining("unbalanced parentheses");
    }

    @Test
    void aPhraseThatRefersToItselfIsAnError() {
        assertThatThrownBy(() -> expand("<loop>")).hasMessageContaining("the phrase <loop> refers to itself");
    }

    @Test
    void aTemplateThatCanSayNothingIsAnError() {
        assertThatThrownBy(() -> expand("(please|)")).hasMessageContaining("can expand to an empty sample");
    }

    @Test
    void aTemplateThatExpandsPastTheLimitIsAnError() {
        assertThatThrownBy(() -> Template.expand("(a|b|c|d|e) (a|b|c|d|e) (a|b|c|d|e)", PHRASES, SLOTS, 100))
                .hasMessageContaining("expands to more than 100 samples");
    }
}
