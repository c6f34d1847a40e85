package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.screen.Card;
import com.backrelief.coach.screen.Screen;
import com.backrelief.coach.speech.Speech;

import java.time.Duration;
import java.util.List;

/** Turns exercises into speech: a full explanation, or the list of names. */
final class StretchReplies {

    private static final Duration BETWEEN_PARTS = Duration.ofMillis(400);
    /** Fact sheet 2.1, said at every routine's start: "A mild stretch is fine, but sharp pain ... means stop." */
    private static final String SHARED_RULE = "A mild stretch is fine";

    private StretchReplies() {
    }

    /** Start position, the first three cues, how much, when to stop, and who should take care with it. */
    static Speech explain(Stretch stretch) {
        Speech speech = Speech.of("Here's the " + stretch.name() + ".").then(stretch.start()).pause(BETWEEN_PARTS);
        for (String cue : stretch.cues().subList(0, Math.min(3, stretch.cues().size()))) {
            speech = speech.then(cue);
        }
        speech = speech.pause(BETWEEN_PARTS).then(stretch.dose()).then(stretch.stopIf());
        for (String caution : cautions(stretch)) {
            speech = speech.then(caution);
        }
        return speech;
    }

    /** The card for the Alexa app: what {@link #explain} said, written for reading: the steps as a list. */
    static Card card(Stretch stretch) {
        return Card.titled(Screen.heading(stretch.name()))
                .line(stretch.start())
                .items(stretch.cues().subList(0, Math.min(3, stretch.cues().size())))
                .line(stretch.dose())
                .gap()
                .line(stretch.stopIf())
                .items(cautions(stretch))
                .build();
    }

    /** The exercise's own cautions (glaucoma, osteoporosis, pregnancy...), without the rule every exercise shares. */
    static List<String> cautions(Stretch stretch) {
        return stretch.cautions().stream().filter(caution -> !caution.startsWith(SHARED_RULE)).toList();
    }

    static Speech list(StretchCatalogue catalogue) {
        List<String> names = catalogue.cards().stream().map(Stretch::name).toList();
        return Speech.of("I can explain " + names.size() + " exercises: " + spokenList(names) + ".");
    }

    static Speech unknown(StretchCatalogue catalogue) {
        return Speech.of("Sorry, I don't know that one.").then(list(catalogue)).then(whichOne());
    }

    static Speech whichOne() {
        return Speech.of("Which one would you like to hear about?");
    }

    static Speech whichNext() {
        return Speech.of("Which stretch would you like to hear about next, or shall we stop there?");
    }

    static String spokenList(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }
}
