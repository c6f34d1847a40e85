package com.backrelief.coach.domain.stretching;

import java.util.List;

/**
 * A named sequence of exercises with its approximate length and what to say around it.
 *
 * @param checkIn the question asked when the routine is done
 */
public record Routine(String id, String name, List<String> synonyms, int minutes, String intro, String outro,
                      String checkIn, List<RoutineStep> steps) {

    public Routine {
        synonyms = List.copyOf(synonyms);
        steps = List.copyOf(steps);
    }
}
