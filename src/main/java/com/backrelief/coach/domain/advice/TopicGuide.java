package com.backrelief.coach.domain.advice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers to everyday questions on a topic ("can I put ice straight on my skin?", "how long should
 * I hold a stretch?"), each written from the fact sheet. Topics answered with the heat-and-ice
 * wording instead ({@link HeatIceGuide#TOPICS}) have no answer here.
 */
public final class TopicGuide {

    /** Stands for who to see in the person's locale ("your doctor or a physical therapist", "your GP or a physio"). */
    public static final String CLINICIAN = "{clinician}";

    private final Map<String, String> answers;

    public TopicGuide(Map<String, String> answers, Set<String> topics) {
        this.answers = new LinkedHashMap<>(answers);
        for (String topic : topics) {
            if (!answers.containsKey(topic) && !HeatIceGuide.TOPICS.contains(topic)) {
                throw new IllegalArgumentException("Topic without an answer: " + topic);
            }
        }
        answers.forEach((topic, answer) -> {
            if (answer.replace(CLINICIAN, "").matches("(?s).*\\{[a-z]+}.*")) {
                throw new IllegalArgumentException("Topic " + topic + " uses a placeholder other than " + CLINICIAN);
            }
        });
    }

    /** The answer for a topic of this guide; empty for a heat-and-ice follow-up or an unknown topic. */
    public Optional<String> answer(String topic) {
        return Optional.ofNullable(topic == null ? null : answers.get(topic));
    }

    /** An answer with the locale's words for who to see. */
    public static String inLocale(String answer, String clinician) {
        return answer.replace(CLINICIAN, clinician);
    }
}
