package com.backrelief.coach.domain.stretching;

import java.util.List;

/** A named sequence of exercises with its approximate length and what to say around it. */
public record Routine(String id, String name, List<String> synonyms, int minutes, String intro, String outro,
                      List<RoutineStep> steps) {

    public Routine {
        synonyms = List.copyOf(synonyms);
        steps = List.copyOf(steps);
    }
}
