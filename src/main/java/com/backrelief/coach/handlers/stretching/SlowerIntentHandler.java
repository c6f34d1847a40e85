package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.handlers.common.UserProgress;

import java.util.Optional;

/** "Slower": changes the coaching pace, which is remembered for next time, and goes again at the new pace. */
public final class SlowerIntentHandler extends RoutineCommandHandler {

    public SlowerIntentHandler(RoutineCoach coach) {
        super(coach, "SlowerIntent", StretchSession::slower);
    }

    @Override
    Optional<Response> withoutRoutine(HandlerInput input) {
        Pace pace = coach.pace(input).slower();
        UserProgress.of(input).update(progress -> progress.withPace(pace));
        Routine routine = coach.defaultRoutine();
        return coach.offer(input, CoachingReplies.paceRemembered(pace), routine, 0, RoutineReplies.startOffer(routine));
    }
}
