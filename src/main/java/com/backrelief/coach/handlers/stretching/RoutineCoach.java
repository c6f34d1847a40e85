package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.advice.Symptoms;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.domain.understanding.Reading;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.handlers.common.Requests;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.alexa.DeviceSettings;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.SavedPlace;
import com.backrelief.coach.domain.stretching.Cue;
import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.domain.stretching.Turn;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.AppCard;
import com.backrelief.coach.handlers.common.DeviceClock;
import com.backrelief.coach.handlers.common.UserProgress;
import com.backrelief.coach.handlers.safety.SafetyReplies;
import com.backrelief.coach.handlers.screen.Choices;
import com.backrelief.coach.handlers.screen.Display;
import com.backrelief.coach.screen.Screen;
import com.backrelief.coach.speech.Speech;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What every coaching handler shares: finds the routine in progress, records each turn (session
 * attributes and progress), speaks it, and records a finished routine on the person's own day.
 */
public final class RoutineCoach {

    /** Offered when a person asks for stretches without naming a routine. */
    static final String DEFAULT_ROUTINE = "morning-mobility";
    private final StretchCatalogue catalogue;
    private final Clock clock;
    private final DeviceClock device;
    private final EmergencyNumbers numbers;

    public RoutineCoach(StretchCatalogue catalogue, Clock clock, DeviceSettings timeZone, EmergencyNumbers numbers) {
        this.numbers = numbers;
        this.catalogue = catalogue;
        this.clock = clock;
        this.device = new DeviceClock(clock, timeZone);
    }

    StretchCatalogue catalogue() {
        return catalogue;
    }

    Optional<StretchSession> session(HandlerInput input) {
        return ActiveRoutine.read(input, catalogue);
    }

    Routine defaultRoutine() {
        return catalogue.routine(DEFAULT_ROUTINE).orElseGet(() -> catalogue.routines().get(0));
    }

    RoutinePlan plan(Routine routine) {
        return RoutinePlan.of(routine, catalogue);
    }

    Pace pace(HandlerInput input) {
        return UserProgress.of(input).get().pace();
    }

    /**
     * Fact sheet, section 3: before the first routine a person does, the emergency signs, said as a
     * statement (nothing is asked, so nothing about their health is kept). Until they have finished a
     * routine, or while no place is saved, each routine's start counts as their first.
     */
    static final Speech FIRST_ROUTINE_SIGNS = Speech.of("Safety first: numbness around your bottom, new trouble "
            + "peeing, weak legs or a fever mean stop and get help.");

    /** No routine finished and no place saved: as far as the coach knows, this person's first routine. */
    private static boolean firstRoutineEver(HandlerInput input) {
        Progress progress = UserProgress.of(input).get();
        return progress.history().total() == 0 && progress.savedPlace().isEmpty();
    }

    Optional<Response> answer(HandlerInput input, Turn turn) {
        return answer(input, turn, Speech.empty());
    }

    /** Records the turn and speaks it, after {@code preface}. */
    Optional<Response> answer(HandlerInput input, Turn turn, Speech preface) {
        if (turn.finished()) {
            return finish(input, ((Cue.Finished) turn.cue()).routine());
        }
        Cue.AtBlock cue = (Cue.AtBlock) turn.cue();
        Speech before = preface;
        if (cue instanceof Cue.Begin && firstRoutineEver(input)) {
            before = before.then(FIRST_ROUTINE_SIGNS);
        }
        Speech care = Cautions.once(input, cue);
        ActiveRoutine.record(input, turn.state(), clock.instant(), cue instanceof Cue.PaceChanged changed && changed.changed());
        PendingQuestion.ask(input, CoachingReplies.question(cue));
        Display.show(input, StepScreens.step(cue));
        Speech said = before.then(CoachingReplies.say(cue, care, catalogue.sounds()));
        boolean soundsOff = UserProgress.of(input).get().soundsOff();
        return Answer.ask(input, soundsOff ? said.withoutSounds() : said, CoachingReplies.reprompt(cue));
    }

    /**
     * The exercise hurts (or the person feels worse): stop it at this step, paused, with the fact
     * sheet's stop-exercise advice, and ask whether to skip it, try it easier, or stop for today.
     */
    Optional<Response> stopForPain(HandlerInput input, StretchSession session) {
        Reading reading = Heard.reading(input);
        int reports = PainReports.add(input);
        if (reports > 1 || reading.facts().leg() == Symptoms.Leg.ONE || reading.asks("pain-leg")) {
            // Fact sheet 3.5: a second report in a session, or pain spreading down a leg, ends today's routine.
            ActiveRoutine.end(input);
            LocalHelp help = Requests.localHelp(input, numbers);
            Speech next = CommonReplies.whatNext();
            return Answer.ask(input, Speech.of("Let's stop for today. If it doesn't settle in a few days, or it spreads "
                    + "down your leg, see " + help.clinician() + ".").then(next), next);
        }
        Turn turn = session.stop();
        ActiveRoutine.record(input, turn.state(), clock.instant());
        PendingQuestion.ask(input, PendingQuestion.STOPPED);
        Display.show(input, StepScreens.step((Cue.AtBlock) turn.cue()));
        // The easier version is offered only for a mild ache, never with "please don't continue" for sharp pain.
        Speech choice = reading.asks("pain-mild") ? CoachingReplies.afterStopping() : CoachingReplies.skipOrStop();
        return Answer.ask(input, SafetyReplies.stopExercise().then(choice), choice);
    }

    private Optional<Response> finish(HandlerInput input, Routine routine) {
        ActiveRoutine.end(input);
        LocalDate today = today(input);
        UserProgress progress = UserProgress.of(input);
        progress.update(p -> p.finished(today));
        AppCard.send(input, RoutineReplies.finishedCard(plan(routine), progress.get(), today));
        PendingQuestion.ask(input, PendingQuestion.CHECK_IN);
        return Answer.ask(input, RoutineReplies.finished(routine, progress.get(), today), RoutineReplies.checkInAgain(routine));
    }

    /** Asks "yes or no" about coaching {@code routine} from {@code step}. */
    Optional<Response> offer(HandlerInput input, Speech before, Routine routine, int step, Speech question) {
        return offer(input, before, routine, step, question,
                Choices.yesOrNo(Screen.Layout.MESSAGE, Screen.heading(routine.name()), question.toText()));
    }

    private Optional<Response> offer(HandlerInput input, Speech before, Routine routine, int step, Speech question,
                                     Screen screen) {
        PendingQuestion.offer(input, routine.id(), step);
        Display.show(input, screen);
        return Answer.ask(input, before.then(question), question);
    }

    /** A command that needs a routine when there is none: offer to pick up a recent place, or to start. */
    Optional<Response> noRoutine(HandlerInput input) {
        Optional<SavedPlace> place = freshPlace(input);
        if (place.isPresent()) {
            RoutinePlan plan = plan(catalogue.routine(place.get().routineId()).orElseThrow());
            int step = Math.min(place.get().step(), plan.steps() - 1);
            return offer(input, Speech.empty(), plan.routine(), step, RoutineReplies.pickUpOffer(plan, step));
        }
        Routine routine = defaultRoutine();
        return offer(input, RoutineReplies.noRoutine(), routine, 0, RoutineReplies.startOffer(routine));
    }

    /** The saved place, if it is recent enough to pick up and names a routine that still exists. */
    Optional<SavedPlace> freshPlace(HandlerInput input) {
        return UserProgress.of(input).get().savedPlace()
                .filter(place -> place.isFresh(clock.instant()))
                .filter(place -> catalogue.routine(place.routineId()).isPresent());
    }

    /**
     * At launch: offers to pick up a recent place, or to start an older one afresh. Empty when
     * there is nothing to offer.
     */
    public Optional<Response> offerOnLaunch(HandlerInput input, Progress before, Speech welcome) {
        Optional<SavedPlace> saved = before.savedPlace().filter(p -> catalogue.routine(p.routineId()).isPresent());
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        RoutinePlan plan = plan(catalogue.routine(saved.get().routineId()).orElseThrow());
        int step = Math.min(saved.get().step(), plan.steps() - 1);
        boolean fresh = saved.get().isFresh(clock.instant());
        Speech question = fresh ? RoutineReplies.pickUpOffer(plan, step) : RoutineReplies.freshStartOffer(plan.routine());
        return offer(input, welcome, plan.routine(), fresh ? step : 0, question,
                Choices.welcomeWithOffer(welcome.toText(), question.toText()));
    }

    /** Today in the device's time zone, asking Alexa for the zone at most once per session. */
    LocalDate today(HandlerInput input) {
        return device.today(input);
    }
}
