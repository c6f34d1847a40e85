package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.Beat;
import com.backrelief.coach.domain.stretching.Block;
import com.backrelief.coach.domain.stretching.Cue;
import com.backrelief.coach.domain.stretching.RoutineStep;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.handlers.screen.Touch;
import com.backrelief.coach.screen.Screen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the screen shows while coaching, and beside an exercise explained. */
final class StepScreens {

    /** At most this many cues on a step's screen: the ones being said now. */
    static final int MAX_CUES = 3;

    private StepScreens() {
    }

    /** A routine step: the exercise, its drawing, the cue now, how much, where in the routine, and the buttons. */
    static Screen step(Cue.AtBlock cue) {
        Block block = cue.block();
        Stretch stretch = block.stretch();
        Screen screen = Screen.of(Screen.Layout.STEP, Screen.heading(stretch.name()))
                .drawing(stretch.id())
                .progress(block.exerciseNumber() + " of " + block.exercises())
                .dose(dose(block.routineStep(), stretch))
                .lines(cues(block));
        if (cue instanceof Cue.Stopped) {
            return screen.subtitle("Stopped. Skip it, try it easier, or stop for today?")
                    .button("Skip", Touch.SKIP).button("Easier", Touch.EASIER).button("Stop", Touch.STOP);
        }
        if (cue instanceof Cue.Paused) {
            return screen.subtitle("Paused")
                    .button("Resume", Touch.RESUME).button("Repeat", Touch.REPEAT).button("Next", Touch.NEXT)
                    .button("Easier", Touch.EASIER);
        }
        return screen.button("Pause", Touch.PAUSE).button("Repeat", Touch.REPEAT).button("Next", Touch.NEXT)
                .button("Easier", Touch.EASIER);
    }

    /** An exercise explained: its drawing, how to start and the steps, how much, and its cautions. */
    static Screen explained(Stretch stretch) {
        List<String> steps = new ArrayList<>();
        steps.add(stretch.start());
        steps.addAll(stretch.cues());
        List<String> notes = new ArrayList<>();
        notes.add(stretch.stopIf());
        notes.addAll(StretchReplies.cautions(stretch));
        return Screen.of(Screen.Layout.STRETCH, Screen.heading(stretch.name()))
                .drawing(stretch.id())
                .dose(stretch.dose())
                .lines(steps)
                .notes(notes)
                .button("Other stretches", Touch.STRETCHES);
    }

    /** The exercises the skill can explain, each a button that explains it. */
    static Screen list(List<Stretch> stretches) {
        Screen screen = Screen.of(Screen.Layout.MESSAGE, "Stretches").subtitle("Touch one to hear how it's done.");
        for (Stretch stretch : stretches) {
            screen = screen.button(Screen.heading(stretch.name()), Touch.stretch(stretch.id()));
        }
        return screen;
    }

    /** How much of this step: minutes, or a hold and how many times, or repetitions; per side when it has two. */
    static String dose(RoutineStep step, Stretch stretch) {
        if (step.minutes() != null) {
            double minutes = step.minutes();
            String figure = minutes == Math.rint(minutes) ? Long.toString(Math.round(minutes)) : Double.toString(minutes);
            return figure + (minutes == 1 ? " minute" : " minutes");
        }
        String sides = stretch.coaching().sides() == 2 ? " each side" : "";
        String times = step.reps() == 1 ? "once" : step.reps() + " times";
        if (step.holdSeconds() != null) {
            return "Hold " + step.holdSeconds() + " seconds, " + times + sides;
        }
        return times.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + times.substring(1) + sides;
    }

    /** The cues said in this block, each once, the first few. */
    static List<String> cues(Block block) {
        Set<String> said = new LinkedHashSet<>();
        for (Beat beat : block.beats()) {
            if (beat instanceof Beat.Line line && said.size() < MAX_CUES) {
                said.add(line.say());
            }
        }
        return List.copyOf(said);
    }
}
