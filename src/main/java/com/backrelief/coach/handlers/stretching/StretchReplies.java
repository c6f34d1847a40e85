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
    /** About sixty words before the question (fact sheet section 5): cues past it wait for the coaching. */
    private static final int MOST_WORDS = 58;
    /** Fact sheet 2.1, said at every routine's start: "A mild stretch is fine, but sharp pain ... means stop." */
    private static final String SHARED_RULE = "A mild stretch is fine";

    private StretchReplies() {
    }

    /**
     * Short enough to follow by ear (fact sheet section 5): the start position and the first three cues; how much,
     * when to stop and who should take care with it are offered ({@link #details}).
     */
    static Speech explain(Stretch stretch) {
        Speech speech = Speech.of("Here's the " + stretch.name() + ".").then(stretch.start()).pause(BETWEEN_PARTS);
        for (String cue : spokenCues(stretch)) {
            speech = speech.then(cue);
        }
        return speech;
    }

    /** The first three cues, as many as fit in about sixty words with the start position. */
    static List<String> spokenCues(Stretch stretch) {
        int words = words("Here's the " + stretch.name() + ". " + stretch.start());
        List<String> cues = new java.util.ArrayList<>();
        for (String cue : stretch.cues().subList(0, Math.min(3, stretch.cues().size()))) {
            words += words(cue);
            if (words > MOST_WORDS) {
                break;
            }
            cues.add(cue);
        }
        return cues;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** How much, when to stop, and its cautions. */
    static Speech details(Stretch stretch) {
        return Speech.of(stretch.dose()).then(stretch.stopIf()).then(cautionsOf(stretch));
    }

    /** Its cautions alone, said even when the person wants no more: who should take care with it. */
    static Speech cautionsOf(Stretch stretch) {
        Speech speech = Speech.empty();
        for (String caution : cautions(stretch)) {
            speech = speech.then(caution);
        }
        return speech;
    }

    static Speech detailsOffer() {
        return Speech.of("Want to hear how much to do, and when to stop?");
    }

    /** The card for the Alexa app: what {@link #explain} said, and what it offered: the steps as a list. */
    static Card card(Stretch stretch) {
        return Card.titled(Screen.heading(stretch.name()))
                .line(stretch.start())
                .items(spokenCues(stretch))
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
