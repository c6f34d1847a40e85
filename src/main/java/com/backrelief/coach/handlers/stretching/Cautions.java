package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.domain.stretching.Cue;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.speech.Speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An exercise's own cautions (glaucoma, osteoporosis, pregnancy...), said briefly the first time a
 * routine sets it up in a session; which were said is kept in the session only, not with progress.
 */
final class Cautions {

    static final String KEY = "cautionsSaid";

    private Cautions() {
    }

    /** The cautions to say with this cue, once per exercise per session; empty when none or already said. */
    static Speech once(HandlerInput input, Cue.AtBlock cue) {
        if (!CoachingReplies.setsUp(cue)) {
            return Speech.empty();
        }
        Stretch stretch = cue.block().stretch();
        List<String> cautions = StretchReplies.cautions(stretch);
        Map<String, Object> session = SessionAttributes.of(input);
        List<String> said = session.get(KEY) instanceof List<?> list
                ? new ArrayList<>(list.stream().filter(String.class::isInstance).map(String.class::cast).toList())
                : new ArrayList<>();
        if (cautions.isEmpty() || said.contains(stretch.id())) {
            return Speech.empty();
        }
        said.add(stretch.id());
        session.put(KEY, said);
        Speech care = Speech.empty();
        for (String caution : cautions) {
            care = care.then(caution);
        }
        return care;
    }
}
