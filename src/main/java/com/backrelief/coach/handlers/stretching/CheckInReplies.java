package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.speech.Speech;

import com.backrelief.coach.domain.safety.LocalHelp;

import java.util.Locale;
import java.util.Optional;

/** What the coach says to "better", "the same" or "worse" after a routine (fact sheet 2.1, 2.3 and 5). */
final class CheckInReplies {

    static final String BETTER = "better";
    static final String SAME = "same";
    static final String WORSE = "worse";

    private CheckInReplies() {
    }

    /** The feeling in words Alexa could not resolve ("a tad worse"), or the words themselves. */
    static String fromWords(String spoken) {
        String text = spoken.toLowerCase(Locale.ROOT);
        return text.contains("worse") ? WORSE : text.contains("better") ? BETTER : text.contains("same") ? SAME : text;
    }

    static Optional<Speech> answer(String feeling, LocalHelp help) {
        return switch (feeling) {
            case BETTER -> Optional.of(Speech.of("That's good to hear. Keep moving as much as you comfortably can "
                    + "through the day."));
            case SAME -> Optional.of(Speech.of("That's okay. Keep moving as much as you comfortably can: regular "
                    + "exercise does the most good over time."));
            case WORSE -> Optional.of(Speech.of("Let's leave the exercises there for today. If the pain is sharp, "
                    + "spreads down your leg, or you notice any new numbness, please don't carry on with them. "
                    + "It would be a good idea to see " + help.clinician() + " soon."));
            default -> Optional.empty();
        };
    }
}
