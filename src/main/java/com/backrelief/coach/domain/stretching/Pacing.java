package com.backrelief.coach.domain.stretching;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one routine step into timed beats at a pace, and splits it into parts when one answer
 * would run too long. Alexa plays at most 240 seconds of audio per answer; a part is kept well
 * under that so the words around it (an introduction, a prompt) still fit. A set of repetitions
 * starts and ends with a sound, and so does each long hold; Alexa plays at most five sounds in one
 * answer, so a part holds no more than that.
 */
public final class Pacing {

    /** Speaking rate used for estimates: about 150 words a minute. */
    static final double WORDS_PER_SECOND = 150 / 60.0;
    /** Longest estimated part, pauses and words together. */
    public static final double PART_BUDGET_SECONDS = 150;
    /** Time to get into position after hearing how, before the first cue (scaled by pace). */
    static final double SETTLE_SECONDS = 5;
    /** Words a count takes to say ("And that's eight."). */
    private static final int COUNT_WORDS = 3;
    /** Words of "Now the other side." */
    private static final int OTHER_SIDE_WORDS = 4;
    /** Words of the change to the other side and into position. */
    private static final int SWITCH_WORDS = 10;
    /** Words around the beats of every answer: which exercise this is, and the question that waits. */
    static final int ANSWER_WORDS = 15;
    /**
     * A hold longer than this is marked by a sound at its start and its end. Shorter holds are the
     * rhythm of a set (hold for a breath, then lower), led by the words, as long as a pause between
     * cues: Alexa's longest single pause is ten seconds.
     */
    public static final double HELD_SECONDS = 10;
    /** Alexa plays at most five sounds ({@code <audio>}) in one answer. */
    public static final int MAX_SOUNDS = 5;

    private Pacing() {
    }

    /** The beats of a step, in parts that each fit one answer: the first part starts with the setup. */
    public static List<List<Beat>> parts(Stretch stretch, RoutineStep step, Pace pace) {
        List<List<Beat>> units = units(stretch, step, pace);
        List<Beat> opening = new ArrayList<>(List.of(new Beat.Setup(stretch.start(), pace.scale(SETTLE_SECONDS))));
        if (isSet(step)) {
            opening.add(new Beat.Sound(SoundCue.SET_START));
        }
        for (int count = 1; count <= units.size(); count++) {
            List<List<Beat>> parts = split(units, count, opening);
            if (parts.stream().allMatch(part -> seconds(part) <= PART_BUDGET_SECONDS && sounds(part) <= MAX_SOUNDS)
                    || count == units.size()) {
                return parts;
            }
        }
        throw new IllegalStateException("A step has no repetitions: " + stretch.id());
    }

    /** How many repetitions (or alternating pairs) each part holds, in order. */
    public static List<Integer> unitsPerPart(int units, int parts) {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            sizes.add(units / parts + (i < units % parts ? 1 : 0));
        }
        return sizes;
    }

    /** Repetitions counted one after another, as opposed to one hold (on each side) or a timed movement. */
    private static boolean isSet(RoutineStep step) {
        return step.minutes() == null && step.reps() > 1;
    }

    /** How many sounds some beats play: one for each mark of a set, two for each long hold. */
    public static int sounds(List<Beat> beats) {
        int sounds = 0;
        for (Beat beat : beats) {
            if (beat instanceof Beat.Sound) {
                sounds++;
            } else if (beat instanceof Beat.Line line && line.held()) {
                sounds += 2;
            }
        }
        return sounds;
    }

    private static List<List<Beat>> split(List<List<Beat>> units, int count, List<Beat> opening) {
        List<List<Beat>> parts = new ArrayList<>();
        int next = 0;
        for (int size : unitsPerPart(units.size(), count)) {
            List<Beat> part = new ArrayList<>();
            if (parts.isEmpty()) {
                part.addAll(opening);
            }
            units.subList(next, next + size).forEach(part::addAll);
            next += size;
            parts.add(List.copyOf(part));
        }
        return parts;
    }

    /**
     * One entry per repetition, or per pair of sides for an alternating exercise. As a physio
     * coaches: the whole cue lines on the first repetition, then only a short cue per phase (after a
     * change of side too, which is announced).
     */
    static List<List<Beat>> units(Stretch stretch, RoutineStep step, Pace pace) {
        Coaching coaching = stretch.coaching();
        boolean timed = step.minutes() != null;
        List<Beat> whole = timed ? timed(coaching, step) : phases(coaching, step, pace, true);
        List<Beat> brief = timed ? whole : phases(coaching, step, pace, false);
        int reps = timed ? 1 : Math.max(1, step.reps());
        int sides = coaching.sides() == 2 && !coaching.alternating() ? 2 : 1;
        List<List<Beat>> units = new ArrayList<>();
        for (int side = 0; side < sides; side++) {
            for (int rep = 1; rep <= reps; rep++) {
                List<Beat> unit = new ArrayList<>();
                if (side > 0 && rep == 1) {
                    unit.add(new Beat.SwitchSides(pace.scale(SETTLE_SECONDS)));
                }
                unit.addAll(side == 0 && rep == 1 ? whole : brief);
                if (coaching.alternating() && coaching.sides() == 2) {
                    unit.add(new Beat.OtherSide());
                    unit.addAll(brief);
                }
                if (reps > 1) {
                    unit.add(new Beat.Count(rep, reps));
                }
                if (isSet(step) && side == sides - 1 && rep == reps) {
                    unit.add(new Beat.Sound(SoundCue.SET_END));
                }
                units.add(List.copyOf(unit));
            }
        }
        return units;
    }

    private static List<Beat> phases(Coaching coaching, RoutineStep step, Pace pace, boolean whole) {
        List<Beat> lines = new ArrayList<>();
        for (Phase phase : coaching.rep()) {
            double pause = phase.hold() && step.holdSeconds() != null ? step.holdSeconds()
                    : phase.hold() ? phase.seconds() : pace.scale(phase.seconds());
            lines.add(new Beat.Line(whole ? phase.say() : phase.brief(), pause, phase.hold() && pause > HELD_SECONDS));
        }
        return lines;
    }

    /** A movement done for a set time, such as walking: the longest phase takes up the time left. */
    private static List<Beat> timed(Coaching coaching, RoutineStep step) {
        double total = step.minutes() * 60;
        Phase longest = coaching.rep().stream().max((a, b) -> Integer.compare(a.seconds(), b.seconds())).orElseThrow();
        double others = coaching.rep().stream().filter(p -> p != longest).mapToInt(Phase::seconds).sum();
        List<Beat> lines = new ArrayList<>();
        for (Phase phase : coaching.rep()) {
            double pause = phase == longest ? Math.max(0, total - others) : phase.seconds();
            lines.add(new Beat.Line(phase.say(), pause, pause > HELD_SECONDS));
        }
        return lines;
    }

    /** Estimated playing time of some beats: their words at the speaking rate plus their silences. */
    public static double seconds(List<Beat> beats) {
        return beats.stream().mapToDouble(Pacing::seconds).sum();
    }

    static double seconds(Beat beat) {
        if (beat instanceof Beat.Setup setup) {
            return speaking(setup.say()) + setup.pauseSeconds();
        }
        if (beat instanceof Beat.Line line) {
            return speaking(line.say()) + line.pauseSeconds();
        }
        if (beat instanceof Beat.SwitchSides switchSides) {
            return SWITCH_WORDS / WORDS_PER_SECOND + switchSides.pauseSeconds();
        }
        if (beat instanceof Beat.Sound) {
            return 0;
        }
        return (beat instanceof Beat.Count ? COUNT_WORDS : OTHER_SIDE_WORDS) / WORDS_PER_SECOND;
    }

    /** Estimated time of one answer: its beats, and the words around them. */
    static double answerSeconds(List<Beat> beats) {
        return seconds(beats) + ANSWER_WORDS / WORDS_PER_SECOND;
    }

    /** Seconds as a person hears a length: whole minutes, at least one. */
    public static int wholeMinutes(double seconds) {
        return (int) Math.max(1, Math.round(seconds / 60));
    }

    /** Estimated time to say {@code text} at about 150 words a minute. */
    public static double speaking(String text) {
        return text == null ? 0 : words(text.strip()) / WORDS_PER_SECOND;
    }

    /** The words of {@code text}: runs of characters between white space (as {@code split("\\s+")} counts them). */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
