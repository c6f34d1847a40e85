package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.UtteranceMatcher.Elicitation;
import com.backrelief.coach.devtools.UtteranceMatcher.Match;
import com.backrelief.coach.devtools.UtteranceMatcher.Opening;
import com.backrelief.coach.devtools.UtteranceMatcher.Prompt;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * What stands in for Alexa's ears in the local conversation: typed words in, the intent Alexa would send out.
 * Two exist: {@link StatisticalEar} (the default, a classifier trained on the interaction model) and the
 * generous {@link UtteranceMatcher} ({@code --matcher generous}). docs/local-matcher.md compares them.
 */
public interface Ear {

    /** The skill id requests carry. */
    String skillId();

    /** The launch phrase or one-shot request in the text, if it names the skill. */
    Optional<Opening> open(String text);

    /** What Alexa sends for the text, the skill waiting for {@code elicitation} (or null). */
    Match match(String text, Elicitation elicitation);

    default Match match(String text) {
        return match(text, null);
    }

    /** The first required slot still empty in the intent, with the dialog model's prompt. */
    Optional<Prompt> missingRequiredSlot(JsonNode intent);
}
