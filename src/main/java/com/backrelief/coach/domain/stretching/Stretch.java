package com.backrelief.coach.domain.stretching;

import java.util.List;

/** One exercise card: how to start, the cues, how much, when to stop, and how it is coached. */
public record Stretch(
        String id,
        String card,
        String name,
        List<String> synonyms,
        String position,
        List<String> needs,
        String start,
        List<String> cues,
        String breath,
        String dose,
        String stopIf,
        String easier,
        String harder,
        List<String> cautions,
        Coaching coaching) {

    public Stretch {
        synonyms = List.copyOf(synonyms);
        needs = List.copyOf(needs);
        cues = List.copyOf(cues);
        cautions = List.copyOf(cautions);
    }

    /** True for the exercise cards of the fact sheet, false for routine-only movements. */
    public boolean isCard() {
        return card != null;
    }
}
