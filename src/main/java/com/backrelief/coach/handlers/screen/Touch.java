package com.backrelief.coach.handlers.screen;

import com.backrelief.coach.conversation.Meaning;
import com.backrelief.coach.domain.understanding.Reading;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a touch means: each button on a screen sends an action, and the action stands for the intent
 * the person would have said. Handlers then answer a touch exactly as they answer the words.
 */
public final class Touch {

    public static final String NEXT = "next";
    public static final String PAUSE = "pause";
    public static final String RESUME = "resume";
    public static final String REPEAT = "repeat";
    public static final String EASIER = "easier";
    public static final String SKIP = "skip";
    public static final String STOP = "stop";
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String HEAT_OR_ICE = "heat-or-ice";
    public static final String ROUTINE = "routine";
    public static final String STRETCHES = "stretches";
    public static final String TIMER = "timer";
    /** {@code stretch:<exercise id>}: explain that exercise. */
    public static final String STRETCH = "stretch:";

    /** The touch's authority in a slot's resolutions, where Alexa would name the slot type. */

    private static final Map<String, String> INTENTS = Map.ofEntries(
            Map.entry(NEXT, "AMAZON.NextIntent"),
            Map.entry(PAUSE, "AMAZON.PauseIntent"),
            Map.entry(RESUME, "AMAZON.ResumeIntent"),
            Map.entry(REPEAT, "AMAZON.RepeatIntent"),
            Map.entry(EASIER, "EasierIntent"),
            Map.entry(SKIP, "SkipIntent"),
            Map.entry(STOP, "AMAZON.StopIntent"),
            Map.entry(YES, "AMAZON.YesIntent"),
            Map.entry(NO, "AMAZON.NoIntent"),
            Map.entry(HEAT_OR_ICE, "HeatOrIceIntent"),
            Map.entry(ROUTINE, "StartRoutineIntent"),
            Map.entry(STRETCHES, "ListStretchesIntent"),
            Map.entry(TIMER, "SetTimerIntent"));

    private static final Pattern EXERCISE_ID = Pattern.compile("[a-z][a-z-]{0,39}");

    private Touch() {
    }

    /** The action for explaining one exercise. */
    public static String stretch(String exerciseId) {
        return STRETCH + exerciseId;
    }

    /** The intent an action stands for; empty for anything no screen of the skill sends. */
    public static Optional<Meaning> meaning(String action) {
        if (action == null) {
            return Optional.empty();
        }
        if (action.startsWith(STRETCH)) {
            String id = action.substring(STRETCH.length());
            return EXERCISE_ID.matcher(id).matches() ? Optional.of(explain(id)) : Optional.empty();
        }
        return Optional.ofNullable(INTENTS.get(action)).map(Meaning::of);
    }

    /** The stretch explained, named by its id as a spoken name is recognised. */
    private static Meaning explain(String id) {
        return Meaning.of("StretchInfoIntent", Map.of("stretch", new Meaning.Value(id.replace('-', ' '), List.of(id))),
                Reading.NOTHING, false);
    }
}
