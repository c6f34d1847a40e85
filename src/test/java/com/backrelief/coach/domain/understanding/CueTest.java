package com.backrelief.coach.domain.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Patterns on their own: groups in any order, word lists, sequences, endings, and negation NegEx-style. */
class CueTest {

    private static final Map<String, String> LISTS = Map.of(
            "numb", "numb*|tingl*|pins and needles|cant feel|no feeling",
            "place", "bum|bottom|groin",
            "cant", "cant|cannot|unable to",
            "pee", "pee|wee");
    private static final Negation NEGATION = new Negation();

    private static String read(String pattern, String text) {
        return Cue.parse(pattern, LISTS).find(Words.of(text), NEGATION)
                .map(hit -> hit.denied() ? "denied" : "said").orElse("nothing");
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "$numb & $place | my bum has gone numb                    | said",
            "$numb & $place | numbness around my bottom               | said",
            "$numb & $place | I've got pins and needles in my groin   | said",
            "$numb & $place | I can't feel my bottom                  | said",
            "$numb & $place | there's no feeling in my bum            | said",
            "$numb & $place | my bum hurts                            | nothing",
            "$numb & $place | no numbness around my bottom            | denied",
            "$numb & $place | my bottom isn't numb                    | denied",
            "$numb & $place | I don't have any tingling in my groin   | denied",
            "$numb & $place | no, I think my bum has gone numb        | said",
            "$numb & $place | no fever but my bum is numb             | said",
            "$numb & $place | my bottom is fine, no tingling          | denied",
            "$cant $pee     | I can't pee                             | said",
            "$cant $pee     | I'm unable to wee                       | said",
            "$cant $pee     | I can pee fine                          | nothing",
            "worse at night | it's worse at night                     | said",
            "worse at night | it's not worse at night                 | denied",
    })
    void readsWhatIsSaidAndWhatIsDenied(String pattern, String text, String expected) {
        assertThat(read(pattern, text)).isEqualTo(expected);
    }

    @Test
    void groupsTooFarApartAreNotOneMatch() {
        String far = "my bum was fine this morning when I got up and had my breakfast and went out for a walk "
                + "around the whole park with the dog and then my toes went numb";
        assertThat(read("$numb & $place", far)).isEqualTo("nothing");
    }

    @Test
    void wordsThatSaySomethingByDenyingDenyNothingElse() {
        assertThat(read("never finish & wee|weeing|bladder", "I never finish weeing")).isEqualTo("said");
    }

    @Test
    void aPossessiveIsTheNoun() {
        assertThat(Words.of("my leg's numb and the bladder's full").tokens())
                .containsExactly("my", "leg", "numb", "and", "the", "bladder", "full");
        assertThat(Words.of("it's what's there's").tokens()).containsExactly("its", "whats", "theres");
    }

    @Test
    void anUnknownListOrAnEmptyGroupIsAContentError() {
        assertThatThrownBy(() -> Cue.parse("$nope & bum", LISTS)).hasMessageContaining("$nope");
        assertThatThrownBy(() -> Cue.parse("bum & ", LISTS)).hasMessageContaining("Empty group");
    }
}
