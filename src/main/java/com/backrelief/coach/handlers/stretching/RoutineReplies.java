package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.Streaks;
import com.backrelief.coach.domain.stretching.Block;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.screen.Card;
import com.backrelief.coach.screen.Screen;
import com.backrelief.coach.speech.Speech;

import java.time.LocalDate;
import java.util.List;

/** The words around a routine: its introduction, offers to pick up, the finish, the check-in and the tally. */
final class RoutineReplies {

    /** The fact sheet's voice rule for exercise (section 2.1), said before every routine. */
    static final String SAFETY = "A mild stretch is fine, but sharp pain, pain that spreads down a leg, "
            + "or new numbness means stop.";

    private RoutineReplies() {
    }

    /**
     * Name, how many exercises and how long the coaching takes, the routine's own introduction,
     * what to have ready, and the safety line.
     */
    static Speech introduce(RoutinePlan plan, int minutes) {
        return Speech.of("Here's the " + plan.routine().name() + " routine: "
                        + SpokenNumber.count(plan.exerciseCount(), "exercise", "exercises") + ", about "
                        + SpokenNumber.count(minutes, "minute", "minutes") + ".")
                .then(plan.routine().intro())
                .then(needs(plan))
                .then(SAFETY)
                .pauseSeconds(1);
    }

    static Speech pickUp(RoutinePlan plan, Block block) {
        return Speech.of("Picking up the " + plan.routine().name() + " routine at "
                        + CoachingReplies.the(block.stretch()) + ", exercise " + SpokenNumber.of(block.exerciseNumber())
                        + " of " + SpokenNumber.of(block.exercises()) + ".")
                .then(SAFETY)
                .pauseSeconds(1);
    }

    static String needs(RoutinePlan plan) {
        List<String> needs = plan.needs().stream().map(need -> "a " + need).toList();
        return needs.isEmpty() ? "You don't need anything for this one." : "You'll need " + and(needs) + ".";
    }

    /** The routine is done: its closing words, the tally, then the check-in question. */
    static Speech finished(Routine routine, Progress progress, LocalDate today) {
        return Speech.of(routine.outro()).then(finishedTally(progress, today)).then(routine.checkIn());
    }

    /** "That's three routines done, and three days in a row." */
    private static String finishedTally(Progress progress, LocalDate today) {
        int total = progress.history().total();
        Streaks streaks = progress.streaks(today);
        return total == 1 ? "That's your first routine done."
                : "That's " + SpokenNumber.count(total, "routine", "routines") + " done"
                + (streaks.current() > 1 ? ", and " + SpokenNumber.of(streaks.current()) + " days in a row." : ".");
    }

    /** The card for the Alexa app after a finished routine: what was done, the tally and the streak, the outro. */
    static Card finishedCard(RoutinePlan plan, Progress progress, LocalDate today) {
        List<String> names = plan.exercises().stream().map(stretch -> Screen.heading(stretch.name())).distinct().toList();
        return Card.titled(Screen.heading(plan.routine().name()) + " routine: done")
                .line("You finished:")
                .items(names)
                .gap()
                .line(finishedTally(progress, today))
                .line(plan.routine().outro())
                .build();
    }

    static Speech checkInAgain(Routine routine) {
        return Speech.of(routine == null ? "Does your back feel better, the same, or worse?" : routine.checkIn());
    }

    /** "How am I doing": sessions, the current streak and the longest, then an offer. */
    static Speech tally(Progress progress, LocalDate today) {
        int total = progress.history().total();
        if (total == 0) {
            return Speech.of("You haven't finished a routine yet. Once you do, I'll keep count of your sessions "
                    + "and how many days in a row you've done one.");
        }
        Streaks streaks = progress.streaks(today);
        Speech finished = Speech.of("You've finished " + SpokenNumber.count(total, "routine", "routines") + ".");
        String longest = "Your longest streak is " + SpokenNumber.count(streaks.longest(), "day", "days") + ".";
        if (streaks.current() == 0) {
            return finished.then("You don't have a streak going right now, so a routine today would start a new one.")
                    .then(longest);
        }
        String current = "Your current streak is " + SpokenNumber.count(streaks.current(), "day", "days in a row");
        if (streaks.current() == streaks.longest()) {
            return finished.then(current + ", your longest so far.");
        }
        return finished.then(current + ".").then(longest);
    }

    static Speech pickUpOffer(RoutinePlan plan, int step) {
        return Speech.of("Last time you got to " + CoachingReplies.the(plan.exercise(step)) + " in the "
                + plan.routine().name() + " routine. Pick up there?");
    }

    static Speech freshStartOffer(Routine routine) {
        return Speech.of("Last time you were partway through the " + routine.name()
                + " routine. Would you like to start it again from the beginning?");
    }

    static Speech fromTheBeginningOffer(Routine routine) {
        return Speech.of("Okay. Would you like to do the " + routine.name() + " routine from the beginning instead?");
    }

    static Speech startOffer(Routine routine) {
        return Speech.of("Would you like to start the " + routine.name() + " routine now?");
    }

    static Speech noRoutine() {
        return Speech.of("We're not in a routine right now.");
    }

    static Speech unknownRoutine(StretchCatalogue catalogue) {
        return Speech.of("Sorry, I don't know that routine. I have " + SpokenNumber.of(catalogue.routines().size())
                + " routines: " + and(catalogue.routines().stream().map(Routine::name).toList()) + ".");
    }

    static Speech otherRoutines(StretchCatalogue catalogue, Routine chosen) {
        List<String> others = catalogue.routines().stream().filter(r -> r != chosen).map(Routine::name).toList();
        return others.isEmpty() ? Speech.empty()
                : Speech.of("Another time you can ask for the " + or(others) + " routine.");
    }

    /** Whether the routine chosen for the time a person has fits it; its length follows in the introduction. */
    static Speech fits(int minutes, Routine routine, int routineMinutes) {
        return Speech.of(routineMinutes <= minutes
                ? "The " + routine.name() + " routine fits in " + SpokenNumber.count(minutes, "minute", "minutes") + "."
                : "My shortest routine is the " + routine.name() + ".");
    }

    static Speech placeSavedGoodbye(String exercise) {
        return Speech.of("Okay. Your place is saved, so open Back Relief Coach again when you're ready, and I'll pick up from "
                + exercise + ". Goodbye.");
    }

    static Speech stoppedForToday() {
        return Speech.of("Okay, let's leave it there for today. Take care of your back. Goodbye.");
    }

    private static String and(List<String> items) {
        return join(items, "and");
    }

    private static String or(List<String> items) {
        return join(items, "or");
    }

    private static String join(List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    /** The sounds in routines were turned off ({@code off}) or back on: what that means from now on. */
    static Speech sounds(boolean off) {
        return Speech.of(off
                ? "Okay, no more sounds. I'll lead your routines with words and pauses only, from now on. "
                        + "Say turn the sounds back on to have them again."
                : "Okay, the sounds are back on. A soft chime marks the start and end of each set and each long hold.");
    }
}
