package com.backrelief.coach.domain.stretching;

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

    public StretchCatalogue(List<Stretch> stretches, List<Routine> routines) {
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

    static String normalise(String name) {
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }
}
