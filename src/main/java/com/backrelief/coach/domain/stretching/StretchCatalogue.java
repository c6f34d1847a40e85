package com.backrelief.coach.domain.stretching;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every exercise and routine the coach knows, looked up by id or by how a person says its name. */
public final class StretchCatalogue {

    private final Map<String, Stretch> stretches = new LinkedHashMap<>();
    private final Map<String, Routine> routines = new LinkedHashMap<>();
    private final Map<String, Stretch> byName = new LinkedHashMap<>();
    private final Map<String, Routine> routinesByName = new LinkedHashMap<>();
    private final SoundCues sounds;

    /** A catalogue whose routines are coached in words and pauses only. */
    public StretchCatalogue(List<Stretch> stretches, List<Routine> routines) {
        this(stretches, routines, SoundCues.NONE);
    }

    public StretchCatalogue(List<Stretch> stretches, List<Routine> routines, SoundCues sounds) {
        this.sounds = sounds;
        for (Stretch stretch : stretches) {
            if (this.stretches.putIfAbsent(stretch.id(), stretch) != null) {
                throw new IllegalArgumentException("Duplicate exercise id: " + stretch.id());
            }
        }
        for (Stretch stretch : stretches) {
            index(stretch.id().replace('-', ' '), stretch);
            index(stretch.name(), stretch);
            stretch.synonyms().forEach(name -> index(name, stretch));
        }
        for (Routine routine : routines) {
            if (this.routines.putIfAbsent(routine.id(), routine) != null) {
                throw new IllegalArgumentException("Duplicate routine id: " + routine.id());
            }
            indexRoutine(routine.id().replace('-', ' '), routine);
            indexRoutine(routine.name(), routine);
            routine.synonyms().forEach(name -> indexRoutine(name, routine));
            for (RoutineStep step : routine.steps()) {
                if (!this.stretches.containsKey(step.exercise())) {
                    throw new IllegalArgumentException(
                            "Routine " + routine.id() + " names an unknown exercise: " + step.exercise());
                }
            }
        }
    }

    private void index(String name, Stretch stretch) {
        Stretch earlier = byName.putIfAbsent(normalise(name), stretch);
        if (earlier != null && earlier != stretch) {
            throw new IllegalArgumentException(
                    "The name '" + name + "' is used by both " + earlier.id() + " and " + stretch.id());
        }
    }

    private void indexRoutine(String name, Routine routine) {
        Routine earlier = routinesByName.putIfAbsent(normalise(name), routine);
        if (earlier != null && earlier != routine) {
            throw new IllegalArgumentException(
                    "The routine name '" + name + "' is used by both " + earlier.id() + " and " + routine.id());
        }
    }

    /** The sounds that mark sets and long holds in a routine. */
    public SoundCues sounds() {
        return sounds;
    }

    public List<Stretch> stretches() {
        return List.copyOf(stretches.values());
    }

    /** The exercise cards only, in the fact sheet's order. */
    public List<Stretch> cards() {
        return stretches.values().stream().filter(Stretch::isCard).toList();
    }

    public List<Routine> routines() {
        return List.copyOf(routines.values());
    }

    public Optional<Stretch> stretch(String id) {
        return Optional.ofNullable(stretches.get(id));
    }

    public Optional<Routine> routine(String id) {
        return Optional.ofNullable(routines.get(id));
    }

    /** Finds an exercise by id, name or synonym, ignoring case, punctuation and a leading "the". */
    public Optional<Stretch> findByName(String spoken) {
        if (spoken == null) {
            return Optional.empty();
        }
        Optional<Stretch> exact = Optional.ofNullable(stretches.get(spoken));
        return exact.isPresent() ? exact : Optional.ofNullable(byName.get(normalise(spoken)));
    }

    /** Finds a routine by id, name or synonym, with or without the word "routine" after it. */
    public Optional<Routine> findRoutineByName(String spoken) {
        if (spoken == null) {
            return Optional.empty();
        }
        Optional<Routine> exact = Optional.ofNullable(routines.get(spoken))
                .or(() -> Optional.ofNullable(routinesByName.get(normalise(spoken))));
        String plain = normalise(spoken);
        return exact.isPresent() || !plain.endsWith(" routine") ? exact
                : Optional.ofNullable(routinesByName.get(plain.substring(0, plain.length() - " routine".length())));
    }

    /**
     * The longest routine that fits in {@code minutes} at a pace (by how long its coaching takes),
     * or the shortest of all when none does.
     */
    public Routine routineFor(int minutes, Pace pace) {
        Comparator<Routine> byLength = Comparator.comparingInt(routine -> RoutinePlan.of(routine, this).minutes(pace));
        return routines.values().stream().filter(r -> RoutinePlan.of(r, this).minutes(pace) <= minutes).max(byLength)
                .orElseGet(() -> routines.values().stream().min(byLength).orElseThrow());
    }

    static String normalise(String name) {
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }
}
