package com.backrelief.coach.domain.stretching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A routine with its exercises looked up: what a coaching session walks through. */
public record RoutinePlan(Routine routine, List<Stretch> exercises) {

    public RoutinePlan {
        exercises = List.copyOf(exercises);
        if (exercises.size() != routine.steps().size()) {
            throw new IllegalArgumentException("Routine " + routine.id() + " needs one exercise per step");
        }
    }

    public static RoutinePlan of(Routine routine, StretchCatalogue catalogue) {
        List<Stretch> exercises = new ArrayList<>();
        for (RoutineStep step : routine.steps()) {
            exercises.add(catalogue.stretch(step.exercise()).orElseThrow(() -> new IllegalArgumentException(
                    "Routine " + routine.id() + " names an unknown exercise: " + step.exercise())));
        }
        return new RoutinePlan(routine, exercises);
    }

    public String id() {
        return routine.id();
    }

    public int steps() {
        return exercises.size();
    }

    public Stretch exercise(int step) {
        return exercises.get(step);
    }

    /** The parts of a step at a pace, each one answer long. */
    public List<Block> blocks(int step, Pace pace) {
        List<List<Beat>> parts = Pacing.parts(exercise(step), routine.steps().get(step), pace);
        List<Integer> sizes = Pacing.unitsPerPart(Pacing.units(exercise(step), routine.steps().get(step), pace).size(),
                parts.size());
        List<Block> blocks = new ArrayList<>();
        int firstUnit = 0;
        for (int part = 0; part < parts.size(); part++) {
            blocks.add(new Block(step, steps(), exerciseNumber(step), exerciseCount(), exercise(step),
                    routine.steps().get(step), part, parts.size(), firstUnit, parts.get(part),
                    step > 0 && exerciseNumber(step - 1) == exerciseNumber(step)));
            firstUnit += sizes.get(part);
        }
        return blocks;
    }

    /** Estimated seconds to coach one step at a pace, every part and the words around each included. */
    public double seconds(int step, Pace pace) {
        return blocks(step, pace).stream().mapToDouble(block -> Pacing.answerSeconds(block.beats())).sum();
    }

    /** Estimated seconds to coach the steps from {@code fromStep} to the end at a pace. */
    public double secondsFrom(int fromStep, Pace pace) {
        double total = 0;
        for (int step = fromStep; step < steps(); step++) {
            total += seconds(step, pace);
        }
        return total;
    }

    /**
     * How long coaching the whole routine takes at a pace, in whole minutes, estimated from what the
     * coach says and the silences between: the length a person is told (the fact sheet's is in
     * {@link Routine#minutes()}).
     */
    public int minutes(Pace pace) {
        return Pacing.wholeMinutes(secondsFrom(0, pace));
    }

    /** How many exercises a person hears about: two sets of the same exercise in a row count once. */
    public int exerciseCount() {
        return exerciseNumber(steps() - 1);
    }

    /** Which exercise a step belongs to, counting from one. */
    public int exerciseNumber(int step) {
        int number = 1;
        for (int i = 1; i <= step; i++) {
            if (!exercise(i).id().equals(exercise(i - 1).id())) {
                number++;
            }
        }
        return number;
    }

    /** Everything the exercises need (a mat, a chair), each once, in the order they come up. */
    public List<String> needs() {
        Set<String> needs = new LinkedHashSet<>();
        exercises.forEach(stretch -> needs.addAll(stretch.needs()));
        return List.copyOf(needs);
    }
}
