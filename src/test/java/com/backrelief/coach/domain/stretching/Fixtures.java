package com.backrelief.coach.domain.stretching;

import java.util.List;

/**
 * A small routine with one step of every kind the coach handles: counted reps first, a two-sided
 * timed hold (led in two parts: its sounds fill more than one answer), an alternating movement, a long
 * counted step led in parts, and a timed walk last.
 */
final class Fixtures {

    static final int FIRST = 0;
    static final int TWO_SIDED_HOLD = 1;
    static final int ALTERNATING = 2;
    static final int LONG_COUNTED = 3;
    static final int LAST_TIMED = 4;

    private Fixtures() {
    }

    static Stretch tilt() {
        return stretch("tilt", "pelvic tilt", List.of("mat"), 1, false,
                new Phase("Breathe in.", "In.", 4, false), new Phase("Tilt and hold.", "Hold.", 3, true), new Phase("Relax.", "Relax.", 3, false));
    }

    static Stretch kneeHug() {
        return stretch("hug", "knee hug", List.of("mat"), 2, false,
                new Phase("Bring one knee up.", "Knee up.", 3, false), new Phase("Hold it in.", "Hold.", 5, true), new Phase("Lower it.", "Lower.", 3, false));
    }

    static Stretch rolls() {
        return stretch("rolls", "knee rolls", List.of("mat", "cushion"), 2, true,
                new Phase("Roll your knees to one side.", "Roll over.", 2, false), new Phase("Back to the middle.", "And back.", 2, false));
    }

    static Stretch bridge() {
        return stretch("bridge", "glute bridge", List.of("mat"), 1, false,
                new Phase("Lift your hips up into a straight slope from your shoulders to your knees.", "Hips up.", 4, false),
                new Phase("Hold, and keep breathing.", "Hold.", 6, true), new Phase("Lower slowly, and rest.", "Lower.", 6, false));
    }

    static Stretch walk() {
        return stretch("walk", "walking", List.of(), 1, false, new Phase("Walk at an easy pace.", "Keep walking.", 60, false));
    }

    static Routine routine() {
        return new Routine("fixture", "fixture", List.of("test routine"), 10, "A routine for tests.", "Done.",
                "Better, the same, or worse?", List.of(
                new RoutineStep("tilt", 3, null, null, null),
                new RoutineStep("hug", 2, 20, null, null),
                new RoutineStep("rolls", 2, null, null, null),
                new RoutineStep("bridge", 18, 6, null, "Eighteen in a row."),
                new RoutineStep("walk", 1, null, 1.5, null)));
    }

    static StretchCatalogue catalogue() {
        return new StretchCatalogue(List.of(tilt(), kneeHug(), rolls(), bridge(), walk()), List.of(routine()));
    }

    static RoutinePlan plan() {
        return RoutinePlan.of(routine(), catalogue());
    }

    static StretchSession at(int step, int part) {
        return new StretchSession(plan(), step, part, Pace.NORMAL, false);
    }

    private static Stretch stretch(String id, String name, List<String> needs, int sides, boolean alternating,
                                   Phase... phases) {
        return new Stretch(id, null, name, List.of(), "on-your-back", needs, "Lie on your back.",
                List.of("First cue.", "Second cue."), "Breathe slowly.", "Do a few.", "Stop if it hurts.",
                "Do less of it.", "Do more of it.", List.of("Take care."),
                new Coaching(List.of(phases), 3, sides, alternating));
    }
}
