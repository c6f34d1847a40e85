package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.Beat;
import com.backrelief.coach.domain.stretching.Block;
import com.backrelief.coach.domain.stretching.Cue;
import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.domain.stretching.SoundCue;
import com.backrelief.coach.domain.stretching.SoundCues;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * Puts a coaching {@link Cue} into words: why this block, how to get into position, each cue
 * followed by its pause, the counting and the change of sides, then the question that waits for
 * the person. Every answer ends with a question; "yes" to it means carry on. A set starts and ends
 * with a sound, and so does a long hold; a silence never runs past {@link #LONGEST_SILENCE_SECONDS}
 * without a word.
 */
final class CoachingReplies {

    /** Past this, a silence sounds as if the speaker has hung: a long hold is broken by a word. */
    static final double LONGEST_SILENCE_SECONDS = 15;

    private CoachingReplies() {
    }

    /** The whole answer for a cue: a block led (after why it is this one) with {@code sounds}, or a word about it. */
    static Speech say(Cue.AtBlock cue, SoundCues sounds) {
        return say(cue, Speech.empty(), sounds);
    }

    /** As {@link #say(Cue.AtBlock, SoundCues)}, with {@code care} (the exercise's cautions) said once it is named, before getting into position. */
    static Speech say(Cue.AtBlock cue, Speech care, SoundCues sounds) {
        return leading(cue, care, sounds).orElseGet(() -> aside(cue));
    }

    /** Whether this cue sets the exercise up from its position, where its cautions belong. */
    static boolean setsUp(Cue.AtBlock cue) {
        Block block = cue.block();
        if (!block.isFirstPart()) {
            return false;
        }
        return cue instanceof Cue.Begin || cue instanceof Cue.PickUp || cue instanceof Cue.Skipped
                || cue instanceof Cue.Lead lead && !(lead.why() == Cue.Why.NEXT && block.anotherSet());
    }

    private static Optional<Speech> leading(Cue.AtBlock cue, Speech care, SoundCues sounds) {
        Block block = cue.block();
        if (cue instanceof Cue.Begin begin) {
            return Optional.of(RoutineReplies.introduce(begin.plan(), begin.minutes())
                    .then(lead("First, " + the(block.stretch()) + ".", block, Start.POSITION, care, sounds)));
        }
        if (cue instanceof Cue.PickUp pickUp) {
            return Optional.of(RoutineReplies.pickUp(pickUp.plan(), block).then(lead("", block, Start.POSITION, care, sounds)));
        }
        if (cue instanceof Cue.Lead lead) {
            boolean anotherSet = lead.why() == Cue.Why.NEXT && block.anotherSet();
            return Optional.of(lead(preface(lead.why(), block), block, anotherSet ? Start.ANOTHER_SET : Start.POSITION,
                    care, sounds));
        }
        if (cue instanceof Cue.Skipped skipped) {
            // The exercise skipped to keeps its cautions (fact sheet 3.5): it is set up like any other.
            return Optional.of(lead("Okay, skipping " + the(skipped.skipped()) + ". " + preface(Cue.Why.NEXT, block),
                    block, Start.POSITION, care, sounds));
        }
        if (cue instanceof Cue.Variant variant) {
            String intro = variant.easier() ? "For an easier version: " : "For a harder version: ";
            return Optional.of(lead(intro + variant.how() + " Let's go again.", block, Start.IN_PLACE, Speech.empty(), sounds));
        }
        if (cue instanceof Cue.PaceChanged changed) {
            return Optional.of(lead(paceLine(changed) + " Let's go again.", block, Start.IN_PLACE, Speech.empty(), sounds));
        }
        return Optional.empty();
    }

    private static Speech aside(Cue.AtBlock cue) {
        // An aside in a routine ends with the routine's own question, asked plainly.
        if (cue instanceof Cue.Left left) {
            return where(left).then(ActiveRoutine.CARRY_ON);
        }
        if (cue instanceof Cue.Explained) {
            return explain(cue.block().stretch()).then(ActiveRoutine.CARRY_ON);
        }
        if (cue instanceof Cue.Paused) {
            return Speech.of("Paused. Take your time, and say resume when you're ready. If I stop listening, "
                    + "just open Back Relief Coach again and I'll pick up from " + the(cue.block().stretch()) + ".")
                    .then(carryOnNow());
        }
        return afterStopping();
    }

    /** After an exercise was stopped for more than a mild ache: no easier version in the same breath (fact sheet 3.5). */
    static Speech skipOrStop() {
        return Speech.of("Would you like to skip this one, or stop for today?");
    }

    /** After an exercise was stopped for a mild ache: the three ways on. */
    static Speech afterStopping() {
        return Speech.of("Would you like to skip this one, try an easier version, or stop for today?");
    }

    /** The reprompt for a cue: a short reminder of what to say. */
    static Speech reprompt(Cue.AtBlock cue) {
        if (cue instanceof Cue.Stopped) {
            return afterStopping();
        }
        if (cue instanceof Cue.Paused) {
            return Speech.of("Say resume when you're ready, or stop to leave it for today.").then(carryOnNow());
        }
        return Speech.of("Say next to move on, repeat to go again, or pause to take a break. What would you like to do?");
    }

    /** Which question this cue's answer ends with, so "yes" and "no" to it mean the right thing. */
    static String question(Cue.AtBlock cue) {
        if (cue instanceof Cue.Stopped) {
            return PendingQuestion.STOPPED;
        }
        if (cue instanceof Cue.Left || cue instanceof Cue.Explained) {
            return PendingQuestion.CARRY_ON;
        }
        return cue instanceof Cue.Paused ? PendingQuestion.PAUSED : PendingQuestion.CONTINUE;
    }

    private static Speech carryOnNow() {
        return Speech.of("Shall we carry on now?");
    }

    private static String preface(Cue.Why why, Block block) {
        String name = the(block.stretch());
        if (!block.isFirstPart()) {
            return switch (why) {
                case BACK -> "Going back a little.";
                case AGAIN -> "Once more.";
                default -> "Let's carry on with " + name + ".";
            };
        }
        return switch (why) {
            case NEXT -> block.isLastStep() ? "Last one: " + name + "." : "Next, " + name + ".";
            case BACK -> "Going back to " + name + ".";
            case ALREADY_FIRST -> "This is the first exercise, so let's start it again: " + name + ".";
            case AGAIN -> "Once more: " + name + ".";
            case RESUMED, CARRY_ON -> "Picking up with " + name + ".";
            case FROM_THE_TOP -> "Starting again from the top, with " + name + ".";
        };
    }

    /** How an exercise begins: from how to get into position, or with a moment to get set. */
    private enum Start {
        /** The step's note, then how to get into position. */
        POSITION,
        /** A further set of the exercise just done: the note ("Second set"), and a moment to get set. */
        ANOTHER_SET,
        /** The same exercise again at once (easier, harder, another pace): only a moment to get set. */
        IN_PLACE
    }

    /** A block paced out: how it starts, the cues with their pauses and sounds, then the question. */
    private static Speech lead(String preface, Block block, Start start, Speech care, SoundCues sounds) {
        Speech speech = Speech.of(preface);
        if (block.isFirstPart() && start != Start.IN_PLACE) {
            speech = speech.then(block.routineStep().note());
        }
        if (block.isFirstPart() && start == Start.POSITION) {
            speech = speech.then(care);
        }
        for (Beat beat : block.beats()) {
            speech = speech.then(beat(beat, start == Start.POSITION, sounds));
        }
        return speech.then(ending(block));
    }

    private static Speech beat(Beat beat, boolean withPosition, SoundCues sounds) {
        if (beat instanceof Beat.Setup setup) {
            return Speech.of(withPosition ? setup.say() : "Take a moment to get set.").pauseSeconds(setup.pauseSeconds());
        }
        if (beat instanceof Beat.Line line && line.held()) {
            return Speech.of(line.say()).then(sound(SoundCue.HOLD_START, sounds)).then(keepingCompany(line.pauseSeconds()))
                    .then(sound(SoundCue.HOLD_END, sounds));
        }
        if (beat instanceof Beat.Line line) {
            return Speech.of(line.say()).then(keepingCompany(line.pauseSeconds()));
        }
        if (beat instanceof Beat.Sound mark) {
            return sound(mark.cue(), sounds);
        }
        if (beat instanceof Beat.Count count) {
            String number = SpokenNumber.of(count.done());
            return Speech.of(count.done() == count.of() ? "And that's " + number + "." : "That's " + number + ".");
        }
        if (beat instanceof Beat.SwitchSides switchSides) {
            return Speech.of("Now switch to the other side, and get into position.").pauseSeconds(switchSides.pauseSeconds());
        }
        return Speech.of("Now the other side.");
    }

    /** The sound for {@code cue}, or nothing when there is none. */
    private static Speech sound(SoundCue cue, SoundCues sounds) {
        return sounds.sound(cue).map(sound -> Speech.empty().thenSound(sound.source())).orElse(Speech.empty());
    }

    /**
     * A silence of {@code seconds}, broken into equal stretches of at most {@link #LONGEST_SILENCE_SECONDS}
     * by a quiet word, so a long hold or a minute's walk never sounds as if the coach has gone.
     */
    static Speech keepingCompany(double seconds) {
        int stretches = (int) Math.ceil(seconds / LONGEST_SILENCE_SECONDS - 1e-9);
        if (stretches <= 1) {
            return Speech.empty().pauseSeconds(seconds);
        }
        double each = seconds / stretches;
        Speech speech = Speech.empty().pauseSeconds(each);
        for (int i = 1; i < stretches; i++) {
            speech = speech.thenSoftly(stretches == 2 ? "Halfway." : "Keep going.").pauseSeconds(each);
        }
        return speech;
    }

    private static Speech ending(Block block) {
        // One prompt, not two: the question itself says what yes does.
        if (!block.isLastPart()) {
            return Speech.of("Have a short rest. Ready for more?");
        }
        if (block.isLastStep()) {
            return Speech.of("That was the last exercise. Shall we wrap up?");
        }
        return Speech.of("Ready for the next one?");
    }

    static Speech moveOnOrRepeat(Block block) {
        return Speech.of("Say repeat to do " + the(block.stretch()) + " again. Otherwise, shall we move on?");
    }

    private static String paceLine(Cue.PaceChanged changed) {
        if (!changed.changed()) {
            return changed.pace() == Pace.SLOW ? "That's as slow as I go." : "That's as fast as I go.";
        }
        return switch (changed.pace()) {
            case SLOW -> "Okay, slower, with more time between each cue.";
            case FAST -> "Okay, a bit faster.";
            case NORMAL -> "Okay, back to my usual pace.";
        };
    }

    /** A pace chosen outside a routine: it applies from the next one. */
    static Speech paceRemembered(Pace pace) {
        return Speech.of(switch (pace) {
            case SLOW -> "Okay, I'll leave more time between cues from now on.";
            case FAST -> "Okay, I'll move a bit faster from now on.";
            case NORMAL -> "Okay, I'll use my usual pace from now on.";
        });
    }

    private static Speech where(Cue.Left left) {
        Block block = left.block();
        String at = "You're on " + the(block.stretch()) + ", exercise " + SpokenNumber.of(block.exerciseNumber())
                + " of " + SpokenNumber.of(block.exercises()) + ".";
        String after = left.exercisesAfter() == 0 ? " It's the last one,"
                : (left.exercisesAfter() == 1 ? " There's " : " There are ") + SpokenNumber.of(left.exercisesAfter())
                + " more after this one,";
        return Speech.of(at + after + " about " + SpokenNumber.count(left.minutesLeft(), "minute", "minutes")
                + " to go in all.");
    }

    /** The full explanation: start, every cue, breathing, how much, when to stop, and cautions. */
    static Speech explain(Stretch stretch) {
        Speech speech = Speech.of("Here's how to do " + the(stretch) + ".").then(stretch.start()).pauseSeconds(0.5);
        for (String cue : stretch.cues()) {
            speech = speech.then(cue);
        }
        speech = speech.then(stretch.breath()).pauseSeconds(0.5).then(stretch.dose()).then(stretch.stopIf());
        for (String caution : stretch.cautions()) {
            speech = speech.then(caution);
        }
        return speech;
    }

    /** An exercise's name as said in a sentence: "the glute bridge", but "walking". */
    static String the(Stretch stretch) {
        String[] words = stretch.name().split(" ");
        boolean activity = words[0].endsWith("ing") && (words.length == 1 || "on".equals(words[1]));
        return activity ? stretch.name() : "the " + stretch.name();
    }
}
